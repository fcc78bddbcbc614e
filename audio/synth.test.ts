import { describe, expect, it } from 'vitest'
import {
  chime,
  crossfadeLoop,
  loopable,
  seamStep,
  seeded,
  slowWaves,
  warmPad,
  wavBytes,
} from './synth'

const RATE = 8000 // enough to test the shapes quickly

describe('synthesized sound', () => {
  it('is reproducible: the same seed gives the same noise', () => {
    const a = seeded(3)
    const b = seeded(3)
    const c = seeded(4)
    const xs = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(xs)
    expect(c()).not.toBe(xs[0])
  })

  it('rounds tones to whole cycles in the loop', () => {
    const hz = loopable(110.3, 40)
    expect((hz * 40) % 1).toBeCloseTo(0)
  })

  it('makes both beds loop without a jump at the seam', () => {
    for (const bed of [warmPad(10, RATE), slowWaves(10, RATE)]) {
      for (const channel of [bed.left, bed.right]) {
        const { inside, seam } = seamStep(channel)
        expect(inside).toBeGreaterThan(0)
        expect(seam).toBeLessThanOrEqual(inside)
      }
    }
  })

  it('would have a jump without the crossfade (the test can fail)', () => {
    const ramp = Float32Array.from({ length: 2000 }, (_, i) => i / 2000)
    expect(seamStep(ramp.slice(0, 1000)).seam).toBeGreaterThan(seamStep(ramp).inside)
    const folded = crossfadeLoop(ramp, 1000, 500)
    expect(seamStep(folded).seam).toBeLessThanOrEqual(seamStep(folded).inside * 2)
  })

  it('chimes softly and fades to silence', () => {
    const c = chime(2, RATE)
    expect(Math.max(...c.map(Math.abs))).toBeCloseTo(0.5, 2)
    expect(Math.abs(c[c.length - 1] ?? 1)).toBeLessThan(1e-3)
    expect(Math.abs(c[0] ?? 1)).toBeLessThan(1e-3)
  })

  it('writes a valid 16-bit WAV header', () => {
    const bytes = wavBytes([new Float32Array([0, 1, -1])], 8000)
    const v = new DataView(bytes.buffer)
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('RIFF')
    expect(v.getUint32(24, true)).toBe(8000)
    expect(v.getInt16(46, true)).toBe(32767)
    expect(v.getInt16(48, true)).toBe(-32767)
  })
})
