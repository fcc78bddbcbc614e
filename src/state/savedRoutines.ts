import * as v from 'valibot'
import { decodeRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import type { Record } from './storage'

/** A routine from a link, saved: the link's text is what is kept. */
export interface SavedRoutine {
  readonly code: string
  /** When it was saved, milliseconds since the epoch. */
  readonly savedAt: number
}

/** At most this many routines from links are kept; the oldest go first. */
export const MAX_SAVED_ROUTINES = 10

export interface StoredRoutines {
  readonly routines: readonly unknown[]
  readonly unreadable: readonly unknown[]
}

/** Saved routines, each checked on read exactly as a link is checked on the way in. */
export const savedRoutinesRecord: Record<StoredRoutines> = {
  key: 'stillpoint:therapist-routines',
  version: 1,
  defaults: { routines: [], unreadable: [] },
  fields: {
    routines: v.array(v.unknown()),
    unreadable: v.array(v.unknown()),
  },
}

const savedSchema = v.object({
  code: v.pipe(
    v.string(),
    v.check((c) => decodeRoutine(c).ok),
  ),
  savedAt: v.pipe(v.number(), v.finite()),
})

/** One stored saved routine, or null when it no longer reads as a link. */
export function readSavedRoutine(item: unknown): SavedRoutine | null {
  const parsed = v.safeParse(savedSchema, item)
  return parsed.success ? parsed.output : null
}

/**
 * Saved routines from two places, each once (matched by their whole link, the latest save kept),
 * newest first, at most {@link MAX_SAVED_ROUTINES}.
 */
export function mergeSaved(a: readonly SavedRoutine[], b: readonly SavedRoutine[]): SavedRoutine[] {
  const byId = new Map<string, SavedRoutine>()
  for (const r of [...a, ...b]) {
    const id = sharedRoutineId(r.code)
    const had = byId.get(id)
    if (!had || r.savedAt > had.savedAt) byId.set(id, r)
  }
  return [...byId.values()].sort((x, y) => y.savedAt - x.savedAt).slice(0, MAX_SAVED_ROUTINES)
}
