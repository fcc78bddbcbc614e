import { decodeRoutine } from '@/content/sharedRoutine'
import type { SavedRoutine } from '@/state/practice'
import { legacyId, type PracticeEntry, readEntry } from '@/state/practiceLog'
import { HISTORY_EXPORT_VERSION } from './summary'

/** Larger than any history Stillpoint writes (12,000 practices is about 3 MB): not read at all. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

export type ImportProblem =
  /** Larger than any file Stillpoint saves. */
  | 'too-big'
  /** Not JSON (a CSV, a cut-short file, something else). */
  | 'not-json'
  /** JSON, but not a history Stillpoint saved. */
  | 'not-stillpoint'
  /** Saved by a newer Stillpoint. */
  | 'newer'
  /** A Stillpoint history with nothing in it that can be read. */
  | 'empty'

export type ParsedImport =
  | {
      readonly ok: true
      readonly entries: readonly PracticeEntry[]
      readonly routines: readonly SavedRoutine[]
      /** Items in the file that could not be read, left out. */
      readonly skipped: number
    }
  | { readonly ok: false; readonly problem: ImportProblem }

const isObject = (x: unknown): x is { readonly [k: string]: unknown } =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** A practice as a file of this version or an earlier one writes it. */
function importedPractice(raw: unknown): PracticeEntry | null {
  if (!isObject(raw)) return null
  // Version 1 had no `at` or `id`: the local time with its offset (to the minute) stands for it.
  const at = typeof raw.at === 'number' ? raw.at : Date.parse(String(raw.date))
  if (!Number.isFinite(at)) return null
  return readEntry({
    id: typeof raw.id === 'string' ? raw.id : legacyId(at, String(raw.routine)),
    at,
    routine: raw.routine,
    seconds: typeof raw.seconds === 'number' ? raw.seconds : Number(raw.minutes) * 60,
    completed: raw.completed,
    before: raw.tensionBefore ?? null,
    after: raw.tensionAfter ?? null,
  })
}

function importedRoutine(raw: unknown): SavedRoutine | null {
  if (!isObject(raw) || typeof raw.code !== 'string') return null
  const decoded = decodeRoutine(raw.code)
  const savedAt = typeof raw.savedAt === 'number' && Number.isFinite(raw.savedAt) ? raw.savedAt : 0
  return decoded.ok ? { code: decoded.code, savedAt } : null
}

/**
 * Reads a file that Stillpoint's "Save as JSON" wrote (this version or an earlier one). Anything
 * else is refused whole, with the reason; nothing in it is half-read.
 */
export function parseHistoryFile(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-big' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not-json' }
  }
  if (!isObject(raw) || raw.app !== 'Stillpoint' || raw.kind !== 'practice-history')
    return { ok: false, problem: 'not-stillpoint' }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
    return { ok: false, problem: 'not-stillpoint' }
  if (raw.version > HISTORY_EXPORT_VERSION) return { ok: false, problem: 'newer' }
  if (!Array.isArray(raw.practices)) return { ok: false, problem: 'not-stillpoint' }
  const routinesRaw = Array.isArray(raw.routines) ? raw.routines : []
  const entries = raw.practices.map(importedPractice)
  const routines = routinesRaw.map(importedRoutine)
  const good = {
    entries: entries.filter((e): e is PracticeEntry => e !== null),
    routines: routines.filter((r): r is SavedRoutine => r !== null),
  }
  if (good.entries.length + good.routines.length === 0) return { ok: false, problem: 'empty' }
  return {
    ok: true,
    ...good,
    skipped: entries.length - good.entries.length + routines.length - good.routines.length,
  }
}

/**
 * A version 1 file gives times to the minute: a practice already on this device that started in
 * the same minute, with the same routine, is the same practice, and keeps its own id.
 */
export function alignWithExisting(
  imported: readonly PracticeEntry[],
  existing: readonly PracticeEntry[],
): PracticeEntry[] {
  const byMinute = new Map(existing.map((e) => [`${Math.floor(e.at / 60_000)}|${e.routine}`, e]))
  return imported.map((e) => {
    if (!e.id.startsWith('p-') || e.at % 60_000 !== 0) return e
    const same = byMinute.get(`${Math.floor(e.at / 60_000)}|${e.routine}`)
    return same ? { ...e, id: same.id, at: same.at } : e
  })
}
