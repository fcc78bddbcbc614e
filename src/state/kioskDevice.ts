import * as v from 'valibot'
import { type LoadedClinic, parseClinicConfig } from './clinic'
import { browserStorage } from './storage'

/**
 * A kiosk is a device that staff enrolled, never a property of the site: this module keeps the
 * enrolment (a salted PBKDF2-SHA-256 hash of the staff PIN, never the PIN), the last clinic
 * configuration the device validated, and the count of wrong PINs. Its keys start with
 * `stillpoint-device:`, which a visitor's wipe (every `stillpoint:` key) never touches.
 */
export const DEVICE_PREFIX = 'stillpoint-device:'
export const ENROLMENT_KEY = `${DEVICE_PREFIX}kiosk`
export const LAST_CLINIC_KEY = `${DEVICE_PREFIX}clinic`
export const ATTEMPTS_KEY = `${DEVICE_PREFIX}pin-attempts`

/** A staff PIN: 6 to 8 digits. */
export const PIN_PATTERN = /^\d{6,8}$/
/** PBKDF2 rounds: about a fifth of a second on a small kiosk PC, once per unlock. */
export const PIN_ITERATIONS = 310_000

/** What the device keeps of its enrolment. */
export interface Enrolment {
  readonly salt: string
  readonly hash: string
  readonly iterations: number
  /** Milliseconds since the epoch, when staff enrolled it. */
  readonly enrolledAt: number
}

/**
 * The device's state: not a kiosk, a kiosk, or a kiosk whose record cannot be read (it stays a
 * kiosk: failing closed; its PIN cannot be checked, so only clearing the site's data ends it).
 */
export type EnrolmentState =
  | { readonly kind: 'none' }
  | { readonly kind: 'kiosk'; readonly enrolment: Enrolment }
  | { readonly kind: 'damaged' }

const base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/))
const enrolmentSchema = v.object({
  version: v.literal(1),
  salt: base64,
  hash: base64,
  iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000)),
  enrolledAt: v.pipe(v.number(), v.finite()),
})

const safeGet = (store: globalThis.Storage | null, key: string): string | null => {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}
const safeSet = (store: globalThis.Storage | null, key: string, value: string): boolean => {
  try {
    if (!store) return false
    store.setItem(key, value)
    return store.getItem(key) === value
  } catch {
    return false
  }
}

/** Reads the enrolment synchronously, so an enrolled device's first paint is already a kiosk. */
export function readEnrolment(store = browserStorage()): EnrolmentState {
  const raw = safeGet(store, ENROLMENT_KEY)
  if (raw === null) return { kind: 'none' }
  try {
    const parsed = v.safeParse(enrolmentSchema, JSON.parse(raw))
    if (!parsed.success) return { kind: 'damaged' }
    const { salt, hash, iterations, enrolledAt } = parsed.output
    return { kind: 'kiosk', enrolment: { salt, hash, iterations, enrolledAt } }
  } catch {
    return { kind: 'damaged' }
  }
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/** PBKDF2-SHA-256 of a PIN with a salt, 256 bits, through WebCrypto. */
export async function hashPin(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  )
  return toBase64(new Uint8Array(bits))
}

/**
 * Enrolls this device as a kiosk with a staff PIN: keeps only a random salt and the PIN's hash.
 * Returns false where the browser will not keep it (then the device is not a kiosk).
 */
export async function enrol(
  pin: string,
  nowMs: number,
  store = browserStorage(),
  iterations = PIN_ITERATIONS,
): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A staff PIN is 6 to 8 digits')
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const hash = await hashPin(pin, salt, iterations)
  const record = { version: 1, salt: toBase64(salt), hash, iterations, enrolledAt: nowMs }
  clearAttempts(store)
  return safeSet(store, ENROLMENT_KEY, JSON.stringify(record))
}

/** Whether `pin` is the enrolled staff PIN (compared in full, whatever differs first). */
export async function checkPin(pin: string, enrolment: Enrolment): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false
  const hash = await hashPin(pin, fromBase64(enrolment.salt), enrolment.iterations)
  let diff = hash.length ^ enrolment.hash.length
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ enrolment.hash.charCodeAt(i)
  return diff === 0
}

/** Ends the enrolment: the device is an ordinary browser again. */
export function unenrol(store = browserStorage()): void {
  for (const key of [ENROLMENT_KEY, LAST_CLINIC_KEY, ATTEMPTS_KEY]) {
    try {
      store?.removeItem(key)
    } catch {
      // Nothing kept, nothing to remove.
    }
  }
}

// ---- Wrong PINs --------------------------------------------------------------------------------

/** Wrong PINs in a row, and when the last one was entered (ms since the epoch). */
export interface Attempts {
  readonly wrong: number
  readonly lastAt: number
}

/** Wrong PINs allowed before each further try waits. */
export const FREE_TRIES = 3
/** The first wait, then doubled for each further wrong PIN, up to the longest. */
const FIRST_WAIT_MS = 30_000
const LONGEST_WAIT_MS = 15 * 60_000

/** How long staff must wait after `wrong` wrong PINs in a row, in ms (0: no wait). */
export function waitAfter(wrong: number): number {
  if (wrong < FREE_TRIES) return 0
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrong - FREE_TRIES))
}

const attemptsSchema = v.object({
  wrong: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastAt: v.pipe(v.number(), v.finite()),
})

/** The wrong PINs kept on the device, so a reload does not reset the wait. */
export function readAttempts(store = browserStorage()): Attempts {
  const raw = safeGet(store, ATTEMPTS_KEY)
  if (raw === null) return { wrong: 0, lastAt: 0 }
  try {
    const parsed = v.safeParse(attemptsSchema, JSON.parse(raw))
    // A damaged count fails closed: as if the free tries were used.
    return parsed.success ? parsed.output : { wrong: FREE_TRIES, lastAt: Date.now() }
  } catch {
    return { wrong: FREE_TRIES, lastAt: Date.now() }
  }
}

/**
 * Milliseconds left before the pad takes another PIN. A clock set back before the last wrong
 * PIN starts the wait again from now rather than ending it.
 */
export function lockedFor(attempts: Attempts, nowMs: number): number {
  const wait = waitAfter(attempts.wrong)
  if (wait === 0) return 0
  const since = nowMs - attempts.lastAt
  return since < 0 ? wait : Math.max(0, wait - since)
}

/** Counts a wrong PIN; returns the new count. */
export function recordWrongPin(nowMs: number, store = browserStorage()): Attempts {
  const next = { wrong: readAttempts(store).wrong + 1, lastAt: nowMs }
  safeSet(store, ATTEMPTS_KEY, JSON.stringify(next))
  return next
}

/** The right PIN: the count starts again. */
export function clearAttempts(store = browserStorage()): void {
  try {
    store?.removeItem(ATTEMPTS_KEY)
  } catch {
    // Nothing kept.
  }
}

// ---- The last good clinic file ------------------------------------------------------------------

/**
 * Keeps the clinic file's text that this device last validated, so a kiosk whose file goes
 * missing, breaks or cannot be reached keeps its configuration.
 */
export function keepClinicFile(raw: unknown, store = browserStorage()): void {
  safeSet(store, LAST_CLINIC_KEY, JSON.stringify(raw))
}

/** The clinic file this device last validated, as it was read (parsed again by the caller). */
export function lastClinicFile(store = browserStorage()): unknown | undefined {
  const raw = safeGet(store, LAST_CLINIC_KEY)
  if (raw === null) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

/**
 * What an enrolled kiosk uses, failing closed: a file that was read is kept for next time; a file
 * that is missing, broken or unreachable gives way to the last one kept (else the defaults),
 * and the device stays a kiosk either way. A device that is not a kiosk uses what was read.
 */
export function clinicForKiosk(loaded: LoadedClinic, store = browserStorage()): LoadedClinic {
  if (loaded.source === 'file') {
    keepClinicFile(loaded.raw, store)
    return loaded
  }
  const kept = lastClinicFile(store)
  if (kept === undefined) return loaded
  const { config, problems } = parseClinicConfig(kept)
  const why =
    loaded.source === 'none'
      ? 'No clinic file was found'
      : (loaded.problems[0]?.message.replace(/, so defaults apply\.$/, '') ??
        'It could not be read')
  return {
    config,
    problems: [
      {
        field: 'clinic.json',
        message: `${why}. This kiosk keeps the last clinic file it read.`,
      },
      ...problems,
    ],
    source: 'kept',
  }
}
