import { useAppState } from '@/state/useAppState'
import { useMediaQuery } from './useMediaQuery'

/** True when the page is dark: pinned in settings, or following a dark system theme. */
export function useDarkTheme(): boolean {
  const system = useMediaQuery('(prefers-color-scheme: dark)')
  const theme = useAppState((s) => s.settings.theme)
  return theme === 'dark' || (theme === 'system' && system)
}
