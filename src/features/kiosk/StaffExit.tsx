import { useEffect, useRef, useState } from 'react'
import { Dialog } from '@/ui/Dialog'
import './kiosk.css'

/** How long staff hold the corner before the PIN pad opens, in milliseconds. */
export const HOLD_MS = 3000

/**
 * The way out of kiosk mode, for staff only: a 3-second press on the top right corner (or
 * Ctrl+Alt+K on a keyboard) opens a PIN pad. With no PIN configured there is no way out.
 */
export function StaffExit({ pin, onExit }: { readonly pin: string; readonly onExit: () => void }) {
  const [open, setOpen] = useState(false)
  // The right PIN opens staff choices: leave kiosk mode, or leave it for the clinicians' page.
  const [unlocked, setUnlocked] = useState(false)
  const timer = useRef<number | undefined>(undefined)
  const release = () => window.clearTimeout(timer.current)

  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        e.stopImmediatePropagation()
        setOpen(true)
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
      <div
        className="staff-corner"
        data-testid="staff-corner"
        aria-hidden="true"
        onPointerDown={(e) => {
          e.preventDefault()
          release()
          timer.current = window.setTimeout(() => setOpen(true), HOLD_MS)
        }}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        onContextMenu={(e) => e.preventDefault()}
      />
      {open && !unlocked && (
        <PinPad pin={pin} onClose={() => setOpen(false)} onRight={() => setUnlocked(true)} />
      )}
      {unlocked && (
        <Dialog
          open
          title="Staff"
          onClose={() => {
            setUnlocked(false)
            setOpen(false)
          }}
        >
          <div className="staff-menu">
            <button type="button" className="button button-primary" onClick={onExit}>
              Leave kiosk mode
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                onExit()
                window.location.hash = '#/clinician'
              }}
            >
              Make a routine for a patient
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/** Digits in, dots shown. A wrong PIN clears with a gentle shake and says nothing. */
export function PinPad({
  pin,
  onClose,
  onRight,
}: {
  readonly pin: string
  readonly onClose: () => void
  readonly onRight: () => void
}) {
  const [entered, setEntered] = useState('')
  const [wrong, setWrong] = useState(0)
  // Said to screen readers only (the pad shows nothing but a shake), until the next digit.
  const [missed, setMissed] = useState(false)
  const add = (d: string) => {
    setMissed(false)
    setEntered((v) => (v.length < 8 ? v + d : v))
  }
  const check = () => {
    if (entered === pin) return onRight()
    setEntered('')
    setWrong((n) => n + 1)
    setMissed(true)
  }
  // A keyboard's digits work wherever focus is in the pad.
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (/^[0-9]$/.test(e.key)) {
        e.preventDefault()
        setMissed(false)
        setEntered((v) => (v.length < 8 ? v + e.key : v))
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

  return (
    <Dialog open title="Staff: leave kiosk mode" onClose={onClose}>
      <form
        className="pin-pad"
        data-wrong={wrong ? '' : undefined}
        onSubmit={(e) => {
          e.preventDefault()
          check()
        }}
      >
        <p className="field-hint">Enter the staff PIN from the clinic's setup.</p>
        <p className="pin-dots" role="status">
          <span aria-hidden="true">{'●'.repeat(entered.length)}</span>
          <span className="visually-hidden">
            {missed ? 'Wrong PIN. Try again. ' : ''}
            {entered.length} {entered.length === 1 ? 'digit' : 'digits'} entered
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
                onClick={() => setEntered((v) => v.slice(0, -1))}
              >
                ⌫
              </button>
            ) : k === 'enter' ? (
              <button key={k} type="submit" className="button button-primary">
                Unlock
              </button>
            ) : (
              <button key={k} type="button" className="button" onClick={() => add(k)}>
                {k}
              </button>
            ),
          )}
        </div>
      </form>
    </Dialog>
  )
}
