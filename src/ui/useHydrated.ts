import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False while React takes over the first screen's prerendered HTML (it must render exactly what the
 * build rendered), true from then on and in every render that is not a hydration. What only this
 * device knows (a note about an update, damaged settings, a chosen theme in a form) waits for it,
 * so the prerendered page and the hydrated one are the same.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
