import { useEffect, useId, useState } from 'react'
import { clinicianCopy } from '@/content/practiceCopy'
import { keyIdOf } from '@/lib/signing'
import { formatLongDayOf } from '@/lib/time'
import { type DeviceKey, loadDeviceKey, makeDeviceKey, removeDeviceKey } from '@/state/signingKey'
import { useAppState } from '@/state/useAppState'

const copy = clinicianCopy.key

export type DeviceKeyState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'unavailable' }
  | { readonly status: 'ready'; readonly key: DeviceKey }

/** This device's signing key, as it loads, is made and is removed. */
export function useDeviceKey() {
  const [state, setState] = useState<DeviceKeyState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    loadDeviceKey().then(
      (key) => live && setState(key ? { status: 'ready', key } : { status: 'none' }),
      () => live && setState({ status: 'unavailable' }),
    )
    return () => {
      live = false
    }
  }, [])
  return {
    state,
    make: (label: string) =>
      makeDeviceKey(label).then(
        (key) => setState({ status: 'ready', key }),
        () => setState({ status: 'unavailable' }),
      ),
    remove: () =>
      removeDeviceKey().then(
        () => setState({ status: 'none' }),
        () => setState({ status: 'unavailable' }),
      ),
  }
}

/** The entry staff paste into clinic.json's `routineKeys` list. */
export const keyEntry = (key: DeviceKey) =>
  JSON.stringify({ label: key.label, key: key.publicKey }, null, 2)

/**
 * The clinicians' page's signing key: none yet (make one, with a name for the device), or this
 * device's key, whether this site's clinic.json lists it, and the entry to add there.
 */
export function SigningKey({
  device,
  listed,
}: {
  readonly device: ReturnType<typeof useDeviceKey>
  /** This site's clinic.json lists the device's key (links made here open as the clinic's). */
  readonly listed: boolean
}) {
  const id = useId()
  const clinicName = useAppState((s) => s.clinic.name)
  const [label, setLabel] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const { state } = device
  return (
    <section className="clinician-key card" aria-labelledby={`${id}-key`}>
      <h2 id={`${id}-key`}>{copy.title}</h2>
      <p className="field-hint">{copy.lead}</p>
      {state.status === 'unavailable' && <p className="notice">{copy.unavailable}</p>}
      {state.status === 'none' && (
        <form
          className="key-make"
          onSubmit={(e) => {
            e.preventDefault()
            if (!label.trim() || busy) return
            setBusy(true)
            void device.make(label).finally(() => setBusy(false))
          }}
        >
          <p>{copy.none}</p>
          <label className="field">
            <span className="field-label" id={`${id}-label`}>
              {copy.label}
            </span>
            <input
              aria-labelledby={`${id}-label`}
              value={label}
              maxLength={60}
              required
              aria-describedby={`${id}-label-hint`}
              onChange={(e) => setLabel(e.target.value)}
            />
            <span className="field-hint" id={`${id}-label-hint`}>
              {copy.labelHint}
            </span>
          </label>
          <p>
            <button type="submit" className="button" disabled={busy || !label.trim()}>
              {busy ? copy.making : copy.make}
            </button>
          </p>
        </form>
      )}
      {state.status === 'ready' && (
        <div className="key-ready">
          <dl className="key-facts">
            <div>
              <dt>{copy.label}</dt>
              <dd>{state.key.label}</dd>
            </div>
            <div>
              <dt>{copy.id}</dt>
              <dd>
                <code>{keyIdOf(state.key.publicKey)}</code>
              </dd>
            </div>
            <div>
              <dt>Made</dt>
              <dd>{formatLongDayOf(state.key.created)}</dd>
            </div>
          </dl>
          {listed ? (
            <p className="key-listed" role="status">
              {copy.listed(clinicName?.trim() || 'your clinic')}
            </p>
          ) : (
            <>
              <p className="notice" role="status">
                {copy.notListed}
              </p>
              <label className="field">
                <span className="field-label">Entry for clinic.json</span>
                <textarea
                  className="key-entry"
                  readOnly
                  rows={4}
                  value={keyEntry(state.key)}
                  onFocus={(e) => e.target.select()}
                />
              </label>
            </>
          )}
          <p className="field-hint">{copy.lost}</p>
          {confirming ? (
            <div className="key-confirm">
              <p>{copy.removeConfirm}</p>
              <p className="share-buttons">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false)
                    void device.remove()
                  }}
                >
                  {copy.removeYes}
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setConfirming(false)}
                >
                  {copy.keep}
                </button>
              </p>
            </div>
          ) : (
            <p>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setConfirming(true)}
              >
                {copy.remove}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  )
}
