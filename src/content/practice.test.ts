import { describe, expect, it } from 'vitest'
import {
  findRoutine,
  ROUTINE_GAP,
  ROUTINE_LEAD_IN,
  ROUTINE_VOICE_DELAY,
  routines,
  timeRoutine,
} from './practice'
import { routineScripts } from './routines'

describe('routines timed by their clips', () => {
  it('times every routine, step after step: a quiet gap, the chime, then the voice', () => {
    for (const r of routines) {
      const steps = r.run.cues
      expect(steps[0]?.at, r.id).toBe(ROUTINE_LEAD_IN)
      steps.slice(1).forEach((s, i) => {
        const before = steps[i]
        if (!before) throw new Error('missing step')
        expect(s.at).toBeCloseTo(
          before.voiceAt + before.spokenDuration + before.hold + ROUTINE_GAP,
          6,
        )
      })
      for (const s of steps) expect(s.voiceAt).toBeCloseTo(s.at + ROUTINE_VOICE_DELAY, 6)
      const last = steps.at(-1)
      expect(r.run.duration).toBeCloseTo(
        (last?.voiceAt ?? 0) + (last?.spokenDuration ?? 0) + (last?.hold ?? 0),
        6,
      )
      expect(
        r.run.chapters.map((c) => c.title),
        r.id,
      ).toEqual(steps.map((s) => s.title))
    }
  })

  it('lasts as long as each routine says, with its real clips', () => {
    const range: Record<string, [number, number]> = {
      'neck-and-shoulders': [4.5, 6],
      'head-jaw-scalp': [6, 8],
      'evening-rest': [7, 9],
      'just-breathing': [2.5, 3.5],
    }
    for (const r of routines) {
      const [lo, hi] = range[r.id] ?? [0, 0]
      expect(r.run.duration / 60, r.id).toBeGreaterThanOrEqual(lo)
      expect(r.run.duration / 60, r.id).toBeLessThanOrEqual(hi)
    }
  })

  it('shows typographic captions and points every step at its own clip', () => {
    const jaw = findRoutine('head-jaw-scalp')?.run.cues.find((s) => s.id === 'jaw-release')
    expect(jaw?.files.mp3).toMatch(/^audio\/routine-.*\.mp3$/)
    expect(jaw?.caption).not.toContain("'")
    expect(findRoutine('no-such-routine')).toBeUndefined()
  })

  it('refuses a routine whose step has no clip', () => {
    const script = routineScripts[0]
    if (!script) throw new Error('no routines')
    expect(() => timeRoutine(script, {})).toThrow(/npm run audio/)
  })
})
