import { describe, expect, it } from 'vitest'
import { PULSE_SECONDS } from './highlight'
import { GLIDE_SECONDS, nextChangeAt, runIsChanging, runView } from './runView'
import type { BodyMoment } from './sceneTypes'

const plan: readonly BodyMoment[] = [
  { at: 3, shot: 'whole-body', focus: [], therapistHands: [] },
  { at: 10, shot: 'whole-body', focus: ['fascia'], therapistHands: [] },
  { at: 20, shot: 'head', focus: ['cranium'], therapistHands: ['cranium'] },
  { at: 24, shot: 'head', focus: ['cranium'], therapistHands: ['occiput'] },
]

const quick: readonly BodyMoment[] = [
  { at: 0, shot: 'whole-body', focus: [], therapistHands: [] },
  { at: 5, shot: 'neck', focus: ['cervical'], therapistHands: ['cervical'] },
  // A shot change soon after the last: its glide may not start before the neck was reached.
  { at: 6, shot: 'sacrum', focus: ['sacrum'], therapistHands: [] },
]

describe('runView: what the body shows at a position of the run', () => {
  it('glides over the seconds before a shot change and arrives exactly at the cue', () => {
    const before = runView(plan, 20 - GLIDE_SECONDS - 0.01, false)
    expect(before).toMatchObject({ from: 'whole-body', to: 'whole-body', gliding: false })
    expect(before.progress).toBe(1)
    const mid = runView(plan, 20 - GLIDE_SECONDS / 2, false)
    expect(mid).toMatchObject({ from: 'whole-body', to: 'head', gliding: true })
    expect(mid.progress).toBeCloseTo(0.5)
    const nearly = runView(plan, 20 - 0.001, false)
    expect(nearly.to).toBe('head')
    expect(nearly.progress).toBeGreaterThan(0.999)
    const arrived = runView(plan, 20, false)
    expect(arrived).toMatchObject({ index: 2, from: 'head', to: 'head', gliding: false })
    expect(arrived.progress).toBe(1)
  })

  it('eases: slow at both ends of the glide', () => {
    const at = (x: number) => runView(plan, 20 - GLIDE_SECONDS + x * GLIDE_SECONDS, false).progress
    expect(at(0.1)).toBeLessThan(0.1)
    expect(at(0.9)).toBeGreaterThan(0.9)
  })

  it('never starts a glide before the previous shot was reached', () => {
    // The neck is reached at 5; the glide to the sacrum takes the one second left, not 2.5.
    expect(runView(quick, 4.99, false).to).toBe('neck')
    const early = runView(quick, 5.2, false)
    expect(early).toMatchObject({ from: 'neck', to: 'sacrum', gliding: true })
    expect(early.progress).toBeCloseTo(0.2 * 0.2 * (3 - 0.4))
    expect(runView(quick, 4.9, false).from).toBe('whole-body')
  })

  it('cuts at the cue under reduced motion, and the highlight holds steady', () => {
    const before = runView(plan, 19.9, true)
    expect(before).toMatchObject({ from: 'whole-body', to: 'whole-body', gliding: false })
    expect(runView(plan, 20, true)).toMatchObject({ from: 'head', to: 'head' })
    expect(runIsChanging(runView(plan, 20.5, true), true)).toBe(false)
  })

  it('times the pulse from when the regions first lit, across moments lighting the same ones', () => {
    const v = runView(plan, 25, false)
    expect(v.focus).toEqual(['cranium'])
    expect(v.focusStart).toBe(20)
    expect(v.since).toBeCloseTo(5)
    expect(v.therapistHands).toEqual(['occiput'])
    expect(runIsChanging(runView(plan, 20 + PULSE_SECONDS - 0.1, false), false)).toBe(true)
    expect(runIsChanging(runView(plan, 20 + PULSE_SECONDS + 0.1, false), false)).toBe(false)
  })

  it('holds the first shot with nothing lit before the first cue, and the last after the end', () => {
    for (const t of [-5, 0, 2.9]) {
      expect(runView(plan, t, false)).toMatchObject({
        index: -1,
        from: 'whole-body',
        to: 'whole-body',
        focus: [],
        therapistHands: [],
      })
    }
    const end = runView(plan, 1000, false)
    expect(end).toMatchObject({ index: plan.length - 1, from: 'head', to: 'head', gliding: false })
    expect(runView([], 4, false)).toMatchObject({ from: 'whole-body', focus: [], gliding: false })
  })
})

describe('nextChangeAt: when a steady view next starts to change', () => {
  it('is the start of the next glide, or the next cue that lights or shows something else', () => {
    expect(nextChangeAt(plan, 4, false)).toBe(10)
    expect(nextChangeAt(plan, 12, false)).toBe(20 - GLIDE_SECONDS)
    expect(nextChangeAt(plan, 12, true)).toBe(20)
    expect(nextChangeAt(plan, 21, false)).toBe(24)
    expect(nextChangeAt(plan, 30, false)).toBeNull()
  })
})

describe('runView: the person’s own hands in a routine', () => {
  const routine: readonly BodyMoment[] = [
    {
      at: 0,
      shot: 'whole-body',
      focus: [],
      therapistHands: [],
      placement: { left: 'lap', right: 'lap' },
    },
    {
      at: 10,
      shot: 'head',
      focus: ['cranium'],
      therapistHands: [],
      placement: { left: 'scalp', right: 'scalp' },
    },
    {
      at: 20,
      shot: 'head',
      focus: ['cranium'],
      therapistHands: [],
      placement: { left: 'temple', right: 'temple' },
    },
    { at: 30, shot: 'head', focus: ['cranium'], therapistHands: [] },
  ]
  it('shows the placement of the moment in effect, and none where a moment has none', () => {
    expect(runView(routine, 5, true).placement).toEqual({ left: 'lap', right: 'lap' })
    expect(runView(routine, 25, true).placement).toEqual({ left: 'temple', right: 'temple' })
    expect(runView(routine, 31, true).placement).toBeNull()
  })
  it('counts a new placement as a change to wake up for, even with the same shot and focus', () => {
    expect(nextChangeAt(routine, 12, true)).toBe(20)
    expect(nextChangeAt(routine, 22, true)).toBe(30)
    expect(nextChangeAt(routine, 31, true)).toBeNull()
  })
})
