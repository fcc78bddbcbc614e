import { findRoutine, routineMinutes, routines } from '@/content/practice'
import { HistoryPage } from '@/features/history/HistoryPage'
import { practiceStore } from '@/state/practice'

const titleOf = (id: string) => findRoutine(id)?.title ?? id
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
