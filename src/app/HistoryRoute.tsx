import { routineScripts } from '@/content/routines'
import { HistoryPage } from '@/features/history/HistoryPage'
import historyCss from '@/features/history/history.css?url'
import { loadStylesheet } from '@/lib/stylesheet'
import { practiceStore } from '@/state/practice'

/** This screen's styles, a file of their own (few people open it; the first screen stays small). */
export const stylesReady = loadStylesheet(historyCss)

// Names only: the routines' timings (and their audio manifest) are not needed to list practices.
const titleOf = (id: string) =>
  routineScripts.find((r) => r.id === id)?.title ??
  (id.startsWith('therapist-') ? 'From your therapist' : id)

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
