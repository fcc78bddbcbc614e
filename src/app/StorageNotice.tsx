import { appStore } from '@/state/appStore'
import { useAppState } from '@/state/useAppState'

/** A calm word when saved settings could not be read, with a way onward. */
export function StorageNotice({ onOpenSettings }: { readonly onOpenSettings: () => void }) {
  const show = useAppState((s) => s.settingsLoad === 'damaged' && !s.noticeDismissed)
  if (!show) return null
  return (
    <div className="page notice-slot">
      <div className="notice" role="status">
        <p>
          Your saved settings could not be read, so Stillpoint is using its defaults. Nothing else
          was affected. You can choose your settings again at any time.
        </p>
        <div className="notice-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              appStore.getState().dismissNotice()
              onOpenSettings()
            }}
          >
            Open settings
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={appStore.getState().dismissNotice}
          >
            Dismiss
          </button>
        </div>
      </div>
    </div>
  )
}
