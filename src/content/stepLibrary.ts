import type { RoutinePose, RoutineStepScript } from './routine'
import { routineScripts } from './routines'

/** A step of the library: where it comes from, and its script. */
export interface LibraryStep {
  readonly id: string
  /** The routine whose recorded clip this step plays. */
  readonly routine: string
  readonly pose: RoutinePose
  readonly touch: boolean
  readonly script: RoutineStepScript
}

/** Every step a clinician can choose, once each (steps shared by routines are listed once). */
export const stepLibrary: readonly LibraryStep[] = routineScripts.flatMap((r, i) =>
  r.steps
    .filter(
      (s) =>
        !routineScripts.slice(0, i).some((earlier) => earlier.steps.some((e) => e.id === s.id)),
    )
    .map((s) => ({ id: s.id, routine: r.id, pose: r.pose, touch: r.touch, script: s })),
)

/** Whether a step's hands rest on the head, neck or shoulders (not only in the lap or on the belly). */
export const stepTouches = (script: RoutineStepScript) =>
  [script.placement.left, script.placement.right].some(
    (p) => p !== null && p !== 'lap' && p !== 'belly',
  )

export function findLibraryStep(id: string): LibraryStep | undefined {
  return stepLibrary.find((s) => s.id === id)
}
