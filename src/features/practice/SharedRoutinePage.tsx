import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { type Routine, timeSharedRoutine } from '@/content/practice'
import { sharedRoutineCopy as copy, unsavedNote } from '@/content/practiceCopy'
import { withTrustedHolds } from '@/content/routineOrigin'
import { cleanNote, decodeRoutine, HOME_MAX_HOLD, sharedRoutineId } from '@/content/sharedRoutine'
import { findLibraryStep } from '@/content/stepLibrary'
import { formatLongDay, parseIsoDate, spokenTime } from '@/lib/time'
import type { PracticeStore } from '@/state/practice'
import { originOf } from '@/state/routineTrust'
import { useAppState } from '@/state/useAppState'
import { RoutineList } from './RoutineList'
import { useRoutineTrust } from './useRoutineTrust'

const day = (iso: string | null) => {
  const date = iso ? parseIsoDate(iso) : null
  return date ? formatLongDay(date) : null
}

/**
 * Opening a routine's link: who it is from, as far as its signature shows, the routine, the note
 * and the next appointment, then save. A link that cannot be read whole, or whose signature does
 * not match, saves nothing and offers the standard routines instead.
 */
export function SharedRoutinePage({
  code,
  routines,
  store,
  kiosk,
  focusOnMount,
}: {
  readonly code: string
  /** The standard routines, offered when the link cannot be used. */
  readonly routines: readonly Routine[]
  readonly store: PracticeStore
  readonly kiosk: boolean
  readonly focusOnMount: boolean
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const savedHeading = useRef<HTMLParagraphElement>(null)
  const unsaved = useStore(store, (s) => s.unsaved)
  const clinicName = useAppState((s) => s.clinic.name)
  const [decoded] = useState(() => decodeRoutine(code))
  const [links] = useState(() => (decoded.ok ? [decoded] : []))
  const trust = useRoutineTrust(links)
  const id = decoded.ok ? sharedRoutineId(decoded.code) : null
  const alreadySaved = useStore(store, (s) =>
    id ? s.saved.some((r) => sharedRoutineId(r.code) === id) : false,
  )
  const [justSaved, setJustSaved] = useState(false)

  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  useEffect(() => {
    if (justSaved) savedHeading.current?.focus()
  }, [justSaved])

  const checked = decoded.ok ? trust?.get(decoded.code) : undefined
  if (decoded.ok && !checked) {
    return (
      <div className="practice page">
        <header className="practice-header">
          <h1 ref={heading} tabIndex={-1} aria-live="polite">
            {copy.checking}
          </h1>
        </header>
      </div>
    )
  }
  if (!decoded.ok || checked?.kind === 'refused') {
    const problem = copy.problems[decoded.ok ? 'refused' : decoded.problem]
    return (
      <div className="practice page">
        <header className="practice-header">
          <h1 ref={heading} tabIndex={-1}>
            {problem.title}
          </h1>
          <p className="lead">{problem.text}</p>
        </header>
        <RoutineList routines={routines} locked={false} />
      </div>
    )
  }

  const origin = originOf(checked ?? { kind: 'unverified' }, clinicName)
  const { routine, lowered } = withTrustedHolds(decoded.routine, origin)
  const note = cleanNote(routine.note)
  const appointment = day(routine.appointment)
  const made = day(decoded.made)
  const timed = timeSharedRoutine(decoded.routine, id ?? '', origin)
  return (
    <div className={`practice page shared-routine${origin.verified ? ' is-verified' : ''}`}>
      <header className="practice-header">
        <p className="eyebrow">{origin.verified ? copy.verified.eyebrow : copy.shared.eyebrow}</p>
        <h1 ref={heading} tabIndex={-1}>
          {origin.verified ? copy.verified.title(origin.clinic) : copy.shared.title}
        </h1>
        <p className="lead">
          {origin.verified ? copy.verified.lead(origin.clinic) : copy.shared.lead}
        </p>
        {origin.verified && made && (
          <p className="shared-origin">{copy.verified.signedBy(origin.keyLabel, made)}</p>
        )}
        {!origin.verified && made && <p className="shared-origin">{copy.shared.made(made)}</p>}
      </header>
      {note && (
        <figure className={`shared-note card${origin.verified ? '' : ' is-unchecked'}`}>
          <figcaption>
            {origin.verified ? copy.verified.noteLabel(origin.clinic) : copy.shared.noteLabel}
          </figcaption>
          <blockquote dir="auto">{note}</blockquote>
        </figure>
      )}
      {appointment && (
        <p className="shared-appointment">
          {copy.appointment}: <strong>{appointment}</strong>
        </p>
      )}
      {lowered && <p className="notice">{copy.shared.lowered}</p>}
      <ol className="shared-steps">
        {routine.steps.map((s) => (
          <li key={s.id}>
            <span className="shared-step-title">{findLibraryStep(s.id)?.script.title}</span>
            <span className="shared-step-hold">About {spokenTime(s.hold)}</span>
            {s.hold > HOME_MAX_HOLD && <span className="shared-step-long">{copy.longHold}</span>}
          </li>
        ))}
      </ol>
      <p className="field-hint">
        About {spokenTime(Math.max(1, Math.round(timed.run.duration / 60)) * 60)} in all.
        {kiosk && ` ${copy.kiosk}`}
      </p>
      {unsaved && (
        <p className="notice" role="status">
          {unsavedNote}
        </p>
      )}
      <div className="shared-actions">
        {alreadySaved && id ? (
          <>
            <p ref={savedHeading} tabIndex={-1} role="status" className="shared-saved">
              {justSaved ? copy.saved : copy.alreadySaved}
            </p>
            <a className="button button-primary" href={`#/practice/${id}`}>
              {copy.open}
            </a>
            <a className="button" href="#/practice">
              Practice at home
            </a>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                store.getState().saveRoutine(decoded.code)
                setJustSaved(true)
              }}
            >
              {copy.save}
            </button>
            <a className="button" href="#/practice">
              {copy.notNow}
            </a>
          </>
        )}
      </div>
    </div>
  )
}
