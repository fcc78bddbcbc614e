// First: with ?inspect, the smoke tests' record of console messages starts before anything logs.
import '@/app/inspectMessages'
import '@/ui/fonts.css'
import '@/ui/theme.css'
import '@/ui/ui.css'
import '@/app/app.css'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '@/app/App'
import { isHomeHash } from '@/app/routes'
import { applyKeptClinic } from '@/app/useClinicConfig'
import { readEnrolment } from '@/state/kioskDevice'

// An enrolled kiosk is a kiosk from its first paint: its clinic settings (the attract screen, the
// idle times) come from the file it last kept, before the fresh one arrives.
if (readEnrolment().kind !== 'none') {
  document.documentElement.dataset.kiosk = ''
  applyKeptClinic()
}

// The app's code has started: the script where the page ends (openScreen in beforePaint.ts), if the
// parser reaches it only now, leaves the screen to the app.
document.documentElement.dataset.started = ''

// The HTML holds the home screen, prerendered at build time (src/app/prerender.tsx). Where the
// home screen is what opens, React takes it over in place; a deep link or a kiosk (marked before
// the first paint: src/app/beforePaint.ts) renders its own screen over it.
const root = document.getElementById('root')
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  )
  const opening = 'opening' in document.documentElement.dataset
  // A link followed before this code arrived has left the home screen behind.
  if (root.firstElementChild && isHomeHash(window.location.hash) && !opening)
    startTransition(() => void hydrateRoot(root, app))
  else {
    const reactRoot = createRoot(root)
    startTransition(() => reactRoot.render(app))
  }
}

// Offline use: the service worker precaches the whole app (about 2.4 MB, sound apart). That waits until the
// page has settled, a few seconds after it loaded and then at an idle moment, so a phone on a slow
// network gets the screen it asked for (its sound, its body model) before the offline copy.
const SETTLE_MS = 6000
if (import.meta.env.PROD) {
  const register = () => void import('@/offline/registerOffline').then((m) => m.registerOffline())
  const whenSettled = () =>
    window.setTimeout(
      () =>
        typeof window.requestIdleCallback === 'function'
          ? window.requestIdleCallback(register, { timeout: 4000 })
          : register(),
      SETTLE_MS,
    )
  if (document.readyState === 'complete') whenSettled()
  else window.addEventListener('load', whenSettled, { once: true })
}
