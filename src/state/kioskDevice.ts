import * as v from 'valibot'
import { parseClinicConfig } from './clinic'
import type { LoadedClinic } from './clinicFile'
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

/** Reads a device key; null where there is none or the browser refuses. */
export const safeGet = (store: globalThis.Storage | null, key: string): string | null => {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}
/** Writes a device key; whether the browser kept it. */
export const safeSet = (store: globalThis.Storage | null, key: string, value: string): boolean => {
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
