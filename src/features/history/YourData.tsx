import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { historyCopy } from '@/content/historyCopy'
import { downloadText } from '@/lib/download'
import { storageKept } from '@/state/persistence'
import type { PracticeStore, SavedRoutine } from '@/state/practice'
import type { PracticeEntry } from '@/state/practiceLog'
import { Dialog } from '@/ui/Dialog'
import {
  alignWithExisting,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  parseHistoryFile,
} from './importHistory'
import { historyCsv, historyJson } from './summary'

const fileDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * "Your data": the person's practices and routines to save as a file (JSON or CSV), to bring in
 * from a file (counted and confirmed first), or to delete (confirmed), and whether the browser
 * promises to keep them.
 */
export function YourData({
  store,
  entries,
  titleOf,
  now,
  onImported,
  onDeleted,
}: {
  readonly store: PracticeStore
  readonly entries: readonly PracticeEntry[]
  readonly titleOf: (routine: string) => string
  readonly now: () => number
  readonly onImported: () => void
  /** Everything was deleted: the page says so and takes focus. */
  readonly onDeleted: () => void
}) {
  const [confirming, setConfirming] = useState(false)
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
    let live = true
    void storageKept().then((k) => live && setKept(k))
    return () => {
      live = false
    }
  }, [entries.length])
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

  return (
    <>
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
          <p className="field-hint">{kept === 'kept' ? historyCopy.kept : historyCopy.mayClear}</p>
        )}
      </section>

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
                onImported()
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
              onDeleted()
            }}
          >
            Delete it all
          </button>
        </div>
      </Dialog>
    </>
  )
}
