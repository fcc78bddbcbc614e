/**
 * The local "fallback" faces text paints in until the app's web fonts arrive (build time: the
 * `fallbackFaces` plugin in vite.config.ts writes them into fonts.css). Each one is a font the
 * device already has, scaled so that its average letter is as wide as the web font's and its
 * ascent, descent and line gap are the web font's: a line holds the same words in both, so
 * nothing moves when the web font swaps in.
 *
 * Measures are per weight (a bold web face against the local bold face, found by its own name),
 * since a bold is wider than its regular by a different amount in each family.
 */

/** What a face's measures are, in its own font units (as @capsizecss reads them). */
export interface FaceMetrics {
  readonly ascent: number
  readonly descent: number
  readonly lineGap: number
  readonly unitsPerEm: number
  /** The average width of a lowercase letter, weighted by how often each occurs in English. */
  readonly xWidthAvg: number
}

export interface LocalFace {
  /** The names `local()` finds it by (full name, then PostScript name). */
  readonly names: readonly string[]
  readonly metrics: FaceMetrics
}

/** A local font's face as @capsizecss/metrics describes it. */
export interface LocalFontFace extends FaceMetrics {
  readonly familyName: string
  readonly fullName: string
  readonly postscriptName: string
}

/** A local font: its regular face, and its other faces by weight (`'700'`, `'italic'`, …). */
export interface LocalFont extends LocalFontFace {
  readonly variants: Partial<Record<string, LocalFontFace>>
}

/**
 * Fonts with the same outlines under another name: Liberation Sans and Serif (since 2.0) are Arimo
 * and Tinos, and what Linux desktops carry; @capsizecss/metrics knows the first names only.
 */
const TWINS: Readonly<Record<string, string>> = {
  Arimo: 'Liberation Sans',
  Tinos: 'Liberation Serif',
}

/**
 * The local face to draw a web face of `weight` in: the font's bold for 600 and heavier (found by
 * its own names: `local()` matches a face's full or PostScript name, so "Arial" alone is the
 * regular, which the browser would then thicken itself), its regular otherwise; with its twin's
 * names too.
 */
export function localFace(font: LocalFont, weight: string): LocalFace {
  const bold = Number(weight) >= 600
  const face = (bold ? font.variants['700'] : font.variants.regular) ?? font
  // A regular face is sometimes named by its family alone ("Roboto" on Android).
  const names = [face.fullName, face.postscriptName, ...(bold ? [] : [font.familyName])]
  const twin = TWINS[font.familyName]
  if (twin)
    names.push(
      bold ? `${twin} Bold` : twin,
      `${twin.replace(' ', '')}-${bold ? 'Bold' : 'Regular'}`,
    )
  return { names: [...new Set(names)], metrics: face }
}

const percent = (value: number) => `${+(value * 100).toFixed(4)}%`

/** One `@font-face` rule: `family` drawn in `local`, sized to `web`'s measures. */
export function fallbackFaceRule(
  family: string,
  weight: string,
  web: FaceMetrics,
  local: LocalFace,
): string {
  if (local.names.length === 0) throw new Error(`no local name for ${family} ${weight}`)
  const sizeAdjust =
    web.xWidthAvg / web.unitsPerEm / (local.metrics.xWidthAvg / local.metrics.unitsPerEm)
  const em = web.unitsPerEm * sizeAdjust
  const src = local.names.map((name) => `local(${JSON.stringify(name)})`).join(', ')
  return [
    '@font-face {',
    `  font-family: ${JSON.stringify(family)};`,
    `  src: ${src};`,
    `  size-adjust: ${percent(sizeAdjust)};`,
    `  ascent-override: ${percent(web.ascent / em)};`,
    `  descent-override: ${percent(Math.abs(web.descent) / em)};`,
    `  line-gap-override: ${percent(web.lineGap / em)};`,
    '  font-style: normal;',
    `  font-weight: ${weight};`,
    '}',
  ].join('\n')
}
