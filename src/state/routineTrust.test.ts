import { describe, expect, it } from 'vitest'
import { checksum } from '@/content/linkHash'
import {
  decodeRoutine,
  encodeRoutine,
  type RoutineLink,
  type SharedRoutine,
} from '@/content/sharedRoutine'
import { type KeyPair, keyIdOf, makeKeyPair } from '@/lib/signing'
import type { RoutineKey } from './clinic'
import { checkRoutineLink, originOf, signRoutine } from './routineTrust'

const routine: SharedRoutine = {
  steps: [
    { id: 'settle', hold: 30 },
    { id: 'skull-base-hold', hold: 180 },
  ],
  appointment: '2027-01-12',
  note: 'Twice a day. Call us on 0123 456 789 if anything hurts.',
}
const MADE = '2026-12-07'

const signed = (pair: KeyPair, r = routine, keyId = keyIdOf(pair.publicKey)) =>
  signRoutine(r, MADE, pair, keyId)
const keyOf = (pair: KeyPair, label = 'Front desk laptop'): RoutineKey => ({
  id: keyIdOf(pair.publicKey),
  label,
  key: pair.publicKey,
})
const read = (code: string): RoutineLink => {
  const d = decodeRoutine(code)
  if (!d.ok) throw new Error(`not a link: ${d.problem}`)
  return d
}

describe('checking a routine link against the clinic’s keys', () => {
  it('signed by a listed key: verified, with the key’s label', async () => {
    const pair = await makeKeyPair()
    const other = await makeKeyPair()
    const keys = [keyOf(other, 'Tablet'), keyOf(pair)]
    const trust = await checkRoutineLink(read(await signed(pair)), keys)
    expect(trust).toEqual({ kind: 'verified', key: keys[1] })
    expect(originOf(trust, 'Hillside Clinic')).toEqual({
      verified: true,
      clinic: 'Hillside Clinic',
      keyLabel: 'Front desk laptop',
    })
    expect(originOf(trust, undefined)).toMatchObject({ clinic: 'your clinic' })
  })

  it('a changed note, hold or date under a listed key’s signature: refused', async () => {
    const pair = await makeKeyPair()
    const code = await signed(pair)
    for (const forged of [
      code.replace('0123+456+789', '0900+456+789'),
      code.replace('skull-base-hold:180', 'skull-base-hold:300'),
      code.replace('2027-01-12', '2027-01-13'),
      code.replace('~20261207~', '~20261208~'),
    ]) {
      expect(forged).not.toBe(code)
      expect(await checkRoutineLink(read(forged), [keyOf(pair)]), forged).toEqual({
        kind: 'refused',
      })
    }
  })

  it('re-signed with another key under the listed key’s id: refused; under its own id: not verified', async () => {
    const clinic = await makeKeyPair()
    const stranger = await makeKeyPair()
    const evil = { ...routine, note: 'Your visit needs a deposit. Call +1 900 555 0100.' }
    const posing = await signed(stranger, evil, keyIdOf(clinic.publicKey))
    expect(await checkRoutineLink(read(posing), [keyOf(clinic)])).toEqual({ kind: 'refused' })
    const own = await signed(stranger, evil)
    expect(await checkRoutineLink(read(own), [keyOf(clinic)])).toEqual({ kind: 'unverified' })
  })

  it('every bit flipped in the signature: refused', async () => {
    const pair = await makeKeyPair()
    const code = await signed(pair)
    const seal = code.slice(code.lastIndexOf('~') + 1)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    let checked = 0
    for (let i = 0; i < seal.length; i += 5) {
      const c = seal[i] as string
      const flipped = alphabet[alphabet.indexOf(c) ^ 1] as string
      const changed = `${code.slice(0, code.length - seal.length + i)}${flipped}${seal.slice(i + 1)}`
      const decoded = decodeRoutine(changed)
      // The last character holds spare bits: some flips there are not a base64url spelling at all.
      if (!decoded.ok) continue
      expect(await checkRoutineLink(decoded, [keyOf(pair)])).toEqual({ kind: 'refused' })
      checked++
    }
    expect(checked).toBeGreaterThan(15)
  })

  it('mutated signed links (300 fuzzed): never verified unless unchanged', async () => {
    const pair = await makeKeyPair()
    const code = await signed(pair)
    let s = 20261207
    const next = () => {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0
      return s / 2 ** 32
    }
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABC0123456789~:,-_%+.'
    const pick = () => alphabet[Math.floor(next() * alphabet.length)] ?? 'x'
    for (let i = 0; i < 300; i++) {
      const chars = [...code]
      const at = Math.floor(next() * chars.length)
      const kind = Math.floor(next() * 3)
      if (kind === 0) chars[at] = pick()
      else if (kind === 1) chars.splice(at, 1)
      else chars.splice(at, 0, pick())
      const text = chars.join('')
      const decoded = decodeRoutine(text)
      if (!decoded.ok) continue
      const trust = await checkRoutineLink(decoded, [keyOf(pair)])
      if (trust.kind === 'verified') expect(decoded.code, text).toBe(code)
    }
  })

  it('no signature, a version 1 link, or a site that lists no keys: not verified', async () => {
    const pair = await makeKeyPair()
    expect(await checkRoutineLink(read(encodeRoutine(routine, MADE)), [keyOf(pair)])).toEqual({
      kind: 'unverified',
    })
    const v1 = `1~settle:30~-~${checksum('1~settle:30~-~')}~`
    expect(await checkRoutineLink(read(v1), [keyOf(pair)])).toEqual({ kind: 'unverified' })
    expect(await checkRoutineLink(read(await signed(pair)), [])).toEqual({ kind: 'unverified' })
    expect(originOf({ kind: 'unverified' }, 'Hillside Clinic')).toEqual({ verified: false })
  })

  it('a signature stripped off (sealed again with a checksum) opens only as not verified', async () => {
    const pair = await makeKeyPair()
    const code = await signed(pair)
    const parts = code.split('~')
    parts[4] = '-'
    const fields = parts.slice(0, 6).join('~')
    const stripped = `${fields}~${checksum(fields)}`
    expect(await checkRoutineLink(read(stripped), [keyOf(pair)])).toEqual({ kind: 'unverified' })
  })
})
