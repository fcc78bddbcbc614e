import { lazy, Suspense, useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import type { Routine } from '@/content/practice'
import { damagedAnswersNote, routineNotFound, unsavedNote } from '@/content/practiceCopy'
import { practiceHome } from '@/content/practiceHome'
import { providerOkNote } from '@/content/safety'
import type { AmbientSoundFiles } from '@/playback/useGuidedRun'
import type { PracticeStore } from '@/state/practice'
import { SourceCredit } from '@/ui/SourceCredit'
import { PracticeHeader } from './PracticeHeader'
import { RoutineList, WaitMessage } from './RoutineList'
import { SafetyCheck } from './SafetyCheck'
import './practice.css'

// The player (its run, howler and the body) loads once a routine is opened, so the safety check
// and the list of routines come up fast.
const RoutinePractice = lazy(() =>
  import('./RoutinePractice').then((m) => ({ default: m.RoutinePractice })),
)

interface PracticePageProps {
  /** A routine from a deep link (#/practice/<id>), if any. */
  readonly routineId?: string | undefined
  readonly routines: readonly Routine[]
  readonly files: AmbientSoundFiles
  readonly store: PracticeStore
  /** In a waiting room: Stop points to the front desk first. */
  readonly kiosk?: boolean
  readonly focusOnMount: boolean
}

/**
 * Practice at home: the safety check before the first practice, the routines, and a routine from
 * start to end. The hands-on routines open only when every safety answer is no.
 */
export function PracticePage({
  routineId,
  routines,
  files,
  store,
  kiosk = false,
  focusOnMount,
}: PracticePageProps) {
  const status = useStore(store, (s) => s.status())
  const safety = useStore(store, (s) => s.safety)
  const unsaved = useStore(store, (s) => s.unsaved)
  const damaged = useStore(store, (s) => s.loaded.safety === 'damaged')
  const heading = useRef<HTMLHeadingElement>(null)
  const checkHeading = useRef<HTMLHeadingElement>(null)
  const firstStatus = useRef(status)
  const cleared = Object.values(safety.answers).filter((a) => a === 'provider-ok').length

  const routine = routineId ? routines.find((r) => r.id === routineId) : undefined
  const missing = routineId !== undefined && !routine
  const check = status === 'ask' && (routine ? routine.touch : !missing)
  const routineOpen = routine && !check && !(routine.touch && status === 'wait')

  useEffect(() => {
    if (focusOnMount && !routineOpen) heading.current?.focus()
  }, [focusOnMount, routineOpen])
  // After the check is answered (or asked again), focus moves to what the screen shows next.
  useEffect(() => {
    if (firstStatus.current === status) return
    firstStatus.current = status
    if (status === 'ask') checkHeading.current?.focus()
    else if (!routineOpen) heading.current?.focus()
  }, [status, routineOpen])

  const notices = (
    <>
      {unsaved && (
        <p className="notice" role="status">
          {unsavedNote}
        </p>
      )}
      {damaged && status === 'ask' && (
        <p className="notice" role="status">
          {damagedAnswersNote}
        </p>
      )}
    </>
  )

  if (routine && routineOpen) {
    return (
      <div className="practice page">
        {notices}
        <Suspense fallback={<p className="route-loading">Opening {routine.title}…</p>}>
          <RoutinePractice
            key={routine.id}
            routine={routine}
            files={files}
            store={store}
            kiosk={kiosk}
            focusOnMount={focusOnMount}
          />
        </Suspense>
        <footer className="page-source">
          <SourceCredit of="practice" />
        </footer>
      </div>
    )
  }

  const restful = routines.filter((r) => !r.touch)
  return (
    <div className="practice page">
      <PracticeHeader
        eyebrow={routine ? practiceHome.title : practiceHome.eyebrow}
        title={missing ? routineNotFound.title : (routine?.title ?? practiceHome.title)}
        lead={missing ? routineNotFound.text : practiceHome.lead}
        headingRef={heading}
      />
      {notices}
      {check ? (
        <>
          <SafetyCheck
            initial={safety.answers}
            headingRef={checkHeading}
            onDone={(answers) => store.getState().answer(answers)}
          />
          {restful.length > 0 && (
            <aside className="practice-no-touch" aria-label="Without touch">
              <p>{practiceHome.noTouch}</p>
              <RoutineList routines={restful} locked={false} />
            </aside>
          )}
        </>
      ) : (
        <>
          {status === 'wait' && (
            <WaitMessage
              open={restful}
              headache={['yes', 'not-sure'].includes(safety.answers['headache-now'] ?? '')}
              onAskAgain={() => store.getState().askAgain()}
            />
          )}
          <section aria-labelledby="routines-title">
            <h2 id="routines-title" className="section-title">
              Choose a routine
            </h2>
            <RoutineList routines={routines} locked={status === 'wait'} />
          </section>
          <p className="practice-history-link">
            <a href="#/history">Your practice, reminders and what you have kept</a>
          </p>
          {status === 'clear' && (
            <p className="practice-answers">
              {practiceHome.checked} {cleared > 0 && `${providerOkNote(cleared)} `}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => store.getState().askAgain()}
              >
                {practiceHome.askAgain}
              </button>
            </p>
          )}
        </>
      )}
      <footer className="page-source">
        <SourceCredit of="practice" />
      </footer>
    </div>
  )
}
