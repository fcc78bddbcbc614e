import { describe, expect, it } from 'vitest'
import { TURN_CYCLE_SECONDS, TURN_FPS, turnStep } from './turn'

describe('the attract screen’s turn', () => {
  const ticks = (from: number, to: number) =>
    Array.from({ length: Math.round((to - from) * TURN_FPS) }, (_, i) => from + i / TURN_FPS)

  it('glides for 6 s, easing in and out, then rests for 30 s, again and again', () => {
    const glide = ticks(0, 6).map(turnStep)
    expect(glide[0]).toBe(0)
    const peak = Math.max(...glide)
    expect(glide[glide.length >> 1]).toBeCloseTo(peak, 6)
    // Eases in: each step larger than the last, up to the middle.
    for (let i = 1; i <= glide.length >> 1; i++)
      expect(glide[i] ?? 0).toBeGreaterThan(glide[i - 1] ?? 0)
    expect(ticks(6, 36).every((t) => turnStep(t) === 0)).toBe(true)
    expect(TURN_CYCLE_SECONDS).toBe(36)
    expect(turnStep(39)).toBeCloseTo(turnStep(3), 9)
    expect(turnStep(100 * 36 + 3)).toBeCloseTo(turnStep(3), 9)
  })

  it('turns about a twelfth of the way round in each glide, never more than a degree a frame', () => {
    const steps = ticks(0, 36).map(turnStep)
    const total = steps.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThan((2 * Math.PI) / 14)
    expect(total).toBeLessThan((2 * Math.PI) / 10)
    expect(Math.max(...steps)).toBeLessThanOrEqual(Math.PI / 180 + 1e-12)
  })
})
