import { useEffect, useRef } from 'react'
import type { Routine } from '@/content/practice'
import { callNow, endCopy, stopAnswers, tension } from '@/content/practiceCopy'
import { ClinicContact } from '@/ui/ClinicContact'
import { EmergencySigns } from '@/ui/EmergencySigns'
import type { Outcome } from './routineScreen'
import { StopGuidance } from './StopDialog'
import { TensionScale } from './TensionScale'

/**
 * The end of a practice: the "after" rating and the ways on; or, when it ended on a possible
 * warning sign, what to do now first, and nothing that invites going on.
 */
export function RoutineEnd({
  routine,
  outcome,
  after,
  kiosk,
  onRate,
  onAgain,
}: {
  readonly routine: Routine
  readonly outcome: Outcome
  readonly after: number | null
  readonly kiosk: boolean
  readonly onRate: (value: number | null) => void
  readonly onAgain: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const endedFor = stopAnswers.find((a) => a.id === outcome.reason)
  if (endedFor && !endedFor.canContinue) {
    return (
      <section className="routine-end routine-end-rest" aria-labelledby="end-title">
        <p className="eyebrow">{routine.title}</p>
        <h1 id="end-title" ref={heading} tabIndex={-1}>
          {endCopy.restTitle}
        </h1>
        <div className="stop-guidance">
          <StopGuidance answer={endedFor} kiosk={kiosk} />
        </div>
        {callNow(endedFor) ? (
          <p className="lead">{endCopy.waitForHelp}</p>
        ) : (
          <>
            <p className="lead">{endCopy.rest}</p>
            <EmergencySigns />
            <ClinicContact lead={endCopy.unwell} emergency={false} />
          </>
        )}
        <div className="routine-end-actions">
          <a className="button" href="#/">
            Back home
          </a>
        </div>
      </section>
    )
  }
  return (
    <section className="routine-end" aria-labelledby="end-title">
      <p className="eyebrow">{routine.title}</p>
      <h1 id="end-title" ref={heading} tabIndex={-1}>
        {endCopy.title}
      </h1>
      {!outcome.completed && (
        <>
          <p>{endCopy.stopped}</p>
          <ClinicContact lead={endCopy.unwell} />
        </>
      )}
      <p className="lead">{endCopy.slowly}</p>
      <TensionScale question={tension.after} value={after} onChange={onRate} />
      <div className="routine-end-actions">
        <button type="button" className="button button-primary" onClick={onAgain}>
          Practice again
        </button>
        <a className="button" href="#/practice">
          Choose another routine
        </a>
        <a className="button" href="#/history">
          Your practice
        </a>
        <a className="button button-quiet" href="#/">
          Back home
        </a>
      </div>
    </section>
  )
}
