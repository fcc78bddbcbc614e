import { useEffect } from 'react'

/** Keeps the screen on while `active` (Screen Wake Lock API), and again after the tab returns. */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return
    let lock: WakeLockSentinel | null = null
    let live = true
    const request = () => {
      if (document.visibilityState !== 'visible') return
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (live) lock = sentinel
          else void sentinel.release()
        },
        () => undefined, // refused (battery saver, policy): the screen may dim, nothing breaks
      )
    }
    request()
    document.addEventListener('visibilitychange', request)
    return () => {
      live = false
      document.removeEventListener('visibilitychange', request)
      void lock?.release()
    }
  }, [active])
}
