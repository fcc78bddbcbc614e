import { useEffect, useRef } from 'react'
import { type Routine, routineMinutes } from '@/content/practice'
import { poseNote, tension, todayCheck } from '@/content/practiceCopy'
import { practiceReminder } from '@/content/safety'
import { Icon } from '@/ui/Icon'
import { TensionScale } from './TensionScale'

/** Getting ready: what the routine holds, the "before" rating, and Start once the run is ready. */
export function RoutineBefore({
  routine,
  before,
  ready,
  focusOnMount,
  onRate,
  onStart,
}: {
  readonly routine: Routine
  readonly before: number | null
  /** The run can start (its sound is set up). */
  readonly ready: boolean
  readonly focusOnMount: boolean
  readonly onRate: (value: number | null) => void
  readonly onStart: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  return (
    <section className="routine-before" aria-labelledby="routine-title">
      <p className="eyebrow">Practice at home</p>
      <h1 id="routine-title" ref={heading} tabIndex={-1}>
        {routine.title}
      </h1>
      <p className="lead">
        About {routineMinutes(routine)} minutes. {poseNote[routine.pose]}
      </p>
      <ol className="routine-steps">
        {routine.run.cues.map((s) => (
          <li key={s.id}>{s.title}</li>
        ))}
      </ol>
      <p className="reminder">{practiceReminder}</p>
      {routine.touch && <p className="today-check">{todayCheck}</p>}
      <TensionScale question={tension.before} value={before} onChange={onRate} />
      <div className="routine-start">
        <button
          type="button"
          className="button button-primary button-large"
          disabled={!ready}
          onClick={onStart}
        >
          <Icon name="play" />
          <span>{ready ? 'Start' : 'Getting ready…'}</span>
        </button>
        <a className="button button-quiet" href="#/practice">
          Choose another routine
        </a>
      </div>
    </section>
  )
}
