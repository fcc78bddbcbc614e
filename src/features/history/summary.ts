import type { PracticeEntry } from '@/state/practice'

/** Midnight at the start of the local day holding `ms`. */
export function dayStart(ms: number): number {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

/** Midnight at the start of the local week (Monday) holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms)
  const back = (d.getDay() + 6) % 7
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime()
}

const addDays = (ms: number, days: number) => {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime()
}

/** Whole minutes practised, at least 1 for any practice that started. */
export const practiceMinutes = (seconds: number) =>
  seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0

export interface WeekSummary {
  readonly practices: number
  readonly minutes: number
}

/** This week's practices (Monday to now) and their minutes. */
export function thisWeek(entries: readonly PracticeEntry[], nowMs: number): WeekSummary {
  const from = weekStart(nowMs)
  const mine = entries.filter((e) => e.at >= from && e.at <= nowMs)
  return {
    practices: mine.length,
    minutes: mine.reduce((sum, e) => sum + practiceMinutes(e.seconds), 0),
  }
}

/**
 * Days in a row with at least one practice, counted back from today, or from yesterday when
 * today has none yet (a day is not lost before it is over).
 */
export function daysInARow(entries: readonly PracticeEntry[], nowMs: number): number {
  const days = new Set(entries.map((e) => dayStart(e.at)))
  let day = dayStart(nowMs)
  if (!days.has(day)) day = addDays(day, -1)
  let count = 0
  while (days.has(day)) {
    count++
    day = addDays(day, -1)
  }
  return count
}

export interface WeekTension {
  /** Monday of the week, local midnight. */
  readonly week: number
  readonly practices: number
  /** Mean rating, 0 to 10, of the practices rated; null when none was. */
  readonly before: number | null
  readonly after: number | null
}

const mean = (values: readonly number[]) =>
  values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10

/** Tension before and after, averaged per week, for the last `weeks` weeks (oldest first). */
export function weeklyTension(
  entries: readonly PracticeEntry[],
  nowMs: number,
  weeks = 8,
): readonly WeekTension[] {
  const current = weekStart(nowMs)
  return Array.from({ length: weeks }, (_, i) => {
    const week = addDays(current, -7 * (weeks - 1 - i))
    const end = addDays(week, 7)
    const mine = entries.filter((e) => e.at >= week && e.at < end)
    return {
      week,
      practices: mine.length,
      before: mean(mine.flatMap((e) => (e.before === null ? [] : [e.before]))),
      after: mean(mine.flatMap((e) => (e.after === null ? [] : [e.after]))),
    }
  })
}

/** A practice as exported: readable dates and the routine's name beside its id. */
export interface ExportedPractice {
  /** The practice's own id (version 2 on), so importing it twice adds it once. */
  readonly id: string
  /** When it started, milliseconds since the epoch (version 2 on; `date` says the same). */
  readonly at: number
  readonly date: string
  readonly routine: string
  readonly routineTitle: string
  readonly minutes: number
  readonly seconds: number
  readonly completed: boolean
  readonly tensionBefore: number | null
  readonly tensionAfter: number | null
}

const isoLocal = (ms: number) => {
  const d = new Date(ms)
  const p = (n: number) => String(n).padStart(2, '0')
  const offset = -d.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`
}

export function exportedPractices(
  entries: readonly PracticeEntry[],
  titleOf: (routine: string) => string,
): readonly ExportedPractice[] {
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    date: isoLocal(e.at),
    routine: e.routine,
    routineTitle: titleOf(e.routine),
    minutes: practiceMinutes(e.seconds),
    seconds: Math.round(e.seconds),
    completed: e.completed,
    tensionBefore: e.before,
    tensionAfter: e.after,
  }))
}

/** The export format's version; `importHistory.ts` reads this one and every earlier one. */
export const HISTORY_EXPORT_VERSION = 2

/** What else a JSON export carries beside the practices. */
export interface ExportExtras {
  /** Routines saved from links: their whole link, and when they were saved. */
  readonly routines?: readonly { readonly code: string; readonly savedAt: number }[]
  /** What this device kept but could not read: offered back as it was, never lost. */
  readonly couldNotRead?: {
    readonly practices: readonly unknown[]
    readonly routines: readonly unknown[]
    /** Whole records that could not be read at all, as the text that was stored. */
    readonly damagedCopies: readonly string[]
  }
}

/**
 * The history as JSON: versioned, so a later Stillpoint (or a clinic's tool) can read it. Its
 * JSON Schema is `practice-history.schema.json` beside this file; the README describes it.
 */
export function historyJson(
  entries: readonly PracticeEntry[],
  titleOf: (routine: string) => string,
  nowMs: number,
  extras: ExportExtras = {},
): string {
  const could = extras.couldNotRead
  const unread =
    could && could.practices.length + could.routines.length + could.damagedCopies.length > 0
  return `${JSON.stringify(
    {
      app: 'Stillpoint',
      kind: 'practice-history',
      version: HISTORY_EXPORT_VERSION,
      exported: isoLocal(nowMs),
      practices: exportedPractices(entries, titleOf),
      routines: (extras.routines ?? []).map((r) => ({ code: r.code, savedAt: r.savedAt })),
      ...(unread && { couldNotRead: could }),
    },
    null,
    2,
  )}\n`
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and kept from being read as
 * a formula by a spreadsheet (a routine's name can come from a link).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const csvColumns = [
  'date',
  'routine',
  'routine_title',
  'minutes',
  'completed',
  'tension_before',
  'tension_after',
] as const

/** The history as CSV (RFC 4180: CRLF line ends, a header row), for a spreadsheet. */
export function historyCsv(
  entries: readonly PracticeEntry[],
  titleOf: (routine: string) => string,
): string {
  const rows = exportedPractices(entries, titleOf).map((p) =>
    [p.date, p.routine, p.routineTitle, p.minutes, p.completed, p.tensionBefore, p.tensionAfter]
      .map(csvField)
      .join(','),
  )
  return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`
}
