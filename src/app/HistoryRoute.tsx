import { findRoutine, routineMinutes, routines } from '@/content/practice'
import { HistoryPage } from '@/features/history/HistoryPage'
import historyCss from '@/features/history/history.css?url'
import { loadStylesheet } from '@/lib/stylesheet'
import { practiceStore } from '@/state/practice'

/** This screen's styles, a file of their own (few people open it; the first screen stays small). */
export const stylesReady = loadStylesheet(historyCss)

const titleOf = (id: string) =>
  findRoutine(id)?.title ?? (id.startsWith('therapist-') ? 'From your therapist' : id)
const typical = Math.max(...routines.filter((r) => r.touch).map(routineMinutes))

/** Your practice, with the routines' names: a chunk of its own. */
export function HistoryRoute(props: { readonly kiosk: boolean; readonly focusOnMount: boolean }) {
  return (
    <HistoryPage
      store={practiceStore}
      titleOf={titleOf}
      routineMinutes={typical}
      kiosk={props.kiosk}
      focusOnMount={props.focusOnMount}
    />
  )
}
