// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { signText, verifyText } from '@/lib/signing'
import { loadDeviceKey, makeDeviceKey, removeDeviceKey } from './signingKey'

describe('the device’s signing key', () => {
  it('is kept across loads, signs, and cannot be read out; removing it forgets it', async () => {
    expect(await loadDeviceKey()).toBeNull()
    const made = await makeDeviceKey('  Front desk laptop ', 1_800_000_000_000)
    const loaded = await loadDeviceKey()
    expect(loaded?.label).toBe('Front desk laptop')
    expect(loaded?.publicKey).toBe(made.publicKey)
    expect(loaded?.created).toBe(1_800_000_000_000)
    expect(loaded?.privateKey.extractable).toBe(false)
    const sig = await signText(loaded?.privateKey as CryptoKey, 'a routine')
    expect(await verifyText(made.publicKey, 'a routine', sig)).toBe(true)
    await removeDeviceKey()
    expect(await loadDeviceKey()).toBeNull()
  })

  it('a second key replaces the first', async () => {
    const first = await makeDeviceKey('Laptop')
    const second = await makeDeviceKey('Tablet')
    expect(second.publicKey).not.toBe(first.publicKey)
    expect((await loadDeviceKey())?.label).toBe('Tablet')
    await removeDeviceKey()
  })
})
