import type { PracticeEntry } from './practiceLog'
import type { SafetyAnswers, SafetyStatus } from './safety'
import type { SavedRoutine } from './savedRoutines'
import type { LoadOutcome } from './storage'

/** The practice log as the store holds it. */
export interface PracticeLog {
  readonly entries: readonly PracticeEntry[]
}

/** What a file brings in, once merged: how many practices and routines are new, and already here. */
export interface ImportCount {
  readonly practices: number
  readonly routines: number
  readonly alreadyHere: number
}

export interface PracticeState {
  readonly safety: SafetyAnswers
  readonly log: PracticeLog
  /** Routines from links, newest first. */
  readonly saved: readonly SavedRoutine[]
  /** What was kept but could not be read: set aside, counted, offered in the export. */
  readonly unreadable: {
    readonly practices: readonly unknown[]
    readonly routines: readonly unknown[]
  }
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
  /** Keeps a practice; returns its id, for rating it afterward. */
  record(entry: Omit<PracticeEntry, 'id'>): string
  /** Sets the "after" rating of the practice with this id. */
  rateAfter(id: string, after: number | null): void
  /**
   * Keeps a routine from a therapist's link (already checked). Saving the same routine again
   * moves it to the top. Returns its id in Practice.
   */
  saveRoutine(code: string): string
  /** What importing these would add, without adding it. */
  countImport(entries: readonly PracticeEntry[], routines: readonly SavedRoutine[]): ImportCount
  /** Adds practices and routines from a file (a Stillpoint export), each once. */
  importData(entries: readonly PracticeEntry[], routines: readonly SavedRoutine[]): ImportCount
  /**
   * Reads everything again from storage: another window wrote (the `storage` event), or visitor
   * mode ended and the device's own storage is back.
   */
  reload(): void
  /** What this device kept but could not read, for the export: set aside, never lost. */
  couldNotRead(): {
    readonly practices: readonly unknown[]
    readonly routines: readonly unknown[]
    readonly damagedCopies: readonly string[]
  }
  /** Deletes every kept practice and rating from this device (the person asked to). */
  clearLog(): void
  /** Forgets a kiosk visitor's answers and practices (their storage is wiped beside it). */
  resetVisitor(): void
}
