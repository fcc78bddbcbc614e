import { registerSW } from 'virtual:pwa-register'
import { siteUrl } from '@/lib/siteUrl'
import { CLINIC_CACHE } from './audioCache'
import { setUpdateCheck, setWaitingUpdate } from './updates'

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
    onRegisteredSW(_url, registration) {
      if (registration) setUpdateCheck(() => registration.update())
      // The clinic's file is kept from the start too, so a kiosk that boots without a network
      // keeps its settings (the worker refreshes it whenever the network is there).
      void cacheClinicFile()
    },
    onRegisterError(error: unknown) {
      // The app works online without it; say so for whoever looks.
      console.warn('Stillpoint could not set up offline use:', error)
    },
  })
}

/**
 * Keeps the clinic file for offline use, only if it is JSON: a captive portal's sign-in page
 * answers 200 too, and must never stand in for the clinic's file. Offline or refused: the worker
 * keeps it the next time it is fetched online.
 */
async function cacheClinicFile(): Promise<void> {
  if (typeof caches === 'undefined') return
  try {
    const url = siteUrl('clinic.json')
    const response = await fetch(url, { cache: 'no-cache' })
    if (response.status !== 200) return
    JSON.parse(await response.clone().text())
    await (await caches.open(CLINIC_CACHE)).put(url, response)
  } catch {
    // Offline, not JSON, or storage refused: nothing is kept.
  }
}
