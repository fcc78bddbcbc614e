import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import type { LoadedClinic } from './clinicFile'
import {
  ATTEMPTS_KEY,
  clinicForKiosk,
  ENROLMENT_KEY,
  LAST_CLINIC_KEY,
  readEnrolment,
} from './kioskDevice'
import {
  checkPin,
  enrol,
  FREE_TRIES,
  lockedFor,
  PIN_ITERATIONS,
  readAttempts,
  recordWrongPin,
  unenrol,
  waitAfter,
} from './kioskPin'

const FAST = 100_000

describe('enrolment', () => {
  it('keeps a salted PBKDF2 hash, never the PIN, and checks the PIN against it', async () => {
    const store = memoryBackend()
    expect(readEnrolment(store)).toEqual({ kind: 'none' })
    expect(await enrol('24681357', 1000, store)).toBe(true)
    const raw = store.getItem(ENROLMENT_KEY) ?? ''
    expect(raw).not.toContain('24681357')
    const state = readEnrolment(store)
    if (state.kind !== 'kiosk') throw new Error('not enrolled')
    expect(state.enrolment.iterations).toBe(PIN_ITERATIONS)
    expect(state.enrolment.enrolledAt).toBe(1000)
    expect(await checkPin('24681357', state.enrolment)).toBe(true)
    expect(await checkPin('24681358', state.enrolment)).toBe(false)
    expect(await checkPin('2468135', state.enrolment)).toBe(false)
  })

  it('salts each enrolment: the same PIN twice gives two different hashes', async () => {
    const a = memoryBackend()
    const b = memoryBackend()
    await enrol('135791', 0, a, FAST)
    await enrol('135791', 0, b, FAST)
    expect(JSON.parse(a.getItem(ENROLMENT_KEY) ?? '').hash).not.toBe(
      JSON.parse(b.getItem(ENROLMENT_KEY) ?? '').hash,
    )
  })

  it('refuses a PIN of fewer than 6 or more than 8 digits', async () => {
    await expect(enrol('2468', 0, memoryBackend(), FAST)).rejects.toThrow(/6 to 8 digits/)
    await expect(enrol('123456789', 0, memoryBackend(), FAST)).rejects.toThrow(/6 to 8/)
    await expect(enrol('12a456', 0, memoryBackend(), FAST)).rejects.toThrow(/6 to 8/)
  })

  it('fails closed: a damaged record leaves the device a kiosk that no PIN opens', () => {
    const store = memoryBackend()
    store.setItem(ENROLMENT_KEY, '{"version":1,"salt":"x"')
    expect(readEnrolment(store)).toEqual({ kind: 'damaged' })
    store.setItem(ENROLMENT_KEY, JSON.stringify({ version: 1, hash: 'abc' }))
    expect(readEnrolment(store)).toEqual({ kind: 'damaged' })
  })

  it('says so where the browser will not keep it', async () => {
    expect(await enrol('246813', 0, null, FAST)).toBe(false)
  })

  it('un-enrolling leaves an ordinary browser, with the kept clinic file and the count gone', async () => {
    const store = memoryBackend()
    await enrol('246813', 0, store, FAST)
    store.setItem(LAST_CLINIC_KEY, '{}')
    recordWrongPin(0, store)
    unenrol(store)
    expect(readEnrolment(store)).toEqual({ kind: 'none' })
    expect(store.getItem(LAST_CLINIC_KEY)).toBeNull()
    expect(store.getItem(ATTEMPTS_KEY)).toBeNull()
  })
})

describe('wrong PINs', () => {
  it('allows three free tries, then waits longer each time, up to 15 minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0])
    expect(waitAfter(FREE_TRIES)).toBe(30_000)
    expect(waitAfter(4)).toBe(60_000)
    expect(waitAfter(5)).toBe(120_000)
    expect(waitAfter(20)).toBe(15 * 60_000)
  })

  it('keeps the count on the device, so a reload does not end the wait', () => {
    const store = memoryBackend()
    for (let i = 0; i < 3; i++) recordWrongPin(10_000, store)
    const again = readAttempts(store)
    expect(again.wrong).toBe(3)
    expect(lockedFor(again, 10_000)).toBe(30_000)
    expect(lockedFor(again, 25_000)).toBe(15_000)
    expect(lockedFor(again, 40_000)).toBe(0)
  })

  it('a clock set back before the last wrong PIN starts the wait again', () => {
    expect(lockedFor({ wrong: 3, lastAt: 100_000 }, 50_000)).toBe(30_000)
  })

  it('a damaged count fails closed: as if the free tries were used', () => {
    const store = memoryBackend()
    store.setItem(ATTEMPTS_KEY, 'not json')
    expect(readAttempts(store).wrong).toBe(FREE_TRIES)
  })
})

describe('the clinic file on an enrolled kiosk', () => {
  const read: LoadedClinic = {
    config: { name: 'Harbour Wellness' },
    problems: [],
    source: 'file',
    raw: { name: 'Harbour Wellness', kiosk: { idleSeconds: 120 } },
  }

  it('keeps a file it read, and uses it when the next one is missing, broken or out of reach', () => {
    const store = memoryBackend()
    expect(clinicForKiosk(read, store)).toBe(read)
    for (const failed of [
      { config: {}, problems: [], source: 'none' },
      {
        config: {},
        problems: [
          { field: 'clinic.json', message: 'The file is not valid JSON, so defaults apply.' },
        ],
        source: 'unreadable',
      },
    ] as const) {
      const used = clinicForKiosk({ ...failed, problems: [...failed.problems] }, store)
      expect(used.source).toBe('kept')
      expect(used.config.name).toBe('Harbour Wellness')
      expect(used.config.kiosk?.idleSeconds).toBe(120)
      expect(used.problems[0]?.message).toMatch(/keeps the last clinic file it read/)
    }
  })

  it('with nothing kept yet, the defaults apply and the device stays a kiosk', () => {
    const none: LoadedClinic = { config: {}, problems: [], source: 'none' }
    expect(clinicForKiosk(none, memoryBackend())).toBe(none)
  })
})
