import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { historyCopy } from '@/content/historyCopy'
import { unsavedNote } from '@/content/practiceCopy'
import { downloadText } from '@/lib/download'
import { countOf, dateFormat } from '@/lib/time'
import { storageKept } from '@/state/persistence'
import type { PracticeStore, SavedRoutine } from '@/state/practice'
import type { PracticeEntry } from '@/state/practiceLog'
import { useAppState } from '@/state/useAppState'
import { Dialog } from '@/ui/Dialog'
import { Icon } from '@/ui/Icon'
import { Switch } from '@/ui/Switch'
import {
  alignWithExisting,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  parseHistoryFile,
} from './importHistory'
import { Reminders } from './Reminders'
import {
  daysInARow,
  historyCsv,
  historyJson,
  practiceMinutes,
  thisWeek,
  weeklyTension,
} from './summary'
import { TensionChart } from './TensionChart'

const SHOWN = 12
const when = dateFormat({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
})
const fileDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

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
  const [confirming, setConfirming] = useState(false)
  const [deleted, setDeleted] = useState(false)
  const saved = useStore(store, (s) => s.saved)
  // Set aside when read (a bad entry, a whole record that could not be read): counted, never lost.
  const unreadable = useStore(store, (s) => s.unreadable)
  const notRead =
    unreadable.practices.length +
    unreadable.routines.length +
    store.getState().couldNotRead().damagedCopies.length
  const fileInput = useRef<HTMLInputElement>(null)
  const [incoming, setIncoming] = useState<{
    readonly entries: readonly PracticeEntry[]
    readonly routines: readonly SavedRoutine[]
    readonly skipped: number
  } | null>(null)
  const [importNote, setImportNote] = useState<
    | { readonly kind: 'done'; readonly text: string }
    | { readonly kind: 'problem'; readonly text: string }
    | null
  >(null)
  const [kept, setKept] = useState<'kept' | 'may-clear' | null>(null)
  // Asked again when the practices change: the first one kept asks the browser to keep them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: entries.length is the trigger
  useEffect(() => {
    if (kiosk) return
    let live = true
    void storageKept().then((k) => live && setKept(k))
    return () => {
      live = false
    }
  }, [kiosk, entries.length])
  const refuse = (problem: ImportProblem | 'unreadable') =>
    setImportNote({ kind: 'problem', text: historyCopy.importProblems[problem] })
  const chooseFile = async (file: File | undefined) => {
    setImportNote(null)
    if (!file) return
    // A file larger than any export is not read at all.
    if (file.size > MAX_IMPORT_BYTES) return refuse('too-big')
    let text: string
    try {
      text = await file.text()
    } catch {
      return refuse('unreadable')
    }
    const parsed = parseHistoryFile(text)
    if (!parsed.ok) return refuse(parsed.problem)
    setIncoming({
      entries: alignWithExisting(parsed.entries, store.getState().log.entries),
      routines: parsed.routines,
      skipped: parsed.skipped,
    })
  }
  const incomingCount = incoming
    ? store.getState().countImport(incoming.entries, incoming.routines)
    : null

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
        <section className="history-data card" aria-labelledby="data-title">
          <h2 id="data-title">{historyCopy.dataTitle}</h2>
          <p>
            {entries.length + saved.length + notRead > 0
              ? historyCopy.dataLead
              : historyCopy.dataLeadEmpty}
          </p>
          {notRead > 0 && <p className="notice">{historyCopy.unreadable(notRead)}</p>}
          <div className="history-data-actions">
            {entries.length + saved.length + notRead > 0 && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadText(
                    `stillpoint-practice-${fileDate(now())}.json`,
                    'application/json',
                    historyJson(entries, titleOf, now(), {
                      routines: saved,
                      couldNotRead: store.getState().couldNotRead(),
                    }),
                  )
                }
              >
                Save as JSON
              </button>
            )}
            {entries.length > 0 && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadText(
                    `stillpoint-practice-${fileDate(now())}.csv`,
                    'text/csv;charset=utf-8',
                    historyCsv(entries, titleOf),
                  )
                }
              >
                Save as CSV (spreadsheet)
              </button>
            )}
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              {historyCopy.importButton}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                void chooseFile(e.target.files?.[0])
                e.target.value = ''
              }}
            />
            {entries.length > 0 && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setConfirming(true)}
              >
                Delete everything
              </button>
            )}
          </div>
          <p className={importNote?.kind === 'problem' ? 'form-error' : 'field-hint'} role="status">
            {importNote?.text ?? ''}
          </p>
          {kept && (
            <p className="field-hint">
              {kept === 'kept' ? historyCopy.kept : historyCopy.mayClear}
            </p>
          )}
        </section>
      )}

      <Dialog
        open={incoming !== null}
        title={historyCopy.importTitle}
        onClose={() => setIncoming(null)}
      >
        <p>
          {incomingCount && incoming && incomingCount.practices + incomingCount.routines > 0
            ? historyCopy.importWill(
                incomingCount.practices,
                incomingCount.routines,
                incomingCount.alreadyHere,
                incoming.skipped,
              )
            : historyCopy.importNothingNew}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setIncoming(null)}>
            {historyCopy.importNo}
          </button>
          {incomingCount && incomingCount.practices + incomingCount.routines > 0 && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                if (!incoming) return
                const added = store.getState().importData(incoming.entries, incoming.routines)
                setIncoming(null)
                setDeleted(false)
                setImportNote({
                  kind: 'done',
                  text: historyCopy.imported(added.practices, added.routines),
                })
              }}
            >
              {historyCopy.importYes}
            </button>
          )}
        </div>
      </Dialog>

      <Dialog
        open={confirming}
        title={historyCopy.deleteTitle}
        onClose={() => setConfirming(false)}
      >
        <p>{historyCopy.deleteText}</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setConfirming(false)}
          >
            Keep my history
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              store.getState().clearLog()
              setConfirming(false)
              setDeleted(true)
              heading.current?.focus()
            }}
          >
            Delete it all
          </button>
        </div>
      </Dialog>
    </div>
  )
}
