import { type ReactNode, useEffect, useRef, useState } from 'react'
import type { EnrolmentState } from '@/state/kioskDevice'
import { Dialog } from '@/ui/Dialog'
import './kiosk.css'
import { PinPad } from './PinPad'

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
