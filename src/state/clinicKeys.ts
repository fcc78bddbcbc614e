import * as v from 'valibot'

/** A device's public key for routine links, as the clinic lists it. */
export interface RoutineKey {
  /** The id links name it by: eight characters of the key (`keyIdOf`). */
  readonly id: string
  /** What the clinic calls the device, e.g. "Front desk laptop"; patients see it. */
  readonly label: string
  /** The public key as the clinicians' page shows it: 44 characters. */
  readonly key: string
}

/**
 * A public key's form: a compressed P-256 point (prefix 2 or 3) in base64url. Whether it is on
 * the curve is checked when a link is verified (`lib/signing.ts`, kept out of the first screen).
 */
export const PUBLIC_KEY_PATTERN = /^A[g-z0-9_-][A-Za-z0-9_-]{42}$/

const routineKeySchema = v.object({
  label: v.pipe(
    v.string('give the device a label'),
    v.trim(),
    v.minLength(1, 'give the device a label'),
    v.maxLength(60, 'use a label of at most 60 characters'),
    v.regex(/^[^\p{Cc}\p{Cf}]*$/u, 'use a label without control characters'),
  ),
  key: v.pipe(
    v.string('copy the key from the clinicians’ page'),
    v.trim(),
    v.regex(PUBLIC_KEY_PATTERN, 'copy the whole key, 44 characters, from the clinicians’ page'),
  ),
})

/** The routine keys: each entry checked on its own, so one mistyped key leaves the others working. */
export function routineKeys(
  raw: unknown,
  problems: { field: string; message: string }[],
): RoutineKey[] {
  if (!Array.isArray(raw)) {
    problems.push({
      field: 'routineKeys',
      message:
        'Use a list, such as [{ "label": "Front desk laptop", "key": "…" }]. No link opens as from the clinic.',
    })
    return []
  }
  const keys: RoutineKey[] = []
  raw.slice(0, 50).forEach((entry, i) => {
    const parsed = v.safeParse(routineKeySchema, entry)
    if (!parsed.success) {
      problems.push({
        field: `routineKeys[${i}]`,
        message: `Not used: ${(parsed.issues[0]?.message ?? 'not valid').replace(/,? but received .*$/s, '')}. Links it signed open as “A routine someone shared with you”.`,
      })
      return
    }
    const { label, key } = parsed.output
    if (keys.some((k) => k.key === key)) {
      problems.push({
        field: `routineKeys[${i}]`,
        message: 'This key is listed twice; the first entry is used.',
      })
      return
    }
    keys.push({ id: key.slice(1, 9), label, key })
  })
  if (raw.length > 50)
    problems.push({ field: 'routineKeys', message: 'Only the first 50 keys are used.' })
  return keys
}
