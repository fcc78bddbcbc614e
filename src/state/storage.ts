import * as v from 'valibot'

/** What happened when stored data was read. */
export type LoadOutcome =
  /** Read and valid. */
  | 'ok'
  /** Nothing stored yet: defaults, and nothing to tell the person. */
  | 'empty'
  /** Something was stored but could not be read in full: defaults for what was unreadable. */
  | 'damaged'
  /** The browser refuses storage (private mode, blocked, full): defaults, kept in memory only. */
  | 'unavailable'

export interface Loaded<T> {
  readonly value: T
  readonly outcome: LoadOutcome
}

/** A versioned record kept under one key. */
export interface Record<T extends object> {
  readonly key: string
  readonly version: number
  readonly defaults: T
  /** One schema per field, so a damaged field does not cost the person the others. */
  readonly fields: { readonly [K in keyof T]: v.GenericSchema<unknown, T[K]> }
}

const envelope = v.object({ version: v.number(), data: v.record(v.string(), v.unknown()) })

/** Where a damaged record's raw text is kept, so nothing the person had is thrown away. */
export const damagedKey = (key: string) => `${key}:damaged`

/**
 * The one place Stillpoint reads and writes persistent data. Reads are validated field by field
 * and never throw; writes report whether they were kept.
 */
export interface Storage {
  load<T extends object>(record: Record<T>): Loaded<T>
  save<T extends object>(record: Record<T>, value: T): boolean
  remove(key: string): void
  /** The keys holding damaged copies of `key`'s record, oldest first. */
  damagedKeys(key: string): string[]
  /** The damaged copies themselves, as they were stored. */
  damagedCopies(key: string): string[]
}

/** At most this many damaged copies of one record are kept; a later one never replaces them. */
const MAX_DAMAGED = 5
const damagedKeyAt = (key: string, n: number) =>
  n === 1 ? damagedKey(key) : `${damagedKey(key)}:${n}`

function safeGetItem(backend: globalThis.Storage | null, key: string): string | null | undefined {
  try {
    return backend ? backend.getItem(key) : undefined
  } catch {
    return undefined
  }
}

/** Creates the storage module over `backend` (`localStorage` in the app, `null` for none). */
export function createStorage(backend: globalThis.Storage | null): Storage {
  return {
    load<T extends object>(record: Record<T>): Loaded<T> {
      const raw = safeGetItem(backend, record.key)
      if (raw === undefined) return { value: record.defaults, outcome: 'unavailable' }
      if (raw === null) return { value: record.defaults, outcome: 'empty' }
      const value = { ...record.defaults }
      let damaged = false
      let data: { [k: string]: unknown } = {}
      try {
        const parsed = v.safeParse(envelope, JSON.parse(raw))
        if (parsed.success && parsed.output.version <= record.version) data = parsed.output.data
        else damaged = true
      } catch {
        damaged = true
      }
      for (const name of Object.keys(record.fields) as (keyof typeof value)[]) {
        if (!(name in data)) continue
        const schema: v.GenericSchema<unknown, T[typeof name]> = record.fields[name]
        const field = v.safeParse(schema, data[name as string])
        if (field.success) value[name] = field.output as T[typeof name]
        else damaged = true
      }
      if (damaged) {
        try {
          // Beside any copy kept before, never over it (the same text is kept once).
          for (let n = 1; n <= MAX_DAMAGED && backend; n++) {
            const there = backend.getItem(damagedKeyAt(record.key, n))
            if (there === raw) break
            if (there === null) {
              backend.setItem(damagedKeyAt(record.key, n), raw)
              break
            }
          }
        } catch {
          // Keeping the copy is a courtesy; the person still gets working defaults.
        }
      }
      return { value, outcome: damaged ? 'damaged' : 'ok' }
    },
    save(record, value) {
      try {
        if (!backend) return false
        backend.setItem(record.key, JSON.stringify({ version: record.version, data: value }))
        return true
      } catch {
        return false
      }
    },
    remove(key) {
      try {
        backend?.removeItem(key)
      } catch {
        // Nothing to do: storage that cannot be written holds nothing of ours.
      }
    },
    damagedKeys(key) {
      const keys: string[] = []
      for (let n = 1; n <= MAX_DAMAGED; n++) {
        const k = damagedKeyAt(key, n)
        if (safeGetItem(backend, k) == null) break
        keys.push(k)
      }
      return keys
    },
    damagedCopies(key) {
      return this.damagedKeys(key).flatMap((k) => safeGetItem(backend, k) ?? [])
    },
  }
}

/**
 * A stored list read item by item: the items `read` accepts, and the others, set aside exactly as
 * they were (so one bad item costs nothing else, and nothing is thrown away).
 */
export function readEach<T>(
  raw: readonly unknown[],
  read: (item: unknown) => T | null,
): { readonly readable: T[]; readonly unreadable: unknown[] } {
  const readable: T[] = []
  const unreadable: unknown[] = []
  for (const item of raw) {
    const value = read(item)
    if (value === null) unreadable.push(item)
    else readable.push(value)
  }
  return { readable, unreadable }
}

/**
 * Calls `changed` when another window of this site writes one of `keys` (or clears storage):
 * the browser's `storage` event, which fires in every other window of the same origin.
 */
export function listenForOtherWindows(keys: readonly string[], changed: () => void): void {
  if (typeof window === 'undefined') return
  window.addEventListener('storage', (e) => {
    if (e.key === null || keys.includes(e.key)) changed()
  })
}

/** `window.localStorage`, or null where the browser refuses even to hand it over. */
export function browserStorage(): globalThis.Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}
