import { useMemo } from 'react'
import { useStore } from 'zustand'
// Named imports, so the chunk takes only the beds and the chime from the manifest.
import { beds, chime } from '@/content/narration.manifest.json'
import { type Routine, routines, timeSharedRoutine } from '@/content/practice'
import { decodeRoutine, type RoutineLink, sharedRoutineId } from '@/content/sharedRoutine'
import { PracticePage } from '@/features/practice/PracticePage'
import { SharedRoutinePage } from '@/features/practice/SharedRoutinePage'
import { useRoutineTrust } from '@/features/practice/useRoutineTrust'
import { dateFormat } from '@/lib/time'
import { practiceStore, type SavedRoutine } from '@/state/practice'
import { originOf, type RoutineTrust } from '@/state/routineTrust'
import { useAppState } from '@/state/useAppState'
import { openings } from './openings'

const ambient = { beds, chime }
const checkingSaved = 'Checking your saved routines…'
const savedOn = dateFormat({ day: 'numeric', month: 'short' })

interface SavedLink {
  readonly link: RoutineLink
  readonly savedAt: number
}

/** The saved routines that still read whole (each was checked when kept, and on load). */
function decodeSaved(saved: readonly SavedRoutine[]): SavedLink[] {
  return saved.flatMap((s) => {
    const decoded = decodeRoutine(s.code)
    return decoded.ok ? [{ link: decoded, savedAt: s.savedAt }] : []
  })
}

/**
 * Routines kept from links, newest first, named by who they are from (as checked now, against
 * this site's keys) and the day they were saved. One whose signature no longer matches is left
 * out.
 */
function sharedRoutines(
  saved: readonly SavedLink[],
  trust: ReadonlyMap<string, RoutineTrust>,
  clinicName: string | undefined,
): Routine[] {
  return saved.flatMap(({ link, savedAt }) => {
    const checked = trust.get(link.code) ?? { kind: 'unverified' }
    if (checked.kind === 'refused') return []
    const origin = originOf(checked, clinicName)
    const routine = timeSharedRoutine(link.routine, sharedRoutineId(link.code), origin)
    return [{ ...routine, title: `${routine.title}, ${savedOn(savedAt)}` }]
  })
}

/** Practice at home with its routines and sound files: a chunk of its own. */
export function PracticeRoute(props: {
  readonly routine: string | undefined
  /** A routine's link being opened (#/routine/…). */
  readonly shared?: string | undefined
  readonly kiosk: boolean
  readonly focusOnMount: boolean
}) {
  const saved = useStore(practiceStore, (s) => s.saved)
  // The screen's own rule for its safety check (the device's storage, a kiosk visitor's memory, every
  // question answered), which the top shown while saved routines are checked follows too.
  const asks = useStore(practiceStore, (s) => s.status() === 'ask')
  const clinicName = useAppState((s) => s.clinic.name)
  const links = useMemo(() => decodeSaved(saved), [saved])
  const trust = useRoutineTrust(links.map((l) => l.link))
  const all = useMemo(
    () => (trust ? [...sharedRoutines(links, trust, clinicName), ...routines] : null),
    [links, trust, clinicName],
  )
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
  // Saved routines are being checked: Practice's own top stays (the one its link opened on).
  if (!all)
    return props.routine ? (
      <p className="page route-loading">{checkingSaved}</p>
    ) : (
      openings[asks ? 'practice-check' : 'practice']
    )
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
