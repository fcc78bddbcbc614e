import { contrast, mix, parseHex, type Rgb, toHex } from '@/lib/contrast'

/** A clinic colour for both themes, with a soft tint of each for quiet backgrounds. */
export interface Accent {
  readonly light: string
  readonly dark: string
  readonly softLight: string
  readonly softDark: string
}

/**
 * The themes' backgrounds and the text drawn on the accent, as `ui/theme.css` sets them (`--bg`,
 * `--surface`, `--on-accent`); a unit test holds the two together.
 */
export const theme = {
  light: { page: '#f5f1ea', surface: '#fffdf9', onAccent: '#ffffff' },
  dark: { page: '#0e181c', surface: '#142328', onAccent: '#0b1518' },
} as const
/** WCAG 2.2 AA for normal text. */
export const AA = 4.5

const rgb = (hex: string) => parseHex(hex) as Rgb
/** The lowest contrast of the accent as text on a theme, and of text on the accent. */
function accentContrast(accent: Rgb, t: (typeof theme)['light' | 'dark']): number {
  return Math.min(
    contrast(accent, rgb(t.page)),
    contrast(accent, rgb(t.surface)),
    contrast(accent, rgb(t.onAccent)),
  )
}

/**
 * Checks a clinic colour: it must read as text and carry text on the light theme as given; for
 * the dark theme the nearest lighter shade that does the same is made from it.
 */
export function checkAccent(hex: string): Accent | string {
  const c = parseHex(hex)
  if (!c) return 'Not a colour: use a hex colour such as "#2b6963".'
  const light = accentContrast(c, theme.light)
  if (light < AA) {
    return `This colour would be hard to read on the light theme (contrast ${light.toFixed(2)}, at least ${AA} needed): choose a darker shade.`
  }
  for (let k = 0; k <= 1.0001; k += 0.05) {
    const shade = mix(c, [255, 255, 255], k)
    if (accentContrast(shade, theme.dark) >= AA) {
      return {
        light: toHex(c),
        dark: toHex(shade),
        softLight: toHex(mix(c, rgb(theme.light.page), 0.82)),
        softDark: toHex(mix(shade, rgb(theme.dark.page), 0.8)),
      }
    }
  }
  return 'This colour cannot be made readable on the dark theme: choose another colour.'
}
