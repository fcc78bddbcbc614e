import type { RoutineOrigin } from '@/content/routineOrigin'
import {
  type RoutineLink,
  routineFields,
  type SharedRoutine,
  SIGNING_CONTEXT,
} from '@/content/sharedRoutine'
import { type KeyPair, keyIdOf, signText, verifyText } from '@/lib/signing'
import type { RoutineKey } from './clinic'

/**
 * What this device could check about a routine link:
 * - `verified`: signed by a key this site's clinic.json lists, and the signature matches;
 * - `unverified`: no signature, a key this site does not list, or a site that lists none (an
 *   older link, or one anyone could have made); it opens, but never as the clinic's;
 * - `refused`: signed by a listed key, and the signature does not match what the link says.
 */
export type RoutineTrust =
  | { readonly kind: 'verified'; readonly key: RoutineKey }
  | { readonly kind: 'unverified' }
  | { readonly kind: 'refused' }

/**
 * The link text for a routine signed with a device's key: its fields, then the key's signature of
 * them. `made` is the day, `YYYY-MM-DD`; `keyId` is the key's own unless a test says otherwise.
 * Throws on a routine that cannot be carried.
 */
export async function signRoutine(
  routine: SharedRoutine,
  made: string,
  key: Pick<KeyPair, 'privateKey' | 'publicKey'>,
  keyId = keyIdOf(key.publicKey),
): Promise<string> {
  const fields = routineFields(routine, made, keyId)
  return `${fields}~${await signText(key.privateKey, `${SIGNING_CONTEXT}${fields}`)}`
}

/** Checks a link's signature against the clinic's keys. Never throws. */
export async function checkRoutineLink(
  link: Pick<RoutineLink, 'signature'>,
  keys: readonly RoutineKey[],
): Promise<RoutineTrust> {
  const { signature } = link
  if (!signature) return { kind: 'unverified' }
  const key = keys.find((k) => k.id === signature.keyId)
  if (!key) return { kind: 'unverified' }
  const ok = await verifyText(key.key, signature.text, signature.value)
  return ok ? { kind: 'verified', key } : { kind: 'refused' }
}

/** Who a checked routine is from, in the terms the screens use. */
export function originOf(trust: RoutineTrust, clinicName: string | undefined): RoutineOrigin {
  return trust.kind === 'verified'
    ? { verified: true, clinic: clinicName?.trim() || 'your clinic', keyLabel: trust.key.label }
    : { verified: false }
}
