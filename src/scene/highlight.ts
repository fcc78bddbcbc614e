import type { RegionId } from '@/content/regions'

/** How long a new highlight breathes before it settles to a steady glow, in seconds. */
export const PULSE_SECONDS = 7.5
/** One breath of the pulse, in seconds. */
const PULSE_PERIOD = 2.5
/** How long the sweep takes to travel from the neck to the tailbone, in seconds. */
export const SWEEP_SECONDS = 3.2

export interface HighlightInput {
  readonly focus: readonly RegionId[]
  readonly selected: RegionId | null
  /** Seconds since the focus last changed. */
  readonly since: number
  readonly reducedMotion: boolean
  /**
   * Fade in from nothing over the first moments (default). A guided run's highlight is lit from
   * its first instant instead, so a seek to the moment it begins shows it at once.
   */
  readonly fadeIn?: boolean
}

/**
 * Glow of a region, 0 (none) to 1 (full). Highlighted regions breathe gently for a few breaths and
 * then hold steady, so an idle screen draws no frames. Under reduced motion they hold steady at once.
 */
export function regionGlow(
  region: RegionId,
  { focus, selected, since, reducedMotion, fadeIn: fades = true }: HighlightInput,
): number {
  const lit = focus.includes(region) || selected === region
  if (!lit) return 0
  if (reducedMotion || since >= PULSE_SECONDS) return 0.85
  const fadeIn = fades ? Math.min(1, since / 0.6) : 1
  const breath = 0.5 - 0.5 * Math.cos((2 * Math.PI * since) / PULSE_PERIOD)
  return fadeIn * (0.7 + 0.3 * breath)
}

/** How strongly everything that is not lit is dimmed: 0 with no highlight, up to 1. */
export function dimLevel({ focus, selected }: Pick<HighlightInput, 'focus' | 'selected'>): number {
  return focus.length > 0 || selected !== null ? 1 : 0
}

/** Whether the highlight still changes over time (and so needs frames drawn). */
export function isAnimating(
  { focus, selected, since, reducedMotion }: HighlightInput,
  sweeping: boolean,
): boolean {
  if (reducedMotion) return false
  if (sweeping) return since < SWEEP_SECONDS + 1
  return (focus.length > 0 || selected !== null) && since < PULSE_SECONDS
}

/**
 * Glow of one vertebra during a sweep: a soft band travels from the top of the neck (index 0) to
 * the tailbone, then everything stays lit. `position` is 0 (C1) to 1 (coccyx).
 */
export function sweepGlow(position: number, since: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0.85
  const front = since / SWEEP_SECONDS
  if (position <= front - 0.15) return 0.85
  const d = position - front
  return d > 0.15 ? 0 : 0.85 + 0.15 * Math.max(0, 1 - Math.abs(d) / 0.15)
}
