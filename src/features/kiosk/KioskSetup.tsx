import { useEffect, useId, useRef, useState } from 'react'
import { PIN_PATTERN } from '@/state/kioskDevice'
import './kiosk.css'

type Problem = 'pattern' | 'match' | 'storage' | 'crypto' | null

const problems: Record<Exclude<Problem, null>, string> = {
  pattern: 'Use 6 to 8 digits, and no other characters.',
  match: 'The two PINs are not the same. Type them again.',
  storage:
    'This browser will not keep the setting (a private window, or storage turned off), so this device cannot be a kiosk. Use an ordinary window with storage on.',
  crypto:
    'Kiosk mode needs a secure address: the site over https, or localhost on the kiosk itself.',
}

/**
 * Where staff turn this device into a waiting-room kiosk (#/kiosk/setup): what changes, and a
 * staff PIN of 6 to 8 digits typed twice. Only a salted hash of the PIN stays, on this device.
 */
export function KioskSetup({
  onEnrol,
  focusOnMount,
}: {
  /** Enrolls the device; resolves false where the browser will not keep it. */
  readonly onEnrol: (pin: string) => Promise<boolean>
  readonly focusOnMount: boolean
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  const [pin, setPin] = useState('')
  const [again, setAgain] = useState('')
  const [problem, setProblem] = useState<Problem>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  useEffect(() => {
    if (problem) errorRef.current?.focus()
  }, [problem])

  const submit = async () => {
    if (!PIN_PATTERN.test(pin)) return setProblem('pattern')
    if (pin !== again) return setProblem('match')
    if (typeof crypto === 'undefined' || !crypto.subtle) return setProblem('crypto')
    setBusy(true)
    const kept = await onEnrol(pin)
    setBusy(false)
    if (!kept) setProblem('storage')
  }

  return (
    <div className="kiosk-setup page">
      <header>
        <p className="eyebrow">For clinic staff</p>
        <h1 ref={heading} tabIndex={-1}>
          Set up this device as a waiting-room kiosk
        </h1>
        <p className="lead">
          Do this on the kiosk itself. It changes this browser only: patients who open Stillpoint on
          their own phones are never kiosks.
        </p>
      </header>
      <section className="card kiosk-setup-what" aria-labelledby={`${id}-what`}>
        <h2 id={`${id}-what`}>What changes</h2>
        <ul>
          <li>
            A calm attract screen shows while no one is using it. Each visitor starts fresh: the
            safety questions, settings and everything else.
          </li>
          <li>
            Nothing about a visitor is kept. It is all cleared when they press “I’m done”, or after
            a short time with no touch.
          </li>
          <li>
            It stays a kiosk after a reload, a restart or an update, even if the clinic’s file
            cannot be read. Only staff with the PIN can turn it off.
          </li>
          <li>
            <strong>
              Anything Stillpoint keeps in this browser now (practice history, saved routines,
              settings) is deleted.
            </strong>
          </li>
        </ul>
        <p className="field-hint">
          The PIN stays on this device only, as a salted hash: it is never sent anywhere, and never
          goes in clinic.json, which anyone can read.
        </p>
      </section>
      <form
        className="card kiosk-setup-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <h2>Choose a staff PIN</h2>
        <PinField
          label="Staff PIN (6 to 8 digits)"
          value={pin}
          invalid={problem === 'pattern'}
          onChange={setPin}
        />
        <PinField
          label="The same PIN again"
          value={again}
          invalid={problem === 'match'}
          onChange={setAgain}
        />
        {problem && (
          <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
            {problems[problem]}
          </p>
        )}
        <p className="field-hint">
          To reach the staff menu later, hold the top right corner for 3 seconds (or press
          Ctrl+Alt+K), then enter the PIN.
        </p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Setting up…' : 'Turn on kiosk mode'}
        </button>
      </form>
    </div>
  )
}

/** A PIN typed in as dots, with the phone's number pad. */
function PinField({
  label,
  value,
  invalid,
  onChange,
}: {
  readonly label: string
  readonly value: string
  readonly invalid: boolean
  readonly onChange: (value: string) => void
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}
