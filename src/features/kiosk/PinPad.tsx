import { useCallback, useEffect, useRef, useState } from 'react'
import type { EnrolmentState } from '@/state/kioskDevice'
import { checkPin, clearAttempts, lockedFor, readAttempts, recordWrongPin } from '@/state/kioskPin'
import { Dialog } from '@/ui/Dialog'

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

const minutesSeconds = (ms: number) => {
  const s = Math.ceil(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * Digits in, dots shown; checked against the device's PIN hash. A wrong PIN clears with a gentle
 * shake. After three wrong PINs each try waits, longer each time; the wait is kept on the device,
 * so a reload does not end it.
 */
export function PinPad({
  enrolment,
  onClose,
  onRight,
}: {
  readonly enrolment: EnrolmentState
  readonly onClose: () => void
  readonly onRight: () => void
}) {
  const [entered, setEntered] = useState('')
  const [wrong, setWrong] = useState(0)
  const [checking, setChecking] = useState(false)
  // Said to screen readers only (the pad shows nothing but a shake), until the next digit.
  const [missed, setMissed] = useState(false)
  const lockLeft = useCallback(() => lockedFor(readAttempts(), Date.now()), [])
  const [locked, setLocked] = useState(lockLeft)
  const busy = checking || locked > 0

  useEffect(() => {
    if (locked <= 0) return
    const id = window.setInterval(() => setLocked(lockLeft()), 1000)
    return () => window.clearInterval(id)
  }, [locked, lockLeft])

  const add = (d: string) => {
    if (busy) return
    setMissed(false)
    setEntered((v) => (v.length < 8 ? v + d : v))
  }
  const check = async () => {
    if (busy || enrolment.kind !== 'kiosk') return
    setChecking(true)
    const right = await checkPin(entered, enrolment.enrolment)
    setChecking(false)
    if (right) {
      clearAttempts()
      onRight()
      return
    }
    recordWrongPin(Date.now())
    setEntered('')
    setWrong((n) => n + 1)
    setMissed(true)
    setLocked(lockLeft())
  }
  // A keyboard's digits and Enter work wherever focus is in the pad (it opens on its Close).
  const addRef = useRef(add)
  addRef.current = add
  const checkRef = useRef(check)
  checkRef.current = check
  const enteredRef = useRef(entered)
  enteredRef.current = entered
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (/^[0-9]$/.test(e.key)) {
        e.preventDefault()
        addRef.current(e.key)
      } else if (e.key === 'Enter' && enteredRef.current.length > 0) {
        e.preventDefault()
        void checkRef.current()
      } else if (e.key === 'Backspace') {
        e.preventDefault()
        setEntered((v) => v.slice(0, -1))
      }
    }
    window.addEventListener('keydown', key)
    return () => window.removeEventListener('keydown', key)
  }, [])
  useEffect(() => {
    if (!wrong) return
    const id = window.setTimeout(() => setWrong(0), 400)
    return () => window.clearTimeout(id)
  }, [wrong])

  if (enrolment.kind !== 'kiosk') {
    return (
      <Dialog open title="Staff only" onClose={onClose}>
        <p>
          This kiosk’s PIN record cannot be read, so it stays a kiosk. To set it up again, clear
          this site’s data in the browser’s settings, then open #/kiosk/setup.
        </p>
      </Dialog>
    )
  }
  return (
    <Dialog open title="Staff only" onClose={onClose}>
      <form
        className="pin-pad"
        data-wrong={wrong ? '' : undefined}
        onSubmit={(e) => {
          e.preventDefault()
          void check()
        }}
      >
        <p className="field-hint">Enter this kiosk’s staff PIN.</p>
        <p className="pin-dots" role="status">
          <span aria-hidden="true">{'●'.repeat(entered.length)}</span>
          <span className={locked > 0 ? 'pin-wait' : 'visually-hidden'}>
            {locked > 0
              ? `Too many wrong tries. You can try again in ${minutesSeconds(locked)}.`
              : `${missed ? 'Wrong PIN. Try again. ' : ''}${entered.length} ${entered.length === 1 ? 'digit' : 'digits'} entered`}
          </span>
        </p>
        <div className="pin-keys">
          {[...digits, 'delete', '0', 'enter'].map((k) =>
            k === 'delete' ? (
              <button
                key={k}
                type="button"
                className="button"
                aria-label="Delete a digit"
                disabled={busy}
                onClick={() => setEntered((v) => v.slice(0, -1))}
              >
                ⌫
              </button>
            ) : k === 'enter' ? (
              <button key={k} type="submit" className="button button-primary" disabled={busy}>
                {checking ? 'Checking…' : 'Unlock'}
              </button>
            ) : (
              <button
                key={k}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => add(k)}
              >
                {k}
              </button>
            ),
          )}
        </div>
      </form>
    </Dialog>
  )
}
