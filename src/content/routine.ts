import type { BreathPattern } from '@/engine/run'
import type { RegionId } from './regions'
import type { ShotId } from './shots'

/**
 * Where a hand rests during a home self-massage step. Each is a place CONTENT.md section 8 or 10
 * names; none is on the front or sides of the throat or on the bones of the spine.
 */
export const handPointIds = [
  /** Fingertip pads on the scalp, on top of the head. */
  'scalp',
  /** Fingertips on the soft spot at the side of the forehead. */
  'temple',
  /** Fingertips on the chewing muscle, just in front of the ear. */
  'jaw',
  /** Fingertips resting just under the bony ridge at the back of the head. */
  'skull-base',
  /** Fingertips on the back of the neck, beside the spine (never on it). */
  'neck-back',
  /** The hand over the top of the opposite shoulder. */
  'shoulder',
  /** A hand resting on the belly, to feel the breath. */
  'belly',
  /** A hand resting in the lap, at rest. */
  'lap',
] as const

export type HandPointId = (typeof handPointIds)[number]

/** Where the left and right hands rest in a step (null: that hand simply rests). */
export interface HandPlacement {
  readonly left: HandPointId | null
  readonly right: HandPointId | null
}

/** The way the body is placed for a routine. */
export type RoutinePose = 'seated' | 'lying'

/** One step of a home routine, before its audio is timed. */
export interface RoutineStepScript {
  /** Stable kebab-case id; the step's audio clip is keyed by it. */
  readonly id: string
  /** A short title, shown large and used as the step's chapter. */
  readonly title: string
  /** Exactly what the voice says, in plain ASCII for the speech engine. */
  readonly spoken: string
  /** What the screen shows, when kinder on screen than the spoken words. */
  readonly caption?: string
  readonly regions: readonly RegionId[]
  readonly placement: HandPlacement
  /** Seconds held after the instruction (the countdown ring). */
  readonly hold: number
  /** A breath to pace during the hold. */
  readonly breath?: BreathPattern
  /** Short safety reminders for this step, shown beside it. */
  readonly cautions: readonly string[]
  readonly shot: ShotId
}

/** A guided routine for home, between appointments. */
export interface RoutineScript {
  readonly id: string
  readonly title: string
  /** One line on the routine's card. */
  readonly summary: string
  readonly pose: RoutinePose
  /** Whether the routine touches the head or neck (a breathing-only routine does not). */
  readonly touch: boolean
  readonly steps: readonly RoutineStepScript[]
}
