import { useMemo } from 'react'
import { useStore } from 'zustand'
// Named imports, so the chunk takes only the beds and the chime from the manifest.
import { beds, chime } from '@/content/narration.manifest.json'
import { type Routine, routines, timeSharedRoutine } from '@/content/practice'
import { decodeRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import { PracticePage } from '@/features/practice/PracticePage'
import { SharedRoutinePage } from '@/features/practice/SharedRoutinePage'
import { dateFormat } from '@/lib/time'
import { practiceStore, type SavedRoutine } from '@/state/practice'

const ambient = { beds, chime }
const savedOn = dateFormat({ day: 'numeric', month: 'short' })

/** Routines from a therapist, newest first, named by the day they were saved. */
function therapistRoutines(saved: readonly SavedRoutine[]): Routine[] {
  return saved.flatMap((s) => {
    const decoded = decodeRoutine(s.code)
    if (!decoded.ok) return []
    const routine = timeSharedRoutine(decoded.routine, sharedRoutineId(decoded.code))
    return [{ ...routine, title: `${routine.title}, ${savedOn(s.savedAt)}` }]
  })
}

/** Practice at home with its routines and sound files: a chunk of its own. */
export function PracticeRoute(props: {
  readonly routine: string | undefined
  /** A therapist's link being opened (#/routine/…). */
  readonly shared?: string | undefined
  readonly kiosk: boolean
  readonly focusOnMount: boolean
}) {
  const saved = useStore(practiceStore, (s) => s.saved)
  const all = useMemo(() => [...therapistRoutines(saved), ...routines], [saved])
  if (props.shared !== undefined) {
    return (
      <SharedRoutinePage
        code={props.shared}
        routines={routines}
        store={practiceStore}
        kiosk={props.kiosk}
        focusOnMount={props.focusOnMount}
      />
    )
  }
  return (
    <PracticePage
      routineId={props.routine}
      routines={all}
      files={ambient}
      store={practiceStore}
      kiosk={props.kiosk}
      focusOnMount={props.focusOnMount}
    />
  )
}
