import { type Routine, routineMinutes } from '@/content/practice'
import { practiceWait } from '@/content/safety'
import { ClinicContact } from '@/ui/ClinicContact'
import { Icon } from '@/ui/Icon'

const poseWords = { seated: 'sitting', lying: 'lying down' } as const

/**
 * The routines to choose from. When the safety answers say "check with your provider first",
 * the hands-on routines stay in view but closed, with the reason beside them.
 */
export function RoutineList({
  routines,
  locked,
}: {
  readonly routines: readonly Routine[]
  readonly locked: boolean
}) {
  return (
    <ul className="routine-list">
      {routines.map((r) => {
        const closed = locked && r.touch
        const body = (
          <>
            <span className="routine-card-title">{r.title}</span>
            <span className="routine-card-summary">{r.summary}</span>
            <span className="routine-card-meta">
              About {routineMinutes(r)} minutes · {poseWords[r.pose]} ·{' '}
              {r.touch ? `${r.run.cues.length} steps` : 'no touch'}
            </span>
            {closed && <span className="routine-card-closed">After you talk to your provider</span>}
          </>
        )
        return (
          <li key={r.id}>
            {closed ? (
              <div className="routine-card card is-closed">{body}</div>
            ) : (
              <a className="routine-card card" href={`#/practice/${r.id}`}>
                {body}
                <span className="routine-card-go">
                  <Icon name="arrow" />
                </span>
              </a>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** The kind message when an answer was yes or not sure: who to ask, and what can be done now. */
export function WaitMessage({
  open,
  headache = false,
  onAskAgain,
}: {
  /** The routines that stay open (no touch). */
  readonly open: readonly Routine[]
  /** A bad headache now was a yes or a not sure: a sudden, very bad one is an emergency. */
  readonly headache?: boolean
  readonly onAskAgain: () => void
}) {
  return (
    <section className="wait-message card" aria-labelledby="wait-title">
      <h2 id="wait-title">{practiceWait.title}</h2>
      {headache && <p className="stop-emergency">{practiceWait.headache}</p>}
      <p>{practiceWait.text}</p>
      <ClinicContact />
      <ul className="wait-options">
        {open.map((r) => (
          <li key={r.id}>
            <a className="button button-primary" href={`#/practice/${r.id}`}>
              {r.title}
            </a>
          </li>
        ))}
        <li>
          <a className="button" href="#/preview">
            Preview a session
          </a>
        </li>
        <li>
          <a className="button" href="#/learn">
            Learn about CST
          </a>
        </li>
      </ul>
      <p>
        <button type="button" className="button button-quiet" onClick={onAskAgain}>
          My answers have changed: ask me again
        </button>
      </p>
    </section>
  )
}
