import { parseIsoDate } from '@/lib/time'
import type { RoutinePose, RoutineScript, RoutineStepScript } from './routine'
import { routineScripts } from './routines'

/**
 * A routine a therapist puts together from the library's steps, carried in a link (the URL
 * fragment, so it never reaches a server), a QR code or a printed handout.
 *
 * The link's text after `#/routine/` is `1~steps~date~check~note`:
 * - `1`: the format's version. A higher number is a link from a newer Stillpoint.
 * - `steps`: `stepId:holdSeconds`, comma-separated, in order (step ids are the library's).
 * - `date`: the next appointment, `YYYY-MM-DD`, or `-`.
 * - `check`: a checksum (FNV-1a, base 36) of the other fields, so a truncated or altered link is
 *   refused rather than half-read.
 * - `note`: the therapist's note, percent-encoded, last so it may hold any character.
 */
export const SHARED_ROUTINE_VERSION = 1
export const MAX_STEPS = 12
export const MIN_HOLD = 10
export const MAX_HOLD = 300
export const MAX_NOTE = 280

/** A step of the library: where it comes from, and its script. */
export interface LibraryStep {
  readonly id: string
  /** The routine whose recorded clip this step plays. */
  readonly routine: string
  readonly pose: RoutinePose
  readonly touch: boolean
  readonly script: RoutineStepScript
}

/** Every step a therapist can choose, once each (steps shared by routines are listed once). */
export const stepLibrary: readonly LibraryStep[] = routineScripts.flatMap((r, i) =>
  r.steps
    .filter(
      (s) =>
        !routineScripts.slice(0, i).some((earlier) => earlier.steps.some((e) => e.id === s.id)),
    )
    .map((s) => ({ id: s.id, routine: r.id, pose: r.pose, touch: r.touch, script: s })),
)

export function findLibraryStep(id: string): LibraryStep | undefined {
  return stepLibrary.find((s) => s.id === id)
}

export interface SharedStep {
  readonly id: string
  readonly hold: number
}

/** A routine from a therapist, as the link carries it. */
export interface SharedRoutine {
  readonly steps: readonly SharedStep[]
  /** The next appointment, `YYYY-MM-DD`, when the therapist gave one. */
  readonly appointment: string | null
  readonly note: string
}

export type SharedRoutineProblem =
  /** Not a routine link at all, or cut short, or changed on the way. */
  | 'damaged'
  /** Made by a newer Stillpoint than this one. */
  | 'newer'
  /** Names steps this version does not have, or mixes sitting and lying steps. */
  | 'unknown'

export type DecodedRoutine =
  | { readonly ok: true; readonly routine: SharedRoutine; readonly code: string }
  | { readonly ok: false; readonly problem: SharedRoutineProblem }

/** FNV-1a over the text's UTF-16 units, as 7 base-36 digits at most. */
export function checksum(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** What is wrong with a routine, or null when it can be carried. */
export function routineProblem(routine: SharedRoutine): SharedRoutineProblem | null {
  const { steps, appointment, note } = routine
  if (steps.length < 1 || steps.length > MAX_STEPS) return 'damaged'
  if (appointment !== null && !parseIsoDate(appointment)) return 'damaged'
  if (note.length > MAX_NOTE) return 'damaged'
  if (new Set(steps.map((s) => s.id)).size !== steps.length) return 'damaged'
  const poses = new Set<RoutinePose>()
  for (const s of steps) {
    if (!Number.isInteger(s.hold) || s.hold < MIN_HOLD || s.hold > MAX_HOLD) return 'damaged'
    const step = findLibraryStep(s.id)
    if (!step) return 'unknown'
    poses.add(step.pose)
  }
  return poses.size === 1 ? null : 'unknown'
}

/** The link text for a routine (after `#/routine/`). Throws on a routine that cannot be carried. */
export function encodeRoutine(routine: SharedRoutine): string {
  const problem = routineProblem(routine)
  if (problem) throw new Error(`This routine cannot be shared: ${problem}`)
  const steps = routine.steps.map((s) => `${s.id}:${s.hold}`).join(',')
  const date = routine.appointment ?? '-'
  const note = encodeURIComponent(routine.note)
  const fields = `${SHARED_ROUTINE_VERSION}~${steps}~${date}~${note}`
  return `${SHARED_ROUTINE_VERSION}~${steps}~${date}~${checksum(fields)}~${note}`
}

/** Reads a link's text. Never throws: anything it cannot trust is a problem, never half a routine. */
export function decodeRoutine(code: string): DecodedRoutine {
  if (typeof code !== 'string' || code.length > 4000) return { ok: false, problem: 'damaged' }
  const parts = code.split('~')
  const [version, steps, date, check] = parts
  if (version === undefined || !/^\d{1,4}$/.test(version)) return { ok: false, problem: 'damaged' }
  if (Number(version) > SHARED_ROUTINE_VERSION) return { ok: false, problem: 'newer' }
  if (Number(version) !== SHARED_ROUTINE_VERSION || parts.length < 5) {
    return { ok: false, problem: 'damaged' }
  }
  const rawNote = parts.slice(4).join('~')
  if (steps === undefined || date === undefined || check === undefined) {
    return { ok: false, problem: 'damaged' }
  }
  if (checksum(`${version}~${steps}~${date}~${rawNote}`) !== check) {
    return { ok: false, problem: 'damaged' }
  }
  let note: string
  try {
    note = decodeURIComponent(rawNote)
  } catch {
    return { ok: false, problem: 'damaged' }
  }
  const parsed: SharedStep[] = []
  for (const item of steps.split(',')) {
    const m = /^([a-z0-9-]{1,60}):(\d{1,4})$/.exec(item)
    if (!m) return { ok: false, problem: 'damaged' }
    parsed.push({ id: m[1] as string, hold: Number(m[2]) })
  }
  const routine: SharedRoutine = {
    steps: parsed,
    appointment: date === '-' ? null : date,
    note,
  }
  const problem = routineProblem(routine)
  if (problem) return { ok: false, problem }
  return { ok: true, routine, code: encodeRoutine(routine) }
}

/** The id a saved routine goes by in Practice and the history. */
export const sharedRoutineId = (code: string) => `therapist-${code.split('~')[3] ?? ''}`

/** A shared routine as a routine script, ready to be timed by its steps' clips. */
export function sharedRoutineScript(routine: SharedRoutine, id: string): RoutineScript {
  const steps = routine.steps.map((s) => findLibraryStep(s.id)).filter((s) => s !== undefined)
  return {
    id,
    title: 'From your therapist',
    summary: routine.note || 'A routine your therapist put together for you.',
    pose: steps[0]?.pose ?? 'seated',
    touch: steps.some((s) => s.touch),
    steps: routine.steps.flatMap((s) => {
      const step = findLibraryStep(s.id)
      return step ? [{ ...step.script, hold: s.hold }] : []
    }),
  }
}
