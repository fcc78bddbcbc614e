import { describe, expect, it } from 'vitest'
import { contrast, mix, parseHex, toHex } from './contrast'

describe('contrast', () => {
  it('reads hex colours, short and long, and refuses anything else', () => {
    expect(parseHex('#2b6963')).toEqual([43, 105, 99])
    expect(parseHex('#FFF')).toEqual([255, 255, 255])
    expect(parseHex('teal')).toBeNull()
    expect(parseHex('#12345')).toBeNull()
    expect(toHex([43, 105, 99])).toBe('#2b6963')
  })
  it('gives the WCAG ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5)
    expect(contrast([255, 255, 255], [255, 255, 255])).toBe(1)
    // The app's own accent on its light page passes AA for text.
    const accent = parseHex('#2b6963')
    const page = parseHex('#f5f1ea')
    if (!accent || !page) throw new Error('bad colours')
    expect(contrast(accent, page)).toBeGreaterThan(4.5)
    expect(toHex(mix([0, 0, 0], [255, 255, 255], 0.5))).toBe('#808080')
  })
})
