import { describe, expect, it } from 'vitest'
import { fallbackFaceRule, type LocalFont, type LocalFontFace, localFace } from './fallbackFaces'

// Atkinson Hyperlegible 400 as the app ships it, against Arial's regular face (font units).
const atkinson = { ascent: 950, descent: -290, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 443 }
const arial = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 }

const declarations = (rule: string) =>
  Object.fromEntries(
    [...rule.matchAll(/^\s+([a-z-]+): (.+);$/gm)].map((m) => [m[1] as string, m[2] as string]),
  )

describe('fallbackFaceRule', () => {
  it('scales the local face so its average letter is as wide as the web font’s', () => {
    const d = declarations(
      fallbackFaceRule('Atkinson Hyperlegible fallback', '400', atkinson, {
        names: ['Arial', 'ArialMT'],
        metrics: arial,
      }),
    )
    // 0.443 em against 913/2048 = 0.4458 em: drawn at 99.37 % of the size asked for.
    expect(d['size-adjust']).toBe('99.3717%')
    expect(d['font-family']).toBe('"Atkinson Hyperlegible fallback"')
    expect(d.src).toBe('local("Arial"), local("ArialMT")')
    expect(d['font-weight']).toBe('400')
  })

  it('gives the line the web font’s height: its ascent, descent and gap, in the scaled em', () => {
    const d = declarations(
      fallbackFaceRule('Atkinson Hyperlegible fallback', '400', atkinson, {
        names: ['Arial'],
        metrics: arial,
      }),
    )
    const size = Number.parseFloat(d['size-adjust'] ?? '') / 100
    const px = (value: string | undefined) => (Number.parseFloat(value ?? '') / 100) * size
    // At any size, the fallback's line box is 0.95 + 0.29 em tall, exactly as Atkinson's.
    expect(px(d['ascent-override'])).toBeCloseTo(0.95, 5)
    expect(px(d['descent-override'])).toBeCloseTo(0.29, 5)
    expect(px(d['line-gap-override'])).toBeCloseTo(0, 5)
  })

  it('a bold web face is measured against the local bold, not the regular', () => {
    const bold = fallbackFaceRule(
      'Atkinson Hyperlegible fallback',
      '700',
      { ...atkinson, xWidthAvg: 481 },
      { names: ['Arial Bold'], metrics: { ...arial, xWidthAvg: 983 } },
    )
    expect(declarations(bold)['size-adjust']).toBe('100.2124%')
    expect(declarations(bold)['font-weight']).toBe('700')
  })

  it('refuses a face with no name to find it by', () => {
    expect(() =>
      fallbackFaceRule('Fraunces fallback', '500', atkinson, { names: [], metrics: arial }),
    ).toThrow(/no local name/)
  })
})

describe('localFace', () => {
  const face = (fullName: string, postscriptName: string, xWidthAvg: number): LocalFontFace => ({
    familyName: fullName.split(' ')[0] ?? fullName,
    fullName,
    postscriptName,
    ascent: 1854,
    descent: -434,
    lineGap: 67,
    unitsPerEm: 2048,
    xWidthAvg,
  })
  const arimo: LocalFont = {
    ...face('Arimo Regular', 'Arimo-Regular', 913),
    familyName: 'Arimo',
    variants: {
      regular: { ...face('Arimo Regular', 'Arimo-Regular', 913), familyName: 'Arimo' },
      '700': { ...face('Arimo Bold', 'Arimo-Bold', 983), familyName: 'Arimo' },
    },
  }

  it('a bold web face is drawn in the local bold, found by its own names and its twin’s', () => {
    expect(localFace(arimo, '700')).toEqual({
      names: ['Arimo Bold', 'Arimo-Bold', 'Liberation Sans Bold', 'LiberationSans-Bold'],
      metrics: arimo.variants['700'],
    })
  })

  it('a regular or medium web face in the local regular, by its family name too', () => {
    for (const weight of ['400', '500'])
      expect(localFace(arimo, weight)).toEqual({
        names: [
          'Arimo Regular',
          'Arimo-Regular',
          'Arimo',
          'Liberation Sans',
          'LiberationSans-Regular',
        ],
        metrics: arimo.variants.regular,
      })
  })

  it('names a face once, and a font without a bold gives its regular', () => {
    const georgia: LocalFont = { ...face('Georgia', 'Georgia', 913), variants: {} }
    expect(localFace(georgia, '400').names).toEqual(['Georgia'])
    expect(localFace(georgia, '700').metrics).toBe(georgia)
  })
})
