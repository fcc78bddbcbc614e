import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import type { EnrolmentState } from '@/state/kioskDevice'
import { checkPin, clearAttempts, lockedFor, readAttempts, recordWrongPin } from '@/state/kioskPin'
import { Dialog } from '@/ui/Dialog'
import './kiosk.css'

/** How long staff hold the corner before the PIN pad opens, in milliseconds. */
export const HOLD_MS = 3000

/**
 * The staff's way in, on an enrolled kiosk: a 3-second press on the top right corner (or
 * Ctrl+Alt+K on a keyboard) opens a PIN pad; the right PIN opens a short staff visit (its menu,
 * and a bar while staff use another screen), which ends with "Back to kiosk", or by itself.
 */
export function StaffDoor({
  enrolment,
  staff,
  onStaff,
  onBack,
  onUnenrol,
  setup,
}: {
  readonly enrolment: EnrolmentState
  /** Staff are in (the right PIN was entered in this visit). */
  readonly staff: boolean
  readonly onStaff: () => void
  /** Staff are done: back to kiosk mode, with every trace of their visit gone. */
  readonly onBack: () => void
  readonly onUnenrol: () => void
  /** What the clinic's file set, and what in it was not used. */
  readonly setup: ReactNode
}) {
  const [pad, setPad] = useState(false)
  const [menu, setMenu] = useState(true)
  const timer = useRef<number | undefined>(undefined)
  const release = () => window.clearTimeout(timer.current)

  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        e.stopImmediatePropagation()
        setPad(true)
      }
    }
    window.addEventListener('keydown', key, { capture: true })
    return () => {
      window.removeEventListener('keydown', key, { capture: true })
      window.clearTimeout(timer.current)
    }
  }, [])

  return (
    <>
      {!staff && (
        <div
          className="staff-corner"
          data-testid="staff-corner"
          aria-hidden="true"
          onPointerDown={(e) => {
            e.preventDefault()
            release()
            timer.current = window.setTimeout(() => setPad(true), HOLD_MS)
          }}
          onPointerUp={release}
          onPointerLeave={release}
          onPointerCancel={release}
        />
      )}
      {pad && !staff && (
        <PinPad
          enrolment={enrolment}
          onClose={() => setPad(false)}
          onRight={() => {
            setPad(false)
            setMenu(true)
            onStaff()
          }}
        />
      )}
      {staff && (
        <StaffMenu
          open={menu}
          onClose={() => setMenu(false)}
          onBack={onBack}
          onUnenrol={onUnenrol}
          setup={setup}
        />
      )}
      {staff && !menu && (
        <aside className="staff-bar" aria-label="Staff">
          <p>
            <strong>Staff mode.</strong> It ends by itself after two minutes without a touch.
          </p>
          <button type="button" className="button" onClick={() => setMenu(true)}>
            Staff menu
          </button>
          <button type="button" className="button button-primary" onClick={onBack}>
            Back to kiosk
          </button>
        </aside>
      )}
    </>
  )
}

/** The staff's choices: back to kiosk, a routine for a patient, the clinic setup, turn it off. */
function StaffMenu({
  open,
  onClose,
  onBack,
  onUnenrol,
  setup,
}: {
  readonly open: boolean
  readonly onClose: () => void
  readonly onBack: () => void
  readonly onUnenrol: () => void
  readonly setup: ReactNode
}) {
  const [confirm, setConfirm] = useState(false)
  return (
    <Dialog open={open} title="Staff" onClose={onClose}>
      <div className="staff-menu">
        <p className="field-hint">
          Staff mode ends by itself after two minutes without a touch, and at every reset.
        </p>
        <button type="button" className="button button-primary button-huge" onClick={onBack}>
          Back to kiosk
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onClose()
            window.location.replace('#/clinician')
          }}
        >
          Make a routine for a patient
        </button>
        {setup}
        {confirm ? (
          <section className="staff-confirm" aria-labelledby="unenrol-title">
            <h3 id="unenrol-title">Turn off kiosk mode on this device?</h3>
            <p>
              It becomes an ordinary browser: no attract screen and no reset, and what people do
              here is kept in this browser again. Staff can set it up again at #/kiosk/setup.
            </p>
            <div className="staff-confirm-actions">
              <button type="button" className="button" onClick={onUnenrol}>
                Turn kiosk mode off
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setConfirm(false)}
              >
                Keep it a kiosk
              </button>
            </div>
          </section>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => setConfirm(true)}>
            Turn off kiosk mode on this device…
          </button>
        )}
      </div>
    </Dialog>
  )
}

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
