import { describe, expect, it } from 'vitest'
import { timeSharedRoutine } from './practice'
import {
  checksum,
  decodeRoutine,
  encodeRoutine,
  MAX_NOTE,
  type SharedRoutine,
  sharedRoutineId,
  stepLibrary,
} from './sharedRoutine'

const routine: SharedRoutine = {
  steps: [
    { id: 'settle', hold: 30 },
    { id: 'scalp-circles', hold: 45 },
    { id: 'skull-base-hold', hold: 60 },
  ],
  appointment: '2026-12-08',
  note: 'Gently, twice a day ~ morning & evening. Stop if it hurts / 50% lighter.',
}

/** A small, seeded random source, so a failing case can be found again. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0
    return s / 2 ** 32
  }
}

describe('the step library', () => {
  it('lists every step once, each with its pose', () => {
    const ids = stepLibrary.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('settle')
    expect(ids).toContain('settle-lying')
    expect(stepLibrary.find((s) => s.id === 'settle-lying')?.pose).toBe('lying')
  })
})

describe('routine links', () => {
  it('round-trip: the link reads back as the same routine', () => {
    const code = encodeRoutine(routine)
    expect(code.startsWith('1~settle:30,scalp-circles:45,skull-base-hold:60~2026-12-08~')).toBe(
      true,
    )
    const back = decodeRoutine(code)
    expect(back).toEqual({ ok: true, routine, code })
  })

  it('stays compact enough for a QR code a phone reads at arm’s length', () => {
    const long = encodeRoutine({
      steps: stepLibrary
        .filter((s) => s.pose === 'seated')
        .slice(0, 12)
        .map((s) => ({ id: s.id, hold: 120 })),
      appointment: '2026-12-08',
      note: 'x'.repeat(MAX_NOTE),
    })
    expect(long.length).toBeLessThan(600)
  })

  it('refuses a newer version calmly, as newer', () => {
    const code = encodeRoutine(routine).replace(/^1~/, '2~')
    expect(decodeRoutine(code)).toEqual({ ok: false, problem: 'newer' })
  })

  it('refuses a changed hold, step or note (the checksum no longer matches)', () => {
    const code = encodeRoutine(routine)
    expect(decodeRoutine(code.replace(':45', ':95')).ok).toBe(false)
    expect(decodeRoutine(code.replace('scalp-circles', 'temple-circles')).ok).toBe(false)
    expect(decodeRoutine(`${code}!`).ok).toBe(false)
  })

  it('refuses steps this version does not have, even with a right checksum', () => {
    const fields = '1~settle:30,neck-crack:30~-~'
    const code = `1~settle:30,neck-crack:30~-~${checksum(fields)}~`
    expect(decodeRoutine(code)).toEqual({ ok: false, problem: 'unknown' })
  })

  it('refuses sitting and lying steps mixed, holds out of range, and repeated steps', () => {
    const sign = (steps: string, date = '-', note = '') =>
      `1~${steps}~${date}~${checksum(`1~${steps}~${date}~${note}`)}~${note}`
    expect(decodeRoutine(sign('settle:30,settle-lying:30')).ok).toBe(false)
    expect(decodeRoutine(sign('settle:5'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(sign('settle:301'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(sign('settle:30,settle:30'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(sign('settle:30', '2026-02-30'))).toEqual({
      ok: false,
      problem: 'damaged',
    })
    expect(decodeRoutine(sign('settle:30', '-', '%E0%A4%A'))).toEqual({
      ok: false,
      problem: 'damaged',
    })
    expect(decodeRoutine(sign('settle:30', '-', 'ok')).ok).toBe(true)
  })

  it('never throws and never accepts a truncated link (every cut of a real one)', () => {
    const code = encodeRoutine(routine)
    for (let n = 0; n < code.length; n++) {
      const result = decodeRoutine(code.slice(0, n))
      expect(result.ok, `cut at ${n}`).toBe(false)
    }
  })

  it('never throws and never accepts random or mutated text (2,000 fuzzed links)', () => {
    const next = random(20261127)
    const code = encodeRoutine(routine)
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz~:,-%.!é🙂 /\\'
    const pick = () => alphabet[Math.floor(next() * alphabet.length)] ?? 'x'
    let accepted = 0
    for (let i = 0; i < 2000; i++) {
      let text: string
      if (i % 2 === 0) {
        text = Array.from({ length: Math.floor(next() * 120) }, pick).join('')
        if (i % 4 === 0) text = `1~${text}`
      } else {
        const chars = [...code]
        const at = Math.floor(next() * chars.length)
        const kind = Math.floor(next() * 3)
        if (kind === 0) chars[at] = pick()
        else if (kind === 1) chars.splice(at, 1)
        else chars.splice(at, 0, pick())
        text = chars.join('')
      }
      let result: ReturnType<typeof decodeRoutine> | undefined
      expect(() => {
        result = decodeRoutine(text)
      }).not.toThrow()
      // A mutation that changes nothing (the same character put back) is the same link.
      if (result?.ok) {
        expect(text === code || result.code === code, text).toBe(true)
        accepted++
      }
    }
    expect(accepted).toBeLessThan(20)
  })
})

describe('a routine from a link', () => {
  it('plays the library steps with the therapist’s holds and their recorded clips', () => {
    const code = encodeRoutine(routine)
    const timed = timeSharedRoutine(routine, sharedRoutineId(code))
    expect(timed.id).toMatch(/^therapist-[0-9a-z]+$/)
    expect(timed.touch).toBe(true)
    expect(timed.pose).toBe('seated')
    const cues = timed.run.cues
    expect(cues.map((c) => c.id)).toEqual(['settle', 'scalp-circles', 'skull-base-hold'])
    expect(cues.map((c) => c.hold)).toEqual([30, 45, 60])
    expect(cues[1]?.files.webm).toMatch(/scalp-circles\.webm$/)
  })
})
