import * as v from 'valibot'
import { createStore } from 'zustand/vanilla'
import { safetyQuestions } from '@/content/safety'
import { decodeRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import { device } from './device'
import {
  noSafetyAnswers,
  type SafetyAnswer,
  type SafetyAnswers,
  type SafetyStatus,
  safetyRecord,
  safetyStatus,
} from './safety'
import { createStorage, damagedKey, type LoadOutcome, type Record, type Storage } from './storage'

/** One home practice, as kept on this device (the history of issue 13 builds on these). */
export interface PracticeEntry {
  /** When it started, milliseconds since the epoch. */
  readonly at: number
  readonly routine: string
  /** Seconds of the routine that were practised (played), not wall time. */
  readonly seconds: number
  /** Whether the routine was played to its end (false: stopped early). */
  readonly completed: boolean
  /** "How tense…", 0 to 10, before and after; null when skipped. */
  readonly before: number | null
  readonly after: number | null
}

export interface PracticeLog {
  readonly entries: readonly PracticeEntry[]
}

/** At most this many practices are kept; the oldest go first. */
export const MAX_ENTRIES = 500

const rating = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)))
const entry = v.object({
  at: v.pipe(v.number(), v.finite()),
  routine: v.pipe(v.string(), v.maxLength(80)),
  seconds: v.pipe(v.number(), v.finite(), v.minValue(0)),
  completed: v.boolean(),
  before: rating,
  after: rating,
})

/** The practice log, validated on read like every record; kept on this device only. */
export const practiceLogRecord: Record<PracticeLog> = {
  key: 'stillpoint:practice-log',
  version: 1,
  defaults: { entries: [] },
  fields: {
    entries: v.array(entry) as v.GenericSchema<unknown, readonly PracticeEntry[]>,
  },
}

/** A routine from a therapist, saved from its link: the link's text is what is kept. */
export interface SavedRoutine {
  readonly code: string
  /** When it was saved, milliseconds since the epoch. */
  readonly savedAt: number
}

/** At most this many routines from a therapist are kept; the oldest go first. */
export const MAX_SAVED_ROUTINES = 10

/** Saved routines, each checked on read exactly as a link is checked on the way in. */
export const savedRoutinesRecord: Record<{ readonly routines: readonly SavedRoutine[] }> = {
  key: 'stillpoint:therapist-routines',
  version: 1,
  defaults: { routines: [] },
  fields: {
    routines: v.array(
      v.object({
        code: v.pipe(
          v.string(),
          v.check((c) => decodeRoutine(c).ok),
        ),
        savedAt: v.pipe(v.number(), v.finite()),
      }),
    ) as v.GenericSchema<unknown, readonly SavedRoutine[]>,
  },
}

export interface PracticeState {
  readonly safety: SafetyAnswers
  readonly log: PracticeLog
  /** Routines from a therapist, newest first. */
  readonly saved: readonly SavedRoutine[]
  /** How the saved answers, log and routines were found at start-up. */
  readonly loaded: {
    readonly safety: LoadOutcome
    readonly log: LoadOutcome
    readonly saved: LoadOutcome
  }
  /**
   * The last change could not be kept on this device (storage refused): it holds for this visit
   * only, and the screen says so.
   */
  readonly unsaved: boolean
  /** What the answers allow now. */
  status(): SafetyStatus
  /** Keeps a completed safety check, dated now. */
  answer(answers: SafetyAnswers['answers']): void
  /** Forgets the answers so the check is asked again (the person chose to). */
  askAgain(): void
  /** Keeps a practice; returns its index, for rating it afterwards. */
  record(entry: PracticeEntry): number
  /** Sets the "after" rating of the practice at `index`. */
  rateAfter(index: number, after: number | null): void
  /**
   * Keeps a routine from a therapist's link (already checked). Saving the same routine again
   * moves it to the top. Returns its id in Practice.
   */
  saveRoutine(code: string): string
  /** Deletes every kept practice and rating from this device (the person asked to). */
  clearLog(): void
  /** Forgets a kiosk visitor's answers and practices (their storage is wiped beside it). */
  resetVisitor(): void
}

/**
 * The home practice's store: safety answers and the practice log, over a storage module. The app
 * makes one over localStorage; kiosk mode and tests make theirs over storage that keeps nothing.
 */
export function createPracticeStore(storage: Storage, nowMs: () => number = Date.now) {
  const safety = storage.load(safetyRecord)
  const log = storage.load(practiceLogRecord)
  const saved = storage.load(savedRoutinesRecord)
  return createStore<PracticeState>((set, get) => ({
    safety: safety.value,
    log: log.value,
    saved: saved.value.routines,
    loaded: { safety: safety.outcome, log: log.outcome, saved: saved.outcome },
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
      const entries = [...get().log.entries, e].slice(-MAX_ENTRIES)
      const next = { entries }
      set({ log: next, unsaved: !storage.save(practiceLogRecord, next) })
      return entries.length - 1
    },
    saveRoutine(code) {
      const id = sharedRoutineId(code)
      const routines = [
        { code, savedAt: nowMs() },
        ...get().saved.filter((r) => sharedRoutineId(r.code) !== id),
      ].slice(0, MAX_SAVED_ROUTINES)
      set({ saved: routines, unsaved: !storage.save(savedRoutinesRecord, { routines }) })
      return id
    },
    clearLog() {
      storage.remove(practiceLogRecord.key)
      storage.remove(damagedKey(practiceLogRecord.key))
      set({ log: { entries: [] }, unsaved: false })
    },
    resetVisitor() {
      set({ safety: noSafetyAnswers, log: { entries: [] }, saved: [], unsaved: false })
    },
    rateAfter(index, after) {
      const entries = get().log.entries.map((e, i) => (i === index ? { ...e, after } : e))
      const next = { entries }
      set({ log: next, unsaved: !storage.save(practiceLogRecord, next) })
    },
  }))
}

export type PracticeStore = ReturnType<typeof createPracticeStore>

/** The app's practice store, over the browser's localStorage. */
export const practiceStore: PracticeStore = createPracticeStore(createStorage(device))
device.onForget(() => practiceStore.getState().resetVisitor())

export type { SafetyAnswer, SafetyStatus }
