import { describe, expect, it } from 'vitest'
import {
  compressPoint,
  decompressPoint,
  fromBase64Url,
  isPublicKey,
  keyIdOf,
  makeKeyPair,
  signText,
  toBase64Url,
  verifyText,
} from './signing'

describe('signing routine links', () => {
  it('a signature made on the device checks against its public key, and only that text', async () => {
    const { privateKey, publicKey } = await makeKeyPair()
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{44}$/)
    expect(isPublicKey(publicKey)).toBe(true)
    expect(privateKey.extractable, 'the private key cannot be read out').toBe(false)
    const sig = await signText(privateKey, 'stillpoint-routine~2~settle:30')
    expect(sig).toMatch(/^[A-Za-z0-9_-]{86}$/)
    expect(await verifyText(publicKey, 'stillpoint-routine~2~settle:30', sig)).toBe(true)
    expect(await verifyText(publicKey, 'stillpoint-routine~2~settle:31', sig)).toBe(false)
    const other = await makeKeyPair()
    expect(await verifyText(other.publicKey, 'stillpoint-routine~2~settle:30', sig)).toBe(false)
  })

  it('a flipped bit anywhere in the signature fails, and never throws', async () => {
    const { privateKey, publicKey } = await makeKeyPair()
    const sig = await signText(privateKey, 'a routine')
    const bytes = fromBase64Url(sig) as Uint8Array
    for (let i = 0; i < bytes.length; i += 7) {
      const flipped = Uint8Array.from(bytes)
      flipped[i] = (flipped[i] ?? 0) ^ 0x10
      expect(await verifyText(publicKey, 'a routine', toBase64Url(flipped))).toBe(false)
    }
    expect(await verifyText(publicKey, 'a routine', sig.slice(0, 80))).toBe(false)
    expect(await verifyText(publicKey, 'a routine', `${sig.slice(0, 85)}B`)).toBe(false)
    expect(await verifyText('not a key', 'a routine', sig)).toBe(false)
  })

  it('compresses and decompresses points exactly as WebCrypto writes them', async () => {
    for (let i = 0; i < 8; i++) {
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
      ])
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
      expect(decompressPoint(compressPoint(raw))).toEqual(raw)
    }
  })

  it('refuses a key that is not a point on the curve', () => {
    // About half of all x have no point on the curve; the first few small x include some.
    const offCurve = [1, 2, 3, 4, 5, 6, 7, 8].filter((x) => {
      const bytes = new Uint8Array(33)
      bytes[0] = 2
      bytes[32] = x
      return decompressPoint(bytes) === null && !isPublicKey(toBase64Url(bytes))
    })
    expect(offCurve.length).toBeGreaterThan(0)
    expect(offCurve.length).toBeLessThan(8)
    expect(isPublicKey('A'.repeat(44))).toBe(false)
    expect(isPublicKey('short')).toBe(false)
  })

  it('names a key by eight characters of itself', async () => {
    const { publicKey } = await makeKeyPair()
    expect(keyIdOf(publicKey)).toBe(publicKey.slice(1, 9))
    expect(keyIdOf(publicKey)).toHaveLength(8)
  })
})
