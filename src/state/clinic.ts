import * as v from 'valibot'
import { type Accent, checkAccent } from './clinicAccent'
import { PUBLIC_KEY_PATTERN, type RoutineKey, routineKeys } from './clinicKeys'
import type { BedChoice, TextSize, ThemePreference } from './settings'

/** The journeys a clinic can offer on the home screen. */
export const journeyIds = ['preview', 'practice', 'learn', 'explore'] as const
export type JourneyId = (typeof journeyIds)[number]

/**
 * How a kiosk behaves, as a clinic sets it up. Whether a device IS a kiosk is not here: staff
 * enroll each device on the device itself (`kioskDevice.ts`), and the file is public.
 */
export interface KioskConfig {
  /** Seconds without any input before "Still there?" (30 to 600). */
  readonly idleSeconds: number
  /** Seconds "Still there?" counts down before the visitor's traces are wiped (20 to 120). */
  readonly warningSeconds: number
  /** Show the attract screen when no one is using it. */
  readonly attract: boolean
}

export const kioskDefaults: KioskConfig = {
  idleSeconds: 90,
  warningSeconds: 30,
  attract: true,
}

/** Settings a clinic can choose for people who have not chosen their own. */
export interface ClinicDefaults {
  readonly theme?: ThemePreference
  readonly textSize?: TextSize
  readonly captions?: boolean
  readonly bed?: BedChoice
  /** The voice's starting loudness, 0 to 1; the background and chimes follow in proportion. */
  readonly volume?: number
}

/**
 * What a clinic has configured about itself (`public/clinic.json`), after checking. Empty until
 * a clinic sets it: the app never shows a made-up name or phone number.
 */
export interface ClinicConfig {
  /** The clinic's name, shown beside its number. */
  readonly name?: string
  /** A phone number as the clinic wants it shown, e.g. "(555) 010-2030". */
  readonly phone?: string
  /** The clinic's colour: as given for the light theme, and a lighter one made for the dark. */
  readonly accent?: Accent
  /** A same-origin path to the clinic's logo. */
  readonly logo?: string
  /** The journeys on the home screen, in order. */
  readonly journeys?: readonly JourneyId[]
  readonly defaults?: ClinicDefaults
  readonly kiosk?: KioskConfig
  /**
   * The public keys of the clinic's devices that sign routine links (made on the clinicians'
   * page). A link signed by one of them opens as from this clinic.
   */
  readonly routineKeys?: readonly RoutineKey[]
}

export { PUBLIC_KEY_PATTERN, type RoutineKey }

/** Something in clinic.json that could not be used, in words staff can act on. */
export interface ClinicProblem {
  readonly field: string
  readonly message: string
}

const digits = (s: string) => s.replace(/\D/g, '').length
const fieldSchemas = {
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  phone: v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\+?[\d\s().-]+$/, 'use digits, spaces, brackets, dots or dashes'),
    v.check((s) => digits(s) >= 5 && digits(s) <= 20, 'use 5 to 20 digits'),
  ),
  logo: v.pipe(
    v.string(),
    v.regex(
      /^\/(?!\/)[\w\-./]+\.(svg|png|webp|jpe?g)$/i,
      'use a path on this site, such as "/logo.svg"',
    ),
    v.check((s) => !s.includes('..'), 'the path may not go up a folder'),
  ),
} as const

const defaultsSchemas = {
  theme: v.picklist(['system', 'light', 'dark']),
  textSize: v.picklist(['standard', 'large', 'larger']),
  captions: v.boolean(),
  bed: v.picklist(['warm-pad', 'slow-waves', 'none']),
  volume: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
} as const

const kioskSchemas = {
  idleSeconds: v.pipe(
    v.number('use a whole number of seconds'),
    v.integer('use a whole number of seconds'),
    v.minValue(30, 'use 30 to 600 seconds'),
    v.maxValue(600, 'use 30 to 600 seconds'),
  ),
  warningSeconds: v.pipe(
    v.number('use a whole number of seconds'),
    v.integer('use a whole number of seconds'),
    v.minValue(20, 'use 20 to 120 seconds'),
    v.maxValue(120, 'use 20 to 120 seconds'),
  ),
  attract: v.boolean('use true or false'),
} as const

/**
 * Fields an older clinic file may hold that no longer do anything, with what to do instead. The
 * file is public: a PIN in it is a PIN anyone can read, and a switch in it would turn every
 * patient's browser into a kiosk.
 */
const retiredKioskFields: Readonly<Record<string, string>> = {
  enabled:
    'is ignored: the file no longer turns devices into kiosks. Open #/kiosk/setup on the kiosk itself and choose a staff PIN there.',
  exitPin:
    'is ignored, and should be removed: this file is public, so anyone could read the PIN. Each kiosk now has its own PIN, chosen on the device at #/kiosk/setup.',
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Checks each field of an object against its schema; keeps the good ones, lists the rest. */
function fields<S extends Record<string, v.GenericSchema>>(
  prefix: string,
  raw: Record<string, unknown>,
  schemas: S,
  problems: ClinicProblem[],
): Partial<{ [K in keyof S]: v.InferOutput<S[K]> }> {
  const out: Partial<{ [K in keyof S]: v.InferOutput<S[K]> }> = {}
  for (const [key, value] of Object.entries(raw)) {
    const schema = schemas[key]
    if (!schema) continue
    const parsed = v.safeParse(schema, value)
    // The value itself is not repeated: the panel may be seen by others than the clinic's staff.
    if (parsed.success) out[key as keyof S] = parsed.output as v.InferOutput<S[keyof S]>
    else
      problems.push({
        field: `${prefix}${key}`,
        message: `Not used: ${(parsed.issues[0]?.message ?? 'not valid').replace(/,? but received .*$/s, '')}. Its default applies.`,
      })
  }
  return out
}

const known = [
  'name',
  'phone',
  'accent',
  'logo',
  'journeys',
  'defaults',
  'kiosk',
  'routineKeys',
  '$comment',
]

/**
 * Reads a clinic's configuration field by field: a field that is wrong falls back to its default
 * and is listed as a problem; nothing in the file can blank or break a screen.
 */
export function parseClinicConfig(raw: unknown): {
  config: ClinicConfig
  problems: ClinicProblem[]
} {
  const problems: ClinicProblem[] = []
  if (!isObject(raw)) {
    problems.push({
      field: 'clinic.json',
      message: 'The file must hold one JSON object ({ … }). Defaults apply.',
    })
    return { config: {}, problems }
  }
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      problems.push({
        field: key.replace(/[^\w.$-]/g, '?').slice(0, 40),
        message: 'Stillpoint does not know this field; it is ignored.',
      })
    }
  }
  const config: {
    -readonly [K in keyof ClinicConfig]: ClinicConfig[K]
  } = { ...fields('', raw, fieldSchemas, problems) }

  if ('accent' in raw) {
    const checked = typeof raw.accent === 'string' ? checkAccent(raw.accent) : 'use a hex colour'
    if (typeof checked === 'string') problems.push({ field: 'accent', message: checked })
    else config.accent = checked
  }

  if ('journeys' in raw) {
    const list = Array.isArray(raw.journeys) ? raw.journeys : null
    const ids = (list ?? []).filter((j): j is JourneyId => journeyIds.includes(j as JourneyId))
    const unknown = (list ?? []).filter((j) => !journeyIds.includes(j as JourneyId))
    if (!list) {
      problems.push({
        field: 'journeys',
        message: `Use a list, such as ["preview", "practice"]. All journeys are offered.`,
      })
    } else if (unknown.length > 0) {
      problems.push({
        field: 'journeys',
        message: `${unknown.length === 1 ? 'One entry is' : `${unknown.length} entries are`} not a journey (choose from ${journeyIds.join(', ')}).`,
      })
    }
    const unique = [...new Set(ids)]
    if (list && unique.length === 0) {
      problems.push({ field: 'journeys', message: 'No journey left to offer: all are offered.' })
    } else if (unique.length > 0) config.journeys = unique
  }

  if ('defaults' in raw) {
    if (isObject(raw.defaults))
      config.defaults = fields('defaults.', raw.defaults, defaultsSchemas, problems)
    else
      problems.push({ field: 'defaults', message: 'Use an object, such as { "theme": "light" }.' })
  }

  if ('kiosk' in raw) {
    if (isObject(raw.kiosk)) {
      for (const [key, message] of Object.entries(retiredKioskFields)) {
        if (key in raw.kiosk)
          problems.push({ field: `kiosk.${key}`, message: `This field ${message}` })
      }
      const k = fields('kiosk.', raw.kiosk, kioskSchemas, problems)
      config.kiosk = { ...kioskDefaults, ...k }
    } else
      problems.push({ field: 'kiosk', message: 'Use an object, such as { "idleSeconds": 90 }.' })
  }
  if ('routineKeys' in raw) {
    const keys = routineKeys(raw.routineKeys, problems)
    if (keys.length > 0) config.routineKeys = keys
  }
  return { config, problems }
}
