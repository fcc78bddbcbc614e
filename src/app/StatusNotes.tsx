import { useState, useSyncExternalStore } from 'react'
import { updatedSinceLastVisit } from '@/offline/updates'
import { useHydrated } from '@/ui/useHydrated'

/** Once per page load: did a new version take over since the last visit? */
let updated: boolean | undefined
const wasUpdated = () => {
  updated ??= updatedSinceLastVisit(String(import.meta.env.APP_VERSION ?? 'dev'))
  return updated
}

const subscribeOnline = (change: () => void) => {
  window.addEventListener('online', change)
  window.addEventListener('offline', change)
  return () => {
    window.removeEventListener('online', change)
    window.removeEventListener('offline', change)
  }
}

/**
 * Quiet words about the app itself: that it works offline right now, and that a new version
 * took over since the last visit (until OK). Both are in the page's flow from the first paint,
 * so nothing below them jumps as the page loads.
 */
export function StatusNotes({ kiosk = false }: { readonly kiosk?: boolean }) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
  // A kiosk's visitors never had a "last visit": it updates between them, quietly.
  const [showUpdated, setShowUpdated] = useState(() => wasUpdated() && !kiosk)
  // Not in the prerendered page, which knows of no last visit: it shows once the page is taken over.
  const hydrated = useHydrated()

  return (
    <div className="page status-notes" role="status">
      {!online && (
        <p className="status-note">
          You’re offline. Stillpoint still works here; some sounds may not play until you’re back
          online.
        </p>
      )}
      {hydrated && showUpdated && (
        <p className="status-note">
          Stillpoint has been updated.{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setShowUpdated(false)}
          >
            Hide this note
          </button>
        </p>
      )}
    </div>
  )
}
