import { createRun, layoutSteps, type Run, type StepSegment } from '@/engine/run'
import { typeset } from '@/lib/typeset'
// A named import, like walkthroughs.ts, so a bundle takes only the routines' timings.
import { routines as routineTimings } from './narration.manifest.json'
import type { RegionId } from './regions'
import type { HandPlacement, RoutinePose, RoutineScript } from './routine'
import { type RoutineOrigin, sharedRoutineScript } from './routineOrigin'
import { routineScripts } from './routines'
import type { SharedRoutine } from './sharedRoutine'
import type { ShotId } from './shots'
import { findLibraryStep } from './stepLibrary'

/** Silence before the first instruction, seconds, while the bed fades in. */
export const ROUTINE_LEAD_IN = 2
/** The quiet after a step's hold before the next step begins with its chime, seconds. */
export const ROUTINE_GAP = 1.5
/** From a step's start (its chime, its words on screen) to its first spoken word, seconds. */
export const ROUTINE_VOICE_DELAY = 1.5

/** A routine step placed in time: its instruction, hold, breath, and what the body shows. */
export interface RoutineStep extends StepSegment {
  readonly title: string
  readonly spoken: string
  /** What the screen shows (typographic apostrophes). */
  readonly caption: string
  readonly regions: readonly RegionId[]
  readonly placement: HandPlacement
  readonly cautions: readonly string[]
  readonly shot: ShotId
  /** The step's clip, as paths from the site's root. */
  readonly files: { readonly webm: string; readonly mp3: string }
}

/** A home routine ready to play: its steps timed by their rendered clips. */
export interface Routine {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly pose: RoutinePose
  readonly touch: boolean
  readonly run: Run<RoutineStep>
}

/** What the audio generator measured for one step. */
export interface StepTiming {
  readonly duration: number
  readonly files: { readonly webm: string; readonly mp3: string }
}

/**
 * Places a routine's steps in time from the lengths of their clips. Throws when a step has no
 * clip (the content test reports it first: run `npm run audio`).
 */
export function timeRoutine(
  script: RoutineScript,
  timing: Readonly<Record<string, StepTiming>>,
): Routine {
  const clips = script.steps.map((step) => {
    const t = timing[step.id]
    if (!t) throw new Error(`No clip for step "${script.id}/${step.id}": run npm run audio`)
    return t
  })
  const laid = layoutSteps(
    script.steps.map((step, i) => ({
      id: step.id,
      title: step.title,
      spokenDuration: clips[i]?.duration ?? 0,
      hold: step.hold,
      ...(step.breath ? { breath: step.breath } : {}),
    })),
    { leadIn: ROUTINE_LEAD_IN, gap: ROUTINE_GAP, voiceDelay: ROUTINE_VOICE_DELAY },
  )
  const steps = laid.cues.map((segment, i): RoutineStep => {
    const step = script.steps[i]
    const clip = clips[i]
    if (!step || !clip) throw new Error(`Step ${i} of "${script.id}" went missing`)
    return {
      ...segment,
      title: step.title,
      spoken: step.spoken,
      caption: typeset(step.caption ?? step.spoken),
      regions: step.regions,
      placement: step.placement,
      cautions: step.cautions,
      shot: step.shot,
      files: clip.files,
    }
  })
  const { id, title, summary, pose, touch } = script
  return { id, title, summary, pose, touch, run: createRun(steps, laid.duration, laid.waits) }
}

const timings: Readonly<Record<string, Readonly<Record<string, StepTiming>>>> = routineTimings

/** The home routines, timed by their clips. */
export const routines: readonly Routine[] = routineScripts.map((script) =>
  timeRoutine(script, timings[script.id] ?? {}),
)

/** Looks up a routine by id; undefined for an unknown id (for example from a malformed link). */
export function findRoutine(id: string): Routine | undefined {
  return routines.find((r) => r.id === id)
}

/** A routine's length in whole minutes, as shown on its card ("About 6 minutes"). */
export function routineMinutes(routine: Routine): number {
  return Math.max(1, Math.round(routine.run.duration / 60))
}

/** A routine from a link, timed by the clips of the library steps it uses. */
export function timeSharedRoutine(
  shared: SharedRoutine,
  id: string,
  origin: RoutineOrigin,
): Routine {
  const timing: Record<string, StepTiming> = {}
  for (const s of shared.steps) {
    const from = findLibraryStep(s.id)
    const clip = from && timings[from.routine]?.[s.id]
    if (clip) timing[s.id] = clip
  }
  return timeRoutine(sharedRoutineScript(shared, id, origin), timing)
}
