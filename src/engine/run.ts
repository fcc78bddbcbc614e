import { createTimeline, type TimedCue, type Timeline } from './timeline'

/**
 * A paced breath, seconds per phase. Holds are optional pauses with the lungs full or empty.
 * The phases repeat for as long as the step lasts.
 */
export interface BreathPattern {
  readonly inhale: number
  readonly holdIn: number
  readonly exhale: number
  readonly holdOut: number
}

/**
 * One piece of a run's timeline. A walkthrough is made of cues (a narrated line and what the
 * body shows meanwhile); a routine is made of steps (an instruction, then a hold with a timer and
 * perhaps a breath pattern). Both are timed cues, so one player plays either.
 */
export type Segment = CueSegment | StepSegment

/** A line of a walkthrough: it starts at `at` and lasts until the next segment starts. */
export interface CueSegment extends TimedCue {
  readonly kind: 'cue'
  readonly id: string
  /** How long the voice speaks from `at`, seconds. */
  readonly spokenDuration: number
}

/**
 * A step of a routine: it begins (with a chime, and its words on screen), the instruction is
 * spoken from `voiceAt`, then the person holds the step, then a short quiet before the next.
 */
export interface StepSegment extends TimedCue {
  readonly kind: 'step'
  readonly id: string
  /** When the voice starts speaking the instruction, seconds (at or after `at`). */
  readonly voiceAt: number
  /** How long the instruction is spoken from `voiceAt`, seconds. */
  readonly spokenDuration: number
  /** Seconds the person holds the step after the instruction (the countdown). */
  readonly hold: number
  /** A breath to pace during the hold, if the step has one. */
  readonly breath?: BreathPattern
}

/** A point where a playing run stops and waits until the person says they are ready. */
export interface WaitPoint {
  /** Seconds into the run. */
  readonly at: number
  /** What the person is asked, e.g. "Press Next when you are ready". */
  readonly prompt: string
}

/** A timeline of segments, plus the points where it waits for the person. */
export interface Run<S extends TimedCue = Segment> extends Timeline<S> {
  /** Sorted by time; none at 0 (pressing Play is the first "ready"). */
  readonly waits: readonly WaitPoint[]
}

/** Thrown when a run's waits or steps do not fit its timeline. */
export class RunError extends Error {
  override name = 'RunError'
}

/**
 * Builds a run from timed segments and wait points.
 *
 * @throws {@link TimelineError} for unsorted segments or a bad duration, {@link RunError} for a
 * wait outside the run, at its very start, or out of order.
 */
export function createRun<S extends TimedCue>(
  segments: readonly S[],
  duration: number,
  waits: readonly WaitPoint[] = [],
): Run<S> {
  const timeline = createTimeline(segments, duration)
  let previous = 0
  for (const w of waits) {
    if (!(w.at > previous) || w.at >= duration) {
      throw new RunError(`A wait at ${w.at}s must come after ${previous}s and before the end`)
    }
    previous = w.at
  }
  return { ...timeline, waits }
}

/** A routine step before it is placed in time. */
export interface StepInput {
  readonly id: string
  /** The step's title; each step is its own chapter. */
  readonly title: string
  /** Length of the spoken instruction (its audio clip), seconds. */
  readonly spokenDuration: number
  readonly hold: number
  readonly breath?: BreathPattern
  /** Wait for the person before this step (to change position, for example). */
  readonly waitBefore?: string
}

/**
 * How steps are spaced: silence before the first step, the quiet after each hold before the next
 * step begins, and the pause from a step's start (its chime) to its first word.
 */
export interface StepLayout {
  readonly leadIn: number
  readonly gap: number
  /** Seconds from a step's start to its voice; the chime rings out in it. Default 0. */
  readonly voiceDelay?: number
}

/**
 * Places routine steps one after another: each starts (chime), its instruction is spoken after
 * `voiceDelay`, it holds for `hold` seconds, then a gap before the next. The run ends when the
 * last hold ends.
 *
 * @throws {@link RunError} for a step with a negative or non-finite length.
 */
export function layoutSteps(
  steps: readonly StepInput[],
  { leadIn, gap, voiceDelay = 0 }: StepLayout,
): Run<StepSegment> {
  if (!Number.isFinite(voiceDelay) || voiceDelay < 0) {
    throw new RunError(`A voice delay of ${voiceDelay}s cannot be laid out`)
  }
  let at = leadIn
  const segments: StepSegment[] = []
  const waits: WaitPoint[] = []
  steps.forEach((step, i) => {
    for (const [name, v] of [
      ['spokenDuration', step.spokenDuration],
      ['hold', step.hold],
    ] as const) {
      if (!Number.isFinite(v) || v < 0) throw new RunError(`Step "${step.id}" has ${name} ${v}`)
    }
    if (i > 0) at += gap
    if (step.waitBefore && i > 0) waits.push({ at, prompt: step.waitBefore })
    segments.push({
      kind: 'step',
      id: step.id,
      chapter: step.title,
      at,
      voiceAt: at + voiceDelay,
      spokenDuration: step.spokenDuration,
      hold: step.hold,
      ...(step.breath ? { breath: step.breath } : {}),
    })
    at += voiceDelay + step.spokenDuration + step.hold
  })
  // A run with no steps still has a length, so the player can start and end it.
  return createRun(segments, Math.max(at, leadIn), waits)
}

/**
 * When the segment at `index` ends: a step at the end of its hold, any other segment where the
 * next one starts (or the run ends).
 */
export function segmentEnd(run: Timeline<TimedCue | Segment>, index: number): number {
  const segment = run.cues[index]
  if (segment && 'kind' in segment && segment.kind === 'step') {
    return segment.voiceAt + segment.spokenDuration + segment.hold
  }
  return run.cues[index + 1]?.at ?? run.duration
}
