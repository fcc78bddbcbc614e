import * as v from 'valibot'
import { createStore } from 'zustand/vanilla'
import { safetyQuestions } from '@/content/safety'
import { sharedRoutineId } from '@/content/sharedRoutine'
import { device } from './device'
import { askToKeepStorage } from './persistence'
import {
  MAX_ENTRIES,
  mergeEntries,
  mergeUnreadable,
  newPracticeId,
  type PracticeEntry,
  readEntry,
} from './practiceLog'
import type { ImportCount, PracticeLog, PracticeState } from './practiceState'
import {
  noSafetyAnswers,
  type SafetyAnswer,
  type SafetyAnswers,
  type SafetyStatus,
  safetyRecord,
  safetyStatus,
} from './safety'
import {
  MAX_SAVED_ROUTINES,
  mergeSaved,
  readSavedRoutine,
  type SavedRoutine,
  type StoredRoutines,
  savedRoutinesRecord,
} from './savedRoutines'
import {
  createStorage,
  type Loaded,
  listenForOtherWindows,
  type Record,
  readEach,
  type Storage,
} from './storage'

export type { ImportCount, PracticeEntry, PracticeLog, PracticeState, SavedRoutine }
export { MAX_ENTRIES, MAX_SAVED_ROUTINES, mergeSaved, savedRoutinesRecord }

/** The practice log as stored: each entry checked on its own when read (`practiceLog.ts`). */
interface StoredLog {
  readonly entries: readonly unknown[]
  /** Entries that could not be read, kept as they were (never shown, offered in the export). */
  readonly unreadable: readonly unknown[]
}

/** The practice log; kept on this device only. */
export const practiceLogRecord: Record<StoredLog> = {
  key: 'stillpoint:practice-log',
  version: 1,
  defaults: { entries: [], unreadable: [] },
  fields: {
    entries: v.array(v.unknown()),
    unreadable: v.array(v.unknown()),
  },
}

/** Everything the store keeps, as read from storage. */
interface Stored {
  readonly safety: Loaded<SafetyAnswers>
  readonly log: Loaded<StoredLog>
  readonly saved: Loaded<StoredRoutines>
}

/**
 * The home practice's store: safety answers, the practice log and saved routines, over a storage
 * module. The app makes one over localStorage; kiosk mode and tests make theirs over storage that
 * keeps nothing.
 *
 * Another window (a second tab, the installed app) may write the same keys. So every change reads
 * what is stored now, applies itself to that and writes the result: practices and routines merge
 * (by id, and by whole link), they are never replaced by one window's memory. `reload` brings in
 * what another window wrote.
 */
export function createPracticeStore(
  storage: Storage,
  nowMs: () => number = Date.now,
  /** Called when the first practice is kept (the app asks the browser to keep its storage). */
  onFirstPractice: () => void = () => undefined,
) {
  const read = (): Stored => ({
    safety: storage.load(safetyRecord),
    log: storage.load(practiceLogRecord),
    saved: storage.load(savedRoutinesRecord),
  })
  /** The store's state from what is stored, and whether reading it set any item aside. */
  const readStored = (stored: Stored) => {
    const log = readEach(stored.log.value.entries, readEntry)
    const saved = readEach(stored.saved.value.routines, readSavedRoutine)
    return {
      state: {
        safety: stored.safety.value,
        log: { entries: mergeEntries([], log.readable) },
        saved: mergeSaved([], saved.readable),
        unreadable: {
          practices: mergeUnreadable(stored.log.value.unreadable, log.unreadable),
          routines: mergeUnreadable(stored.saved.value.unreadable, saved.unreadable),
        },
      },
      setAside: { log: log.unreadable.length > 0, saved: saved.unreadable.length > 0 },
    }
  }
  const fromStored = (stored: Stored) => readStored(stored).state
  const first = read()
  const firstRead = readStored(first)
  return createStore<PracticeState>((set, get) => {
    /** What is stored now, or what this window holds when storage keeps nothing. */
    const current = () => {
      const stored = read()
      const usable = stored.log.outcome !== 'unavailable'
      return usable ? fromStored(stored) : get()
    }
    const writeLog = (entries: readonly PracticeEntry[], unreadable: readonly unknown[]) =>
      storage.save(practiceLogRecord, { entries, unreadable })
    const writeSaved = (routines: readonly SavedRoutine[], unreadable: readonly unknown[]) =>
      storage.save(savedRoutinesRecord, { routines, unreadable })
    const counted = (
      now: ReturnType<typeof current>,
      entries: readonly PracticeEntry[],
      routines: readonly SavedRoutine[],
    ): ImportCount => {
      const haveEntry = new Set(now.log.entries.map((e) => e.id))
      const haveRoutine = new Set(now.saved.map((r) => sharedRoutineId(r.code)))
      const newEntries = new Set(entries.filter((e) => !haveEntry.has(e.id)).map((e) => e.id))
      const newRoutines = new Set(
        routines.map((r) => sharedRoutineId(r.code)).filter((id) => !haveRoutine.has(id)),
      )
      const total = new Set(entries.map((e) => e.id)).size
      const totalRoutines = new Set(routines.map((r) => sharedRoutineId(r.code))).size
      return {
        practices: newEntries.size,
        routines: newRoutines.size,
        alreadyHere: total - newEntries.size + (totalRoutines - newRoutines.size),
      }
    }
    return {
      ...firstRead.state,
      loaded: {
        safety: first.safety.outcome,
        // A record read whole but with entries set aside is damaged too: the history says so.
        log: firstRead.setAside.log ? 'damaged' : first.log.outcome,
        saved: firstRead.setAside.saved ? 'damaged' : first.saved.outcome,
      },
      unsaved: false,
      status: () => safetyStatus(get().safety, safetyQuestions, nowMs()),
      answer(answers) {
        const next: SafetyAnswers = { answeredAt: nowMs(), answers }
        set({ safety: next, unsaved: !storage.save(safetyRecord, next) })
      },
      askAgain() {
        set({ safety: noSafetyAnswers, unsaved: !storage.save(safetyRecord, noSafetyAnswers) })
      },
      record(e) {
        const id = newPracticeId(e.at)
        const now = current()
        const entries = mergeEntries(now.log.entries, [{ ...e, id }])
        const ok = writeLog(entries, now.unreadable.practices)
        set({ ...now, log: { entries }, unsaved: !ok })
        if (ok && now.log.entries.length === 0) onFirstPractice()
        return id
      },
      rateAfter(id, after) {
        const now = current()
        const entries = now.log.entries.map((e) => (e.id === id ? { ...e, after } : e))
        const ok = writeLog(entries, now.unreadable.practices)
        set({ ...now, log: { entries }, unsaved: !ok })
      },
      saveRoutine(code) {
        const now = current()
        const routines = mergeSaved(now.saved, [{ code, savedAt: nowMs() }])
        const ok = writeSaved(routines, now.unreadable.routines)
        set({ ...now, saved: routines, unsaved: !ok })
        return sharedRoutineId(code)
      },
      countImport(entries, routines) {
        return counted(current(), entries, routines)
      },
      importData(entries, routines) {
        const now = current()
        const count = counted(now, entries, routines)
        const nextEntries = mergeEntries(now.log.entries, entries)
        const nextSaved = mergeSaved(now.saved, routines)
        const ok =
          writeLog(nextEntries, now.unreadable.practices) &&
          writeSaved(nextSaved, now.unreadable.routines)
        set({ ...now, log: { entries: nextEntries }, saved: nextSaved, unsaved: !ok })
        return count
      },
      clearLog() {
        storage.remove(practiceLogRecord.key)
        for (const key of storage.damagedKeys(practiceLogRecord.key)) storage.remove(key)
        set({
          log: { entries: [] },
          unreadable: { ...get().unreadable, practices: [] },
          unsaved: false,
        })
      },
      resetVisitor() {
        set({
          safety: noSafetyAnswers,
          log: { entries: [] },
          saved: [],
          unreadable: { practices: [], routines: [] },
          unsaved: false,
        })
      },
      couldNotRead() {
        return {
          ...get().unreadable,
          damagedCopies: [
            ...storage.damagedCopies(practiceLogRecord.key),
            ...storage.damagedCopies(savedRoutinesRecord.key),
          ],
        }
      },
      reload() {
        const stored = read()
        if (stored.log.outcome === 'unavailable') return
        set(fromStored(stored))
      },
    }
  })
}

export type PracticeStore = ReturnType<typeof createPracticeStore>

/** The app's practice store, over the browser's localStorage. */
export const practiceStore: PracticeStore = createPracticeStore(
  createStorage(device),
  Date.now,
  () => {
    if (!device.visitorMode()) void askToKeepStorage()
  },
)
device.onForget(() => practiceStore.getState().resetVisitor())
device.onRestore(() => practiceStore.getState().reload())
listenForOtherWindows([practiceLogRecord.key, savedRoutinesRecord.key, safetyRecord.key], () =>
  practiceStore.getState().reload(),
)

export type { SafetyAnswer, SafetyStatus }
