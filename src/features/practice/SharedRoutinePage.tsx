import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { type Routine, timeSharedRoutine } from '@/content/practice'
import { sharedRoutineCopy as copy, unsavedNote } from '@/content/practiceCopy'
import { decodeRoutine, findLibraryStep, sharedRoutineId } from '@/content/sharedRoutine'
import { formatLongDay, parseIsoDate, spokenTime } from '@/lib/time'
import type { PracticeStore } from '@/state/practice'
import { RoutineList } from './RoutineList'

/**
 * Opening a therapist's link: the routine, its note and the next appointment, then save. A link
 * that cannot be trusted (cut short, changed, from a newer version) saves nothing and offers the
 * standard routines instead.
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
  const [decoded] = useState(() => decodeRoutine(code))
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

  if (!decoded.ok) {
    const problem = copy.problems[decoded.problem]
    return (
      <div className="practice page">
        <header className="practice-header">
          <p className="eyebrow">{copy.eyebrow}</p>
          <h1 ref={heading} tabIndex={-1}>
            {problem.title}
          </h1>
          <p className="lead">{problem.text}</p>
        </header>
        <RoutineList routines={routines} locked={false} />
      </div>
    )
  }

  const { routine } = decoded
  const appointment = routine.appointment ? parseIsoDate(routine.appointment) : null
  const timed = timeSharedRoutine(routine, id ?? '')
  return (
    <div className="practice page shared-routine">
      <header className="practice-header">
        <p className="eyebrow">{copy.eyebrow}</p>
        <h1 ref={heading} tabIndex={-1}>
          {copy.title}
        </h1>
        <p className="lead">{copy.lead}</p>
      </header>
      {routine.note && (
        <figure className="shared-note card">
          <figcaption>{copy.noteLabel}</figcaption>
          <blockquote>{routine.note}</blockquote>
        </figure>
      )}
      {appointment && (
        <p className="shared-appointment">
          {copy.appointment}: <strong>{formatLongDay(appointment)}</strong>
        </p>
      )}
      <ol className="shared-steps">
        {routine.steps.map((s) => (
          <li key={s.id}>
            <span className="shared-step-title">{findLibraryStep(s.id)?.script.title}</span>
            <span className="shared-step-hold">About {spokenTime(s.hold)}</span>
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
              {justSaved ? copy.saved : 'You have saved this routine.'}
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
