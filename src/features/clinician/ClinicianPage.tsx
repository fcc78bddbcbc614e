import { useEffect, useId, useRef, useState } from 'react'
import { clinicianCopy as copy } from '@/content/practiceCopy'
import type { RoutinePose } from '@/content/routine'
import {
  encodeRoutine,
  HOME_MAX_HOLD,
  MAX_NOTE,
  MAX_STEPS,
  type SharedRoutine,
  type SharedStep,
} from '@/content/sharedRoutine'
import { localIsoDay, parseIsoDate, spokenTime } from '@/lib/time'
import { signRoutine } from '@/state/routineTrust'
import type { DeviceKey } from '@/state/signingKey'
import { useAppState } from '@/state/useAppState'
import { ChosenSteps } from './ChosenSteps'
import { clampHold } from './clampHold'
import { Handout } from './Handout'
import { ShareRoutine } from './ShareRoutine'
import { SigningKey, useDeviceKey } from './SigningKey'
import { StepLibrary } from './StepLibrary'

/** The link a patient opens: this site, with the routine in the fragment. */
export function routineLink(code: string): string {
  return `${window.location.origin}${window.location.pathname}#/routine/${code}`
}

/**
 * The link text for a routine made on `made` (`YYYY-MM-DD`): signed with the device's key when it
 * has one, else sealed with a checksum only. Null for a routine that cannot be carried.
 */
async function makeCode(
  routine: SharedRoutine,
  made: string,
  key: DeviceKey | null,
): Promise<string | null> {
  try {
    if (!key) return encodeRoutine(routine, made)
    return await signRoutine(routine, made, key)
  } catch {
    return null
  }
}

/**
 * For clinicians: a routine put together from the library's steps, with hold times, a note and
 * the next appointment, shared as a link, a QR code and a printed handout. Nothing leaves the
 * device; the routine travels inside the link.
 */
export function ClinicianPage({ focusOnMount }: { readonly focusOnMount: boolean }) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [pose, setPose] = useState<RoutinePose>('seated')
  const [steps, setSteps] = useState<readonly SharedStep[]>([])
  const [note, setNote] = useState('')
  const [appointment, setAppointment] = useState('')
  const [copied, setCopied] = useState(false)
  const device = useDeviceKey()
  const deviceKey = device.state.status === 'ready' ? device.state.key : null
  const keys = useAppState((s) => s.clinic.routineKeys)
  const clinicName = useAppState((s) => s.clinic.name)
  // Whether links made here open as the clinic's: its key is in this site's clinic.json.
  const listed = !!deviceKey && (keys ?? []).some((k) => k.key === deviceKey.publicKey)

  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])

  const full = steps.length >= MAX_STEPS
  const change = (next: readonly SharedStep[]) => {
    setSteps(next)
    setCopied(false)
  }
  const date = parseIsoDate(appointment) ? appointment : null
  // The routine as it will travel: every time in range, whatever is half-typed in a field.
  const carried = steps.map((s) => ({ ...s, hold: clampHold(s.hold) }))
  const carriedNote = note.slice(0, MAX_NOTE)
  const routine: SharedRoutine | null =
    steps.length > 0 ? { steps: carried, appointment: date, note: carriedNote } : null
  const routineText = routine ? JSON.stringify(routine) : ''
  // The day the link and the handout say it was made: one reading, for both.
  const today = localIsoDay(Date.now())
  // Signing takes a moment (WebCrypto answers asynchronously): the link follows each change.
  const [sealed, setSealed] = useState<{
    readonly for: string
    readonly code: string | null
  } | null>(null)
  const keyPending = device.state.status === 'loading'
  const wanted = `${routineText}|${today}|${deviceKey?.publicKey ?? ''}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: `wanted` stands for routine, day and key
  useEffect(() => {
    if (!routine || keyPending) return
    let live = true
    void makeCode(routine, today, deviceKey).then((c) => {
      if (live) setSealed({ for: wanted, code: c })
    })
    return () => {
      live = false
    }
  }, [wanted, keyPending])
  const code = routine && sealed?.for === wanted ? sealed.code : null
  const longUnsigned = !listed && carried.some((s) => s.hold > HOME_MAX_HOLD)
  const link = code ? routineLink(code) : null

  return (
    <div className="clinician page">
      <header className="clinician-header">
        <p className="eyebrow">{copy.eyebrow}</p>
        <h1 ref={heading} tabIndex={-1}>
          {copy.title}
        </h1>
        <p className="lead">{copy.lead}</p>
      </header>

      <div className="clinician-builder">
        <StepLibrary
          pose={pose}
          chosen={steps}
          full={full}
          onPose={(p) => {
            setPose(p)
            change([])
          }}
          onAdd={(step) => change([...steps, step])}
        />

        <section className="clinician-routine card" aria-labelledby={`${id}-chosen`}>
          <h2 id={`${id}-chosen`}>{copy.chosen}</h2>
          {steps.length > 0 && <p className="field-hint">{copy.holdHint}</p>}
          {steps.length === 0 ? (
            <p className="field-hint">{copy.none}</p>
          ) : (
            <ChosenSteps steps={steps} onChange={change} />
          )}
          <label className="field">
            <span className="field-label">{copy.note}</span>
            <textarea
              value={note}
              maxLength={MAX_NOTE}
              rows={3}
              onChange={(e) => {
                setNote(e.target.value)
                setCopied(false)
              }}
            />
            <span className="field-hint">
              {copy.noteHint} {note.length} of {MAX_NOTE} characters.
            </span>
          </label>
          <label className="field">
            <span className="field-label">{copy.appointment}</span>
            <input
              type="date"
              value={appointment}
              onChange={(e) => {
                setAppointment(e.target.value)
                setCopied(false)
              }}
            />
          </label>
          {longUnsigned && <p className="notice">{copy.key.longUnsigned}</p>}
          {steps.length > 0 && (
            <p className="field-hint">
              Holds add up to {spokenTime(carried.reduce((t, s) => t + s.hold, 0))}, plus the spoken
              instructions.
            </p>
          )}
        </section>
      </div>

      {link && code && (
        <ShareRoutine
          link={link}
          code={code}
          note={
            listed
              ? copy.key.signedLink(clinicName?.trim() || 'your clinic')
              : deviceKey
                ? copy.key.signedUnlisted
                : copy.key.unsignedLink
          }
          signed={listed}
          copied={copied}
          onCopied={setCopied}
        />
      )}

      <SigningKey device={device} listed={listed} />

      {link && routine && (
        <Handout
          pose={pose}
          routine={routine}
          signedBy={listed && deviceKey ? deviceKey.label : null}
          made={today}
          link={link}
        />
      )}
    </div>
  )
}
