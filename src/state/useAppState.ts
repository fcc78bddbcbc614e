import { useStore } from 'zustand'
import { type AppState, appStore } from './appStore'

/** Reads a slice of the app store and re-renders when that slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector)
}
