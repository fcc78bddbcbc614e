import { sharedRoutineCopy } from '@/content/practiceCopy'
import { routineScripts } from '@/content/routines'
import { HistoryPage } from '@/features/history/HistoryPage'
import { practiceStore } from '@/state/practice'

// Names only: the routines' timings (and their audio manifest) are not needed to list practices.
const titleOf = (id: string) =>
  routineScripts.find((r) => r.id === id)?.title ??
  // Routines from links (`shared-`, and `therapist-` before links could be signed): who made one
  // is checked when it opens, not here, so the history names none.
  (id.startsWith('shared-') || id.startsWith('therapist-') ? sharedRoutineCopy.historyTitle : id)

/** A reminder's calendar event: a few calm minutes, about one routine. */
const REMINDER_MINUTES = 10

/** Your practice, with the routines' names: a chunk of its own. */
export function HistoryRoute(props: { readonly kiosk: boolean; readonly focusOnMount: boolean }) {
  return (
    <HistoryPage
      store={practiceStore}
      titleOf={titleOf}
      routineMinutes={REMINDER_MINUTES}
      kiosk={props.kiosk}
      focusOnMount={props.focusOnMount}
    />
  )
}
