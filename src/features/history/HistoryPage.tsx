import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { historyCopy } from '@/content/historyCopy'
import { unsavedNote } from '@/content/practiceCopy'
import { countOf, dateFormat } from '@/lib/time'
import type { PracticeStore } from '@/state/practice'
import { useAppState } from '@/state/useAppState'
import { Icon } from '@/ui/Icon'
import { Switch } from '@/ui/Switch'
import { Reminders } from './Reminders'
import { daysInARow, practiceMinutes, thisWeek, weeklyTension } from './summary'
import { TensionChart } from './TensionChart'
import { YourData } from './YourData'

const SHOWN = 12
const when = dateFormat({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
})

interface HistoryPageProps {
  readonly store: PracticeStore
  /** The routine's name for its id (routines can come and go; an unknown id shows as itself). */
  readonly titleOf: (routine: string) => string
  /** A typical routine's length in minutes, for the reminder's event. */
  readonly routineMinutes: number
  /** Kiosk mode: nothing is kept, so no reminders or files are offered. */
  readonly kiosk: boolean
  readonly focusOnMount: boolean
  readonly now?: () => number
}

/**
 * "Your practice": each practice kept on this device, this week in a sentence, tension before
 * and after over the last weeks, reminders, and the person's data to save or delete.
 */
export function HistoryPage({
  store,
  titleOf,
  routineMinutes,
  kiosk,
  focusOnMount,
  now = Date.now,
}: HistoryPageProps) {
  const entries = useStore(store, (s) => s.log.entries)
  const unsaved = useStore(store, (s) => s.unsaved)
  const streaks = useAppState((s) => s.settings.streaks)
  const setSetting = useAppState((s) => s.setSetting)
  const heading = useRef<HTMLHeadingElement>(null)
  const [showAll, setShowAll] = useState(false)
  const [deleted, setDeleted] = useState(false)
  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])

  const t = now()
  const week = thisWeek(entries, t)
  const inARow = daysInARow(entries, t)
  const newestFirst = [...entries].reverse()
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN)

  return (
    <div className="history page">
      <header className="history-header">
        <p className="eyebrow">{historyCopy.eyebrow}</p>
        <h1 ref={heading} tabIndex={-1}>
          {historyCopy.title}
        </h1>
        <p className="lead">{kiosk ? historyCopy.kiosk : historyCopy.lead}</p>
      </header>
      {unsaved && (
        <p className="notice" role="status">
          {unsavedNote}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {deleted ? historyCopy.deleted : ''}
      </p>

      <section className="history-week card" aria-labelledby="week-title">
        <h2 id="week-title">This week</h2>
        {week.practices > 0 ? (
          <p className="history-week-count">
            {countOf(week.practices, 'practice')}, {countOf(week.minutes, 'minute')}
          </p>
        ) : (
          <p>{historyCopy.weekNone}</p>
        )}
        {streaks && inARow > 0 && (
          <p className="history-streak">{countOf(inARow, 'day')} in a row</p>
        )}
        <Switch
          label={historyCopy.streaksLabel}
          hint={historyCopy.streaksHint}
          checked={streaks}
          onChange={(on) => setSetting('streaks', on)}
        />
        <p>
          <a className="button" href="#/practice">
            <Icon name="hand" />
            <span>Practice at home</span>
          </a>
        </p>
      </section>

      {entries.length === 0 ? (
        <p className="history-empty">{deleted ? historyCopy.deleted : historyCopy.empty}</p>
      ) : (
        <>
          <section className="history-chart" aria-labelledby="chart-title">
            <h2 id="chart-title">{historyCopy.chartTitle}</h2>
            <p className="field-hint">{historyCopy.chartNote}</p>
            <TensionChart weeks={weeklyTension(entries, t)} />
          </section>
          <section aria-labelledby="list-title">
            <h2 id="list-title">{historyCopy.listTitle}</h2>
            <ol className="history-list">
              {shown.map((e) => (
                <li key={e.id} className="history-item">
                  <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                  <span className="history-item-title">{titleOf(e.routine)}</span>
                  <span className="history-item-meta">
                    {countOf(practiceMinutes(e.seconds), 'minute')}
                    {!e.completed && ` · ${historyCopy.stoppedEarly}`}
                  </span>
                  <span className="history-item-tension">
                    Tension {e.before ?? '–'} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">then</span> {e.after ?? '–'}
                  </span>
                </li>
              ))}
            </ol>
            {!showAll && newestFirst.length > SHOWN && (
              <button type="button" className="button" onClick={() => setShowAll(true)}>
                Show all {newestFirst.length}
              </button>
            )}
          </section>
        </>
      )}

      {!kiosk && <Reminders minutes={routineMinutes} now={() => new Date(now())} />}

      {!kiosk && (
        <YourData
          store={store}
          entries={entries}
          titleOf={titleOf}
          now={now}
          onImported={() => setDeleted(false)}
          onDeleted={() => {
            setDeleted(true)
            heading.current?.focus()
          }}
        />
      )}
    </div>
  )
}
