import { registerSW } from 'virtual:pwa-register'
import { siteUrl } from '@/lib/siteUrl'
import { CLINIC_CACHE, keepInCache } from './audioCache'
import { setWaitingUpdate } from './updates'

/**
 * Registers the service worker that keeps Stillpoint working offline. Called after the first
 * screen has painted. A new version found later waits (see `updates.ts`); nothing reloads on
 * its own while someone is using the app.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      setWaitingUpdate(() => void update(true))
    },
    onRegisteredSW() {
      // The clinic's file is kept from the start too, so a kiosk that boots without a network
      // is still a kiosk (the worker refreshes it whenever the network is there).
      void keepClinicFile()
    },
    onRegisterError(error: unknown) {
      // The app works online without it; say so for whoever looks.
      console.warn('Stillpoint could not set up offline use:', error)
    },
  })
}

// Offline or refused: the worker keeps it the next time it is fetched online.
const keepClinicFile = () =>
  keepInCache(CLINIC_CACHE, [siteUrl('clinic.json')], { cache: 'no-cache' })
