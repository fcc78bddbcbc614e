import { useAppState } from '@/state/useAppState'
import { useMediaQuery } from './useMediaQuery'

/** True when motion should be reduced: the device asks for it, or the person chose it in settings. */
export function useReducedMotion(): boolean {
  const system = useMediaQuery('(prefers-reduced-motion: reduce)')
  const setting = useAppState((s) => s.settings.motion)
  return setting === 'reduce' || system
}
