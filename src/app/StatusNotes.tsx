import { useState, useSyncExternalStore } from 'react'
import { updatedSinceLastVisit } from '@/offline/updates'

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
export function StatusNotes() {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
  const [showUpdated, setShowUpdated] = useState(wasUpdated)

  return (
    <div className="page status-notes" role="status">
      {!online && (
        <p className="status-note">
          You’re offline. What Stillpoint has kept on this device still works.
        </p>
      )}
      {showUpdated && (
        <p className="status-note">
          Stillpoint was updated since your last visit.{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setShowUpdated(false)}
          >
            OK
          </button>
        </p>
      )}
    </div>
  )
}
