import { sharedRoutineCopy as copy } from './practiceCopy'
import type { RoutineScript } from './routine'
import { cleanNote, HOME_MAX_HOLD, type SharedRoutine } from './sharedRoutine'
import { findLibraryStep } from './stepLibrary'

/** Who a routine is from, as far as this device could check (see `routineTrust`). */
export type RoutineOrigin =
  | {
      readonly verified: true
      /** The clinic's name, or "your clinic" when its file gives none. */
      readonly clinic: string
      /** The label of the key that signed it. */
      readonly keyLabel: string
    }
  | { readonly verified: false }

/**
 * The routine as it may play: a clinic's signed routine keeps its holds (up to 300 s); any other
 * holds no step longer than the home limit. `lowered` says whether a hold was shortened.
 */
export function withTrustedHolds(
  routine: SharedRoutine,
  origin: RoutineOrigin,
): { readonly routine: SharedRoutine; readonly lowered: boolean } {
  if (origin.verified) return { routine, lowered: false }
  const lowered = routine.steps.some((s) => s.hold > HOME_MAX_HOLD)
  if (!lowered) return { routine, lowered }
  return {
    routine: {
      ...routine,
      steps: routine.steps.map((s) => ({ ...s, hold: Math.min(s.hold, HOME_MAX_HOLD) })),
    },
    lowered,
  }
}

/** A shared routine as a routine script, ready to be timed by its steps' clips. */
export function sharedRoutineScript(
  shared: SharedRoutine,
  id: string,
  origin: RoutineOrigin,
): RoutineScript {
  const { routine } = withTrustedHolds(shared, origin)
  const steps = routine.steps.map((s) => findLibraryStep(s.id)).filter((s) => s !== undefined)
  const note = cleanNote(routine.note)
  return {
    id,
    title: origin.verified ? copy.verified.listTitle(origin.clinic) : copy.shared.listTitle,
    summary: note || (origin.verified ? copy.verified.title(origin.clinic) : copy.shared.title),
    pose: steps[0]?.pose ?? 'seated',
    touch: steps.some((s) => s.touch),
    steps: routine.steps.flatMap((s) => {
      const step = findLibraryStep(s.id)
      if (!step) return []
      const cautions =
        s.hold > HOME_MAX_HOLD ? [...step.script.cautions, copy.longHold] : step.script.cautions
      return [{ ...step.script, hold: s.hold, cautions }]
    }),
  }
}
