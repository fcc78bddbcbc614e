import { useSyncExternalStore } from 'react'
import { useAppState } from '@/state/useAppState'

const query = '(prefers-color-scheme: dark)'
const subscribe = (onChange: () => void) => {
  const list = window.matchMedia?.(query)
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}
const systemDark = () => window.matchMedia?.(query).matches ?? false

/** True when the page is dark: pinned in settings, or following a dark system theme. */
export function useDarkTheme(): boolean {
  const system = useSyncExternalStore(subscribe, systemDark, () => false)
  const theme = useAppState((s) => s.settings.theme)
  return theme === 'dark' || (theme === 'system' && system)
}
