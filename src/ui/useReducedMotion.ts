import { useSyncExternalStore } from 'react'
import { useAppState } from '@/state/useAppState'

const query = '(prefers-reduced-motion: reduce)'

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia?.(query)
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}
const systemPrefersReduced = () => window.matchMedia?.(query).matches ?? false

/** True when motion should be reduced: the device asks for it, or the person chose it in settings. */
export function useReducedMotion(): boolean {
  const system = useSyncExternalStore(subscribe, systemPrefersReduced, () => false)
  const setting = useAppState((s) => s.settings.motion)
  return setting === 'reduce' || system
}
