import { describe, expect, it } from 'vitest'
import { regions } from './regions'
import { type HandPointId, handPointIds, type RoutineStepScript } from './routine'
import { routineScripts } from './routines'
import { shots } from './shots'

/** A calm voice's pace while speaking (words a minute), to estimate lengths before audio exists. */
const WPM = 135
const GAP = 3
const LEAD_IN = 2
const spokenSeconds = (s: RoutineStepScript) => (s.spoken.split(/\s+/).length / WPM) * 60
const minutes = (steps: readonly RoutineStepScript[]) =>
  (LEAD_IN +
    steps.reduce((sum, s) => sum + spokenSeconds(s) + s.hold, 0) +
    GAP * (steps.length - 1)) /
  60

// Every point but the two where a hand only rests.
const touching: readonly HandPointId[] = handPointIds.filter((p) => p !== 'belly' && p !== 'lap')
const touches = (s: RoutineStepScript) =>
  [s.placement.left, s.placement.right].some((h) => h !== null && touching.includes(h))
const byId = (id: string) => {
  const r = routineScripts.find((x) => x.id === id)
  if (!r) throw new Error(`no routine ${id}`)
  return r
}

describe('home routines', () => {
  it('offers the four routines of the brief, with unique kebab-case ids', () => {
    expect(routineScripts.map((r) => r.id)).toEqual([
      'neck-and-shoulders',
      'head-jaw-scalp',
      'evening-rest',
      'just-breathing',
    ])
    for (const r of routineScripts) {
      const ids = r.steps.map((s) => s.id)
      expect(new Set(ids).size, r.id).toBe(ids.length)
      for (const id of [r.id, ...ids]) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    }
  })

  it('lasts about as long as each one says', () => {
    const range: Record<string, [number, number]> = {
      'neck-and-shoulders': [4.5, 6],
      'head-jaw-scalp': [6, 8],
      'evening-rest': [7, 9],
      'just-breathing': [2.5, 3.5],
    }
    for (const r of routineScripts) {
      const [lo, hi] = range[r.id] ?? [0, 0]
      expect(minutes(r.steps), r.id).toBeGreaterThanOrEqual(lo)
      expect(minutes(r.steps), r.id).toBeLessThanOrEqual(hi)
    }
  })

  it('holds each touch step for about 30 to 90 seconds (the scalp up to two minutes)', () => {
    for (const r of routineScripts) {
      for (const s of r.steps.filter(touches)) {
        const seconds = spokenSeconds(s) + s.hold
        expect(seconds, `${r.id}/${s.id}`).toBeGreaterThanOrEqual(30)
        expect(seconds, `${r.id}/${s.id}`).toBeLessThanOrEqual(s.id.startsWith('scalp') ? 120 : 100)
      }
    }
  })

  it('gives every touch step a safety reminder, and the neck strokes keep off throat and spine', () => {
    for (const r of routineScripts) {
      for (const s of r.steps.filter(touches)) {
        expect(s.cautions.length, `${r.id}/${s.id}`).toBeGreaterThan(0)
      }
      for (const s of r.steps.filter((x) =>
        [x.placement.left, x.placement.right].includes('neck-back'),
      )) {
        expect(s.cautions.join(' ')).toMatch(/front and sides of your neck/)
        expect(s.cautions.join(' ')).toMatch(/never on its bones/)
        expect(s.spoken).toMatch(/beside the spine, not on it/)
      }
    }
  })

  it('keeps the breathing routine free of touch, and lies down only for the evening', () => {
    expect(byId('just-breathing').touch).toBe(false)
    expect(byId('just-breathing').steps.some(touches)).toBe(false)
    for (const r of routineScripts.filter((x) => x.touch))
      expect(r.steps.some(touches), r.id).toBe(true)
    expect(routineScripts.filter((r) => r.pose === 'lying').map((r) => r.id)).toEqual([
      'evening-rest',
    ])
  })

  it('lets the head rest on the palms in the evening routine, elbows down, without pressing', () => {
    const hold = byId('evening-rest').steps.find((s) => s.id === 'skull-base-rest')
    expect(hold?.placement).toEqual({ left: 'skull-base', right: 'skull-base' })
    expect(hold?.spoken).toMatch(/rest on your palms/)
    expect(hold?.spoken).toMatch(/elbows rest/)
    expect(hold?.spoken).toMatch(/Do not press/)
    // Short enough that hands under the head do not go numb.
    expect(hold?.hold).toBeLessThanOrEqual(60)
  })

  it('names only regions and shots that exist, and paces breaths that make sense', () => {
    const regionIds = new Set(regions.map((r) => r.id))
    const shotIds = new Set(shots.map((s) => s.id))
    for (const r of routineScripts) {
      for (const s of r.steps) {
        for (const id of s.regions) expect(regionIds.has(id), `${s.id}: ${id}`).toBe(true)
        expect(shotIds.has(s.shot), `${s.id}: ${s.shot}`).toBe(true)
        if (s.breath) expect(s.breath.inhale + s.breath.exhale).toBeGreaterThanOrEqual(6)
      }
    }
  })

  it('never calls home practice craniosacral therapy, and speaks plain ASCII', () => {
    const all = JSON.stringify(routineScripts)
    expect(all).not.toMatch(/craniosacral|\bCST\b/i)
    for (const r of routineScripts)
      for (const s of r.steps) expect(s.spoken).toMatch(/^[\x20-\x7e]+$/)
  })

  it('ends every routine by asking you to get up slowly', () => {
    for (const r of routineScripts) expect(r.steps.at(-1)?.spoken, r.id).toMatch(/slowly/)
  })
})
