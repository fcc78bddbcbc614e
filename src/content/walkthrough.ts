import type { CueSegment } from '@/engine/run'
import type { RegionId } from './regions'
import type { ShotId } from './shots'

/** One moment of a narrated walkthrough: what is said, what is shown, and where the camera looks. */
export interface WalkthroughCue extends CueSegment {
  /** Stable kebab-case id (narration clips and the audio manifest are keyed by it). */
  readonly id: string
  /** Exactly what the narrator says. */
  readonly spoken: string
  /** What the captions show; the spoken words unless a shorter reading is kinder on screen. */
  readonly caption: string
  /** Regions that glow while this cue plays (none for an empty-stage moment). */
  readonly focus: readonly RegionId[]
  /** The camera framing for this cue. */
  readonly shot: ShotId
  /** Where the therapist's hands rest, shown as markers on the body. */
  readonly therapistHands?: readonly RegionId[]
}

/** A complete narrated walkthrough on a track of known length. */
export interface Walkthrough {
  readonly id: string
  readonly title: string
  readonly duration: number
  readonly cues: readonly WalkthroughCue[]
}

/** Longest caption, in characters, that still reads at a glance in two lines at large text size. */
export const CAPTION_MAX_CHARS = 110
