import { useEffect, useId, useRef, useState } from 'react'
import { clinicianCopy as copy } from '@/content/practiceCopy'
import type { RoutinePose } from '@/content/routine'
import { routineScripts } from '@/content/routines'
import {
  encodeRoutine,
  findLibraryStep,
  HOME_MAX_HOLD,
  MAX_HOLD,
  MAX_NOTE,
  MAX_STEPS,
  MIN_HOLD,
  type SharedRoutine,
  type SharedStep,
  stepLibrary,
} from '@/content/sharedRoutine'
import { localIsoDay, parseIsoDate, spokenTime } from '@/lib/time'
import { signRoutine } from '@/state/routineTrust'
import type { DeviceKey } from '@/state/signingKey'
import { useAppState } from '@/state/useAppState'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { Icon } from '@/ui/Icon'
import { QrCode } from '@/ui/QrCode'
import { Handout } from './Handout'
import { SigningKey, useDeviceKey } from './SigningKey'

const poses = [
  { value: 'seated', label: 'Sitting' },
  { value: 'lying', label: 'Lying down' },
] as const

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

const clampHold = (n: number) =>
  Math.min(MAX_HOLD, Math.max(MIN_HOLD, Math.round(Number.isFinite(n) ? n : MIN_HOLD)))

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

  // The library by the routine each step comes from, so two steps called "Settle" can be told apart.
  const groups = routineScripts
    .map((r) => ({
      routine: r.id,
      title: r.title,
      steps: stepLibrary.filter((s) => s.routine === r.id && s.pose === pose),
    }))
    .filter((g) => g.steps.length > 0)
  const full = steps.length >= MAX_STEPS
  const change = (next: readonly SharedStep[]) => {
    setSteps(next)
    setCopied(false)
  }
  // What is typed stays as typed until the field is left; the link always uses a hold in range.
  const setHold = (index: number, hold: number) =>
    change(steps.map((c, j) => (j === index ? { ...c, hold } : c)))
  const routineList = useRef<HTMLOListElement>(null)
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 } | null>(null)
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps]
    const [step] = next.splice(index, 1)
    if (step) next.splice(index + by, 0, step)
    change(next)
    if (step) setMoved({ id: step.id, by })
  }
  // Focus stays with the moved step: on the same arrow, or on the other one once it reaches the
  // top or the bottom (a button that turns disabled would drop focus to the page).
  useEffect(() => {
    if (!moved) return
    const item = routineList.current?.querySelector(`[data-step="${moved.id}"]`)
    const buttons = [...(item?.querySelectorAll<HTMLButtonElement>('[data-move]') ?? [])]
    const same = buttons.find((b) => b.dataset.move === String(moved.by))
    ;(same && !same.disabled ? same : buttons.find((b) => !b.disabled))?.focus()
    setMoved(null)
  }, [moved])
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
        <section className="clinician-library card" aria-labelledby={`${id}-library`}>
          <ChoiceGroup
            legend={copy.pose}
            value={pose}
            options={poses}
            onChange={(p) => {
              setPose(p)
              change([])
            }}
          />
          <h2 id={`${id}-library`}>{copy.library}</h2>
          {groups.map((group) => (
            <div key={group.routine} className="library-group">
              <h3>{group.title}</h3>
              <ul className="library-list">
                {group.steps.map((s) => {
                  const added = steps.some((c) => c.id === s.id)
                  return (
                    <li key={s.id} className="library-step">
                      <span className="library-step-title">{s.script.title}</span>
                      <span className="library-step-text">
                        {s.script.caption ?? s.script.spoken}
                      </span>
                      <button
                        type="button"
                        className="button"
                        disabled={added || full}
                        aria-label={`Add ${s.script.title} (${group.title})`}
                        onClick={() => change([...steps, { id: s.id, hold: s.script.hold }])}
                      >
                        <Icon name={added ? 'check' : 'plus'} />
                        <span aria-hidden="true">{added ? 'Added' : 'Add'}</span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </div>
          ))}
        </section>

        <section className="clinician-routine card" aria-labelledby={`${id}-chosen`}>
          <h2 id={`${id}-chosen`}>{copy.chosen}</h2>
          {steps.length > 0 && <p className="field-hint">{copy.holdHint}</p>}
          {steps.length === 0 ? (
            <p className="field-hint">{copy.none}</p>
          ) : (
            <ol className="chosen-list" ref={routineList}>
              {steps.map((s, i) => {
                const title = findLibraryStep(s.id)?.script.title ?? s.id
                return (
                  <li key={s.id} className="chosen-step" data-step={s.id}>
                    <span className="chosen-step-title">{title}</span>
                    <label className="field chosen-hold">
                      <span className="field-label">{copy.hold}</span>
                      <input
                        type="number"
                        inputMode="numeric"
                        min={MIN_HOLD}
                        max={MAX_HOLD}
                        step={5}
                        value={Number.isNaN(s.hold) ? '' : s.hold}
                        aria-label={`${copy.hold}: ${title}`}
                        onChange={(e) => setHold(i, e.target.valueAsNumber)}
                        onBlur={() => setHold(i, clampHold(s.hold))}
                      />
                    </label>
                    <span className="chosen-step-actions">
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={i === 0}
                        data-move="-1"
                        aria-label={`Move ${title} up`}
                        onClick={() => move(i, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={i === steps.length - 1}
                        data-move="1"
                        aria-label={`Move ${title} down`}
                        onClick={() => move(i, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={`Remove ${title}`}
                        onClick={() => change(steps.filter((_, j) => j !== i))}
                      >
                        <Icon name="close" />
                      </button>
                    </span>
                  </li>
                )
              })}
            </ol>
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
        <section className="clinician-share card" aria-labelledby={`${id}-share`}>
          <h2 id={`${id}-share`}>{copy.linkTitle}</h2>
          <p className={listed ? 'share-signed' : 'field-hint'}>
            {listed
              ? copy.key.signedLink(clinicName?.trim() || 'your clinic')
              : deviceKey
                ? copy.key.signedUnlisted
                : copy.key.unsignedLink}
          </p>
          <div className="share-grid">
            <QrCode text={link} label={copy.qrLabel} />
            <div className="share-actions">
              <label className="field">
                <span className="field-label">Link</span>
                <input
                  className="share-link"
                  readOnly
                  value={link}
                  onFocus={(e) => e.target.select()}
                />
              </label>
              <p className="share-buttons">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    void navigator.clipboard?.writeText(link).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    )
                  }}
                >
                  {copy.copy}
                </button>
                <button type="button" className="button" onClick={() => window.print()}>
                  {copy.print}
                </button>
                <a className="button button-quiet" href={`#/routine/${code}`}>
                  Open it here
                </a>
              </p>
              <p role="status" className="field-hint">
                {copied ? copy.copied : ''}
              </p>
            </div>
          </div>
        </section>
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
