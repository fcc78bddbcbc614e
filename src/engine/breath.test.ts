import { describe, expect, it } from 'vitest'
import { breathAt, breathLength } from './breath'

const box = { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 }
const calm = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }

describe('breathAt', () => {
  it('walks through the phases in order, with their progress', () => {
    expect(breathLength(box)).toBe(16)
    expect(breathAt(box, 0)).toMatchObject({ phase: 'inhale', progress: 0, fullness: 0 })
    expect(breathAt(box, 2)).toMatchObject({ phase: 'inhale', progress: 0.5 })
    expect(breathAt(box, 5)).toMatchObject({ phase: 'hold-in', fullness: 1 })
    expect(breathAt(box, 9)).toMatchObject({ phase: 'exhale', progress: 0.25 })
    expect(breathAt(box, 13)).toMatchObject({ phase: 'hold-out', fullness: 0 })
  })

  it('skips phases of no length and counts whole breaths', () => {
    expect(breathAt(calm, 4).phase).toBe('exhale')
    expect(breathAt(calm, 10.5)).toMatchObject({ phase: 'inhale', breaths: 1 })
    expect(breathAt(calm, 35)).toMatchObject({ phase: 'exhale', breaths: 3 })
  })

  it('fills and empties smoothly: half full half-way through a breath in or out', () => {
    expect(breathAt(calm, 2).fullness).toBeCloseTo(0.5)
    expect(breathAt(calm, 7).fullness).toBeCloseTo(0.5)
    expect(breathAt(calm, 1).fullness).toBeLessThan(0.25)
    expect(breathAt(calm, 9.9).fullness).toBeLessThan(0.01)
  })

  it('is calm about nonsense: negative time, a pattern of no length', () => {
    expect(breathAt(calm, -3)).toMatchObject({ phase: 'inhale', progress: 0 })
    expect(breathAt({ inhale: 0, holdIn: 0, exhale: 0, holdOut: 0 }, 5).breaths).toBe(0)
  })
})
