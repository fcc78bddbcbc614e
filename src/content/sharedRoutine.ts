import { parseIsoDate } from '@/lib/time'
import { checksum, hash64 } from './linkHash'
import type { RoutinePose } from './routine'
import { findLibraryStep } from './stepLibrary'

/**
 * A routine a clinician puts together from the library's steps, carried in a link (the URL
 * fragment, so it never reaches a server), a QR code or a printed handout.
 *
 * The link's text after `#/routine/` is, in version 2,
 * `2~steps~date~made~key~note~seal`:
 * - `2`: the format's version. A higher number is a link from a newer Stillpoint.
 * - `steps`: `stepId:holdSeconds`, comma-separated, in order (step ids are the library's).
 * - `date`: the next appointment, `YYYY-MM-DD`, or `-`.
 * - `made`: the day it was made, `YYYYMMDD`.
 * - `key`: the id of the clinic key that signed it (8 characters), or `-` when none did.
 * - `note`: the clinician's note, percent-encoded with `+` for a space (and `~` escaped).
 * - `seal`: with a key, its ECDSA P-256 signature of `stillpoint-routine:` and every field before
 *   this one (base64url, 86 characters); without, a checksum (FNV-1a, base 36) of those fields,
 *   which notices a link cut short or mistyped, and nothing more: anyone can make one.
 *   The seal comes last so the link ends in a letter or digit, never in a note's full stop that a
 *   mail app would leave out of the link.
 *
 * Version 1 (`1~steps~date~checksum~note`) links still open, as not signed.
 */
export const SHARED_ROUTINE_VERSION = 2
/** What a signature covers: this, then the link's text up to its seal. */
export const SIGNING_CONTEXT = 'stillpoint-routine:'
export const MAX_STEPS = 12
export const MIN_HOLD = 10
export const MAX_HOLD = 300
export const MAX_NOTE = 280
/** The longest hold a routine no clinic signed may ask for: the home limit (CONTENT.md). */
export const HOME_MAX_HOLD = 90

export interface SharedStep {
  readonly id: string
  readonly hold: number
}

/** A routine as a link carries it. */
export interface SharedRoutine {
  readonly steps: readonly SharedStep[]
  /** The next appointment, `YYYY-MM-DD`, when the clinician gave one. */
  readonly appointment: string | null
  /** The note, as written (see {@link cleanNote} for what is shown). */
  readonly note: string
}

/** A key's signature as a link carries it. */
export interface LinkSignature {
  /** The id of the key that signed it (see `keyIdOf`). */
  readonly keyId: string
  /** The signature, base64url. */
  readonly value: string
  /** What it signs: {@link SIGNING_CONTEXT} and the link's fields. */
  readonly text: string
}

export type SharedRoutineProblem =
  /** Not a routine link at all, or cut short, or mistyped (its checksum or form is wrong). */
  | 'damaged'
  /** Made by a newer Stillpoint than this one. */
  | 'newer'
  /** Names steps this version does not have, or mixes sitting and lying steps. */
  | 'unknown'

/** A link read and found well-formed: whether it can be trusted is checked apart (`routineTrust`). */
export interface RoutineLink {
  readonly routine: SharedRoutine
  /** The link's text, as this version writes it. */
  readonly code: string
  /** The day it was made, `YYYY-MM-DD` (version 2 links). */
  readonly made: string | null
  /** Present when a key signed it. */
  readonly signature: LinkSignature | null
}

export type DecodedRoutine =
  | ({ readonly ok: true } & RoutineLink)
  | { readonly ok: false; readonly problem: SharedRoutineProblem }

/**
 * A note as it may be shown: without control or format characters (a right-to-left override
 * could make a phone number read backwards; a zero-width one could hide a word), line breaks
 * kept, at most one empty line in a row.
 */
export function cleanNote(note: string): string {
  return note
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' ? c : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim()
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

/** A note in a link: percent-encoded, `+` for a space, no `~` (the fields' separator). */
const escapeNote = (note: string) =>
  encodeURIComponent(note).replace(/%20/g, '+').replace(/~/g, '%7E').replace(/%2C/g, ',')
const unescapeNote = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '))

const compactDay = (iso: string) => iso.replace(/-/g, '')
const isoDay = (compact: string) =>
  /^\d{8}$/.test(compact)
    ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}`
    : null

/**
 * A routine's fields as a link carries them, up to its seal: what a key signs (after
 * {@link SIGNING_CONTEXT}). `made` is the day, `YYYY-MM-DD`; `keyId` null when no key signs it.
 * Throws on a routine that cannot be carried.
 */
export function routineFields(routine: SharedRoutine, made: string, keyId: string | null): string {
  const problem = routineProblem(routine)
  if (problem) throw new Error(`This routine cannot be shared: ${problem}`)
  if (!parseIsoDate(made)) throw new Error('The day it was made is not a date')
  const steps = routine.steps.map((s) => `${s.id}:${s.hold}`).join(',')
  const date = routine.appointment ?? '-'
  return `${SHARED_ROUTINE_VERSION}~${steps}~${date}~${compactDay(made)}~${keyId ?? '-'}~${escapeNote(routine.note)}`
}

/** The link text for a routine no key signs. Throws on a routine that cannot be carried. */
export function encodeRoutine(routine: SharedRoutine, made: string): string {
  const fields = routineFields(routine, made, null)
  return `${fields}~${checksum(fields)}`
}

const damaged = { ok: false, problem: 'damaged' } as const

function parseSteps(text: string): SharedStep[] | null {
  const parsed: SharedStep[] = []
  for (const item of text.split(',')) {
    const m = /^([a-z0-9-]{1,60}):(\d{1,4})$/.exec(item)
    if (!m) return null
    parsed.push({ id: m[1] as string, hold: Number(m[2]) })
  }
  return parsed
}

/** The routine a link's steps, date and note fields carry, or why they carry none. */
function readFields(
  steps: string,
  date: string,
  rawNote: string,
  unescapeText: (text: string) => string,
): SharedRoutine | { readonly ok: false; readonly problem: SharedRoutineProblem } {
  let note: string
  try {
    note = unescapeText(rawNote)
  } catch {
    return damaged
  }
  const parsed = parseSteps(steps)
  if (!parsed) return damaged
  const routine: SharedRoutine = { steps: parsed, appointment: date === '-' ? null : date, note }
  const problem = routineProblem(routine)
  return problem ? { ok: false, problem } : routine
}

function decodeVersion1(parts: readonly string[]): DecodedRoutine {
  const [version, steps, date, check] = parts
  if (parts.length < 5 || steps === undefined || date === undefined || check === undefined)
    return damaged
  const rawNote = parts.slice(4).join('~')
  if (checksum(`${version}~${steps}~${date}~${rawNote}`) !== check) return damaged
  const routine = readFields(steps, date, rawNote, decodeURIComponent)
  if ('problem' in routine) return routine
  const note = encodeURIComponent(routine.note)
  return {
    ok: true,
    routine,
    code: `1~${steps}~${date}~${checksum(`1~${steps}~${date}~${note}`)}~${note}`,
    made: null,
    signature: null,
  }
}

/** Reads a link's text. Never throws: anything it cannot read whole is a problem, never half a routine. */
export function decodeRoutine(code: string): DecodedRoutine {
  if (typeof code !== 'string' || code.length > 4000) return damaged
  const parts = code.split('~')
  const [version] = parts
  if (version === undefined || !/^\d{1,4}$/.test(version)) return damaged
  if (Number(version) > SHARED_ROUTINE_VERSION) return { ok: false, problem: 'newer' }
  if (version === '1') return decodeVersion1(parts)
  if (version !== '2' || parts.length !== 7) return damaged
  const [, steps, date, madeText, keyId, rawNote, seal] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  const made = isoDay(madeText)
  if (!made || !parseIsoDate(made)) return damaged
  const signed = keyId !== '-'
  if (signed) {
    if (!/^[A-Za-z0-9_-]{8}$/.test(keyId) || !/^[A-Za-z0-9_-]{86}$/.test(seal)) return damaged
  } else if (checksum(parts.slice(0, 6).join('~')) !== seal) return damaged
  const routine = readFields(steps, date, rawNote, unescapeNote)
  if ('problem' in routine) return routine
  const fields = routineFields(routine, made, signed ? keyId : null)
  return {
    ok: true,
    routine,
    made,
    code: `${fields}~${signed ? seal : checksum(fields)}`,
    signature: signed ? { keyId, value: seal, text: `${SIGNING_CONTEXT}${fields}` } : null,
  }
}

/**
 * The id a saved routine goes by in Practice and the history: made from the whole link, so two
 * different routines never share one, and the same link opened twice is the same routine.
 */
export const sharedRoutineId = (code: string) => `shared-${hash64(code)}`
