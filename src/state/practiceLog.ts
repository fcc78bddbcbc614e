import * as v from 'valibot'

/** One home practice, as kept on this device. */
export interface PracticeEntry {
  /**
   * Names this practice wherever it goes (another window, an export, another device), so merging
   * never counts it twice. Practices kept before ids existed get one from when they started and
   * their routine.
   */
  readonly id: string
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

/** At most this many practices are kept; the oldest go first (about 1.3 MB of storage). */
export const MAX_ENTRIES = 12_000

const rating = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)))
const entrySchema = v.object({
  id: v.optional(v.pipe(v.string(), v.regex(/^[\w:.-]{1,60}$/))),
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  routine: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  seconds: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(24 * 3600)),
  completed: v.boolean(),
  before: rating,
  after: rating,
})

/** The id a practice kept before ids existed goes by: when it started, and its routine. */
export const legacyId = (at: number, routine: string) =>
  `p-${Math.round(at).toString(36)}-${routine.replace(/[^\w.-]/g, '_').slice(0, 40)}`

/** A new practice's id: when it started and a random part (two windows may start together). */
export function newPracticeId(at: number): string {
  const random = new Uint32Array(2)
  crypto.getRandomValues(random)
  return `p-${Math.round(at).toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`
}

/** One stored or imported practice, or null when it cannot be read. */
export function readEntry(raw: unknown): PracticeEntry | null {
  const parsed = v.safeParse(entrySchema, raw)
  if (!parsed.success) return null
  const { id, ...rest } = parsed.output
  return { id: id ?? legacyId(rest.at, rest.routine), ...rest }
}

/** Of two copies of one practice, the one that knows more (a rating given after it ended). */
function fuller(a: PracticeEntry, b: PracticeEntry): PracticeEntry {
  const score = (e: PracticeEntry) =>
    (e.after !== null ? 2 : 0) + (e.before !== null ? 1 : 0) + (e.completed ? 1 : 0)
  if (score(b) !== score(a)) return score(b) > score(a) ? b : a
  return b.seconds > a.seconds ? b : a
}

/**
 * Practices from two places (this window and another, or this device and a file), each once:
 * matched by id, the fuller copy kept, oldest first, at most {@link MAX_ENTRIES} (the newest).
 */
export function mergeEntries(
  a: readonly PracticeEntry[],
  b: readonly PracticeEntry[],
): PracticeEntry[] {
  const byId = new Map<string, PracticeEntry>()
  for (const e of [...a, ...b]) {
    const had = byId.get(e.id)
    byId.set(e.id, had ? fuller(had, e) : e)
  }
  return [...byId.values()]
    .sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(-MAX_ENTRIES)
}

/** Unreadable entries from two places, each once (compared as JSON). */
export function mergeUnreadable(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set<string>()
  const out: unknown[] = []
  for (const item of [...a, ...b]) {
    const key = JSON.stringify(item) ?? 'undefined'
    if (seen.has(key)) continue
    seen.add(key)
    out.push(item)
  }
  return out.slice(-1000)
}
