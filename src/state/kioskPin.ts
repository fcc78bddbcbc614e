import * as v from 'valibot'
import {
  ATTEMPTS_KEY,
  ENROLMENT_KEY,
  type Enrolment,
  LAST_CLINIC_KEY,
  PIN_PATTERN,
  safeGet,
  safeSet,
} from './kioskDevice'
import { browserStorage } from './storage'

/**
 * The staff PIN: enrolling a device with it (only a salted PBKDF2-SHA-256 hash is kept), checking
 * it, and counting wrong ones. Apart from `kioskDevice.ts` (which every start reads), so the first
 * screen's code does not carry it: the kiosk's own chunk and the setup screen load it.
 */

/**
 * PBKDF2 rounds: about 0.11 s in Node's WebCrypto on this project's 2-core machine (a small kiosk PC
 * may take a few times that, once per unlock); each guess against a copied hash costs as much.
 */
export const PIN_ITERATIONS = 310_000

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
