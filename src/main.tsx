import '@fontsource/atkinson-hyperlegible/latin-400.css'
import '@fontsource/atkinson-hyperlegible/latin-700.css'
import '@fontsource/fraunces/latin-500.css'
import '@/ui/theme.css'
import '@/ui/ui.css'
import '@/app/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/App'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// Offline use: the service worker registers once the first screen is up and the page is idle.
if (import.meta.env.PROD) {
  const register = () => void import('@/offline/registerOffline').then((m) => m.registerOffline())
  const whenIdle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(register, { timeout: 4000 })
      : window.setTimeout(register, 1000)
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
