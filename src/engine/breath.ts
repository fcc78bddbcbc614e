import type { BreathPattern } from './run'

/** The four phases of a paced breath. */
export type BreathPhase = 'inhale' | 'hold-in' | 'exhale' | 'hold-out'

/** Where a paced breath is at a moment. */
export interface BreathState {
  readonly phase: BreathPhase
  /** 0 to 1 through the current phase. */
  readonly progress: number
  /**
   * How full the lungs are, 0 (empty) to 1 (full), eased so a guide that grows and shrinks with
   * it moves like a breath rather than like a metronome.
   */
  readonly fullness: number
  /** Whole breaths completed before this moment. */
  readonly breaths: number
}

const ease = (x: number) => 0.5 - 0.5 * Math.cos(Math.PI * x)

/** Seconds one whole breath of the pattern takes. */
export function breathLength(p: BreathPattern): number {
  return p.inhale + p.holdIn + p.exhale + p.holdOut
}

/**
 * The breath at `elapsed` seconds into a paced hold: a pure function of time, so pausing,
 * seeking and a throttled background tab all show the right phase.
 */
export function breathAt(p: BreathPattern, elapsed: number): BreathState {
  const length = breathLength(p)
  if (!(length > 0)) return { phase: 'inhale', progress: 0, fullness: 0, breaths: 0 }
  const t = Math.max(0, elapsed)
  const breaths = Math.floor(t / length)
  let x = t - breaths * length
  const phases: readonly [BreathPhase, number][] = [
    ['inhale', p.inhale],
    ['hold-in', p.holdIn],
    ['exhale', p.exhale],
    ['hold-out', p.holdOut],
  ]
  for (const [phase, seconds] of phases) {
    if (seconds > 0 && x < seconds) {
      const progress = x / seconds
      const fullness =
        phase === 'inhale'
          ? ease(progress)
          : phase === 'exhale'
            ? 1 - ease(progress)
            : phase === 'hold-in'
              ? 1
              : 0
      return { phase, progress, fullness, breaths }
    }
    x -= seconds
  }
  return { phase: 'inhale', progress: 0, fullness: 0, breaths: breaths + 1 }
}
