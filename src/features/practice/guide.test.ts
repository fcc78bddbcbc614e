import { describe, expect, it } from 'vitest'
import type { RoutineStep } from '@/content/practice'
import { describeHands } from './describe'
import { guideAt, guideWords } from './StepGuide'

const step: RoutineStep = {
  kind: 'step',
  id: 'settle',
  chapter: 'Settle',
  at: 9,
  voiceAt: 10,
  spokenDuration: 8,
  hold: 40,
  breath: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  title: 'Settle',
  spoken: 'Sit back.',
  caption: 'Sit back.',
  regions: [],
  placement: { left: 'lap', right: 'lap' },
  cautions: [],
  shot: 'whole-body',
  files: { webm: 'a.webm', mp3: 'a.mp3' },
}

describe('the step guide', () => {
  it('listens while the instruction is spoken, with the whole hold still to come', () => {
    expect(guideAt(undefined, 1).part).toBe('ready')
    expect(guideAt(step, 8.9).part).toBe('ready')
    // From the step's start (its chime) through its spoken words.
    expect(guideAt(step, 9.2).part).toBe('listen')
    const m = guideAt(step, 12)
    expect(m).toMatchObject({ part: 'listen', left: 1, seconds: 40 })
  })

  it('counts the hold down from timestamps, so any instant shows the right time', () => {
    expect(guideAt(step, 18)).toMatchObject({ part: 'hold', left: 1, seconds: 40 })
    const half = guideAt(step, 38)
    expect(half.left).toBeCloseTo(0.5)
    expect(half.seconds).toBe(20)
    // After a long hidden tab, a position past the hold shows the gap, not a stale count.
    expect(guideAt(step, 58.5)).toMatchObject({ part: 'next', left: 0 })
  })

  it('paces the breath: in for four, out for six, and counts it out under reduced motion', () => {
    const inhale = guideAt(step, 18 + 2.5)
    expect(inhale.breath).toEqual({ words: 'Breathe in', count: 3 })
    expect(inhale.fullness).toBeGreaterThan(0.5)
    expect(guideWords(inhale, false)).toBe('Breathe in')
    expect(guideWords(inhale, true)).toBe('Breathe in… 2… 3')
    const exhale = guideAt(step, 18 + 4 + 5.5)
    expect(exhale.breath).toEqual({ words: 'Breathe out', count: 6 })
    expect(exhale.fullness).toBeLessThan(0.1)
  })

  it('has no breath words for a step without a pattern', () => {
    const { breath: _, ...plain } = step
    const m = guideAt(plain, 20)
    expect(m.fullness).toBeNull()
    expect(guideWords(m, true)).toBe('In your own time')
  })
})

describe('describeHands', () => {
  it('says where both hands rest, or each one', () => {
    expect(describeHands({ left: 'scalp', right: 'scalp' })).toBe(
      'Both hands rest on the top of the head.',
    )
    expect(describeHands({ left: 'lap', right: 'shoulder' })).toBe(
      'The left hand rests in the lap, and the right hand rests over the opposite shoulder.',
    )
    expect(describeHands({ left: 'belly', right: null })).toBe(
      'The left hand rests on the belly, and the right hand rests at the side.',
    )
    expect(describeHands({ left: null, right: null })).toBe(
      'The hands rest, away from the head and neck.',
    )
  })
})
