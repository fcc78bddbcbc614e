import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { keyIdOf, makeKeyPair, signText } from '@/lib/signing'
import { checksum } from './linkHash'
import { timeSharedRoutine } from './practice'
import { sharedRoutineCopy } from './practiceCopy'
import { sharedRoutineScript, withTrustedHolds } from './routineOrigin'
import {
  cleanNote,
  decodeRoutine,
  encodeRoutine,
  MAX_NOTE,
  routineFields,
  type SharedRoutine,
  SIGNING_CONTEXT,
  sharedRoutineId,
} from './sharedRoutine'
import { stepLibrary } from './stepLibrary'

const MADE = '2026-12-07'

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
  it('round-trip: the link reads back as the same routine, made that day, unsigned', () => {
    const code = encodeRoutine(routine, MADE)
    expect(
      code.startsWith('2~settle:30,scalp-circles:45,skull-base-hold:60~2026-12-08~20261207~-~'),
    ).toBe(true)
    const back = decodeRoutine(code)
    expect(back).toEqual({ ok: true, routine, code, made: MADE, signature: null })
  })

  it('ends in a letter or digit, whatever the note ends with, so a mail app keeps all of it', () => {
    for (const note of ['See you soon.', 'Really?', '(twice a day)', 'ok ~', '']) {
      const code = encodeRoutine({ ...routine, note }, MADE)
      expect(code).toMatch(/[a-z0-9]$/)
      expect(decodeRoutine(code).ok).toBe(true)
    }
  })

  it('a signed link carries its key id and signature, and names what the signature covers', async () => {
    const { privateKey, publicKey } = await makeKeyPair()
    const fields = routineFields(routine, MADE, keyIdOf(publicKey))
    const code = `${fields}~${await signText(privateKey, SIGNING_CONTEXT + fields)}`
    const back = decodeRoutine(code)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.code).toBe(code)
    expect(back.routine).toEqual(routine)
    expect(back.signature).toMatchObject({
      keyId: keyIdOf(publicKey),
      text: SIGNING_CONTEXT + fields,
    })
  })

  it('stays short enough for a QR code: the longest realistic link needs version 19 at most', async () => {
    const { privateKey, publicKey } = await makeKeyPair()
    // Eight steps, a full note in plain words, an appointment, a signature and a longish address.
    const note =
      'Keep the pressure light, about the weight of a coin. Twice a day, morning and evening. Stop if it hurts or you feel dizzy, and call us. Bring your notes next time and we can change the holds together. See you soon! Dr. Alvarez and all of the team at the front desk of the clinic!!'.slice(
        0,
        MAX_NOTE,
      )
    expect(note).toHaveLength(MAX_NOTE)
    const long: SharedRoutine = {
      steps: stepLibrary
        .filter((s) => s.pose === 'seated')
        .slice(0, 8)
        .map((s) => ({ id: s.id, hold: 120 })),
      appointment: '2027-01-12',
      note,
    }
    const fields = routineFields(long, MADE, keyIdOf(publicKey))
    const link = `https://care.hillside-clinic.example/#/routine/${fields}~${await signText(privateKey, SIGNING_CONTEXT + fields)}`
    expect(link.length).toBeLessThanOrEqual(580)
    expect(encode(link, { ecc: 'M', border: 4 }).version).toBeLessThanOrEqual(19)
  })

  it('refuses a newer version calmly, as newer', () => {
    const code = encodeRoutine(routine, MADE).replace(/^2~/, '3~')
    expect(decodeRoutine(code)).toEqual({ ok: false, problem: 'newer' })
  })

  it('refuses a changed hold, step, date or note of an unsigned link (the checksum no longer matches)', () => {
    const code = encodeRoutine(routine, MADE)
    expect(decodeRoutine(code.replace(':45', ':95')).ok).toBe(false)
    expect(decodeRoutine(code.replace('scalp-circles', 'temple-circles')).ok).toBe(false)
    expect(decodeRoutine(code.replace('20261207', '20261201')).ok).toBe(false)
    expect(decodeRoutine(code.replace('Gently', 'Firmly')).ok).toBe(false)
    expect(decodeRoutine(`${code}!`).ok).toBe(false)
  })

  it('still opens a version 1 link, with no signature and no day made', () => {
    const v1 = (steps: string, date: string, note: string) =>
      `1~${steps}~${date}~${checksum(`1~${steps}~${date}~${note}`)}~${note}`
    const code = v1('settle:30,scalp-circles:120', '2026-12-08', 'Twice%20a%20day.')
    expect(decodeRoutine(code)).toEqual({
      ok: true,
      routine: {
        steps: [
          { id: 'settle', hold: 30 },
          { id: 'scalp-circles', hold: 120 },
        ],
        appointment: '2026-12-08',
        note: 'Twice a day.',
      },
      code,
      made: null,
      signature: null,
    })
    expect(decodeRoutine(code.replace(':30', ':35')).ok).toBe(false)
  })

  it('refuses steps this version does not have, even with a right checksum', () => {
    const fields = '2~settle:30,neck-crack:30~-~20261207~-~'
    expect(decodeRoutine(`${fields}~${checksum(fields)}`)).toEqual({
      ok: false,
      problem: 'unknown',
    })
  })

  it('refuses sitting and lying steps mixed, holds out of range, repeated steps and bad dates', () => {
    const seal = (steps: string, date = '-', note = '', made = '20261207') => {
      const fields = `2~${steps}~${date}~${made}~-~${note}`
      return `${fields}~${checksum(fields)}`
    }
    expect(decodeRoutine(seal('settle:30,settle-lying:30')).ok).toBe(false)
    expect(decodeRoutine(seal('settle:5'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(seal('settle:301'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(seal('settle:30,settle:30'))).toEqual({ ok: false, problem: 'damaged' })
    expect(decodeRoutine(seal('settle:30', '2026-02-30'))).toEqual({
      ok: false,
      problem: 'damaged',
    })
    expect(decodeRoutine(seal('settle:30', '-', '', '20261332')).ok).toBe(false)
    expect(decodeRoutine(seal('settle:30', '-', '%E0%A4%A'))).toEqual({
      ok: false,
      problem: 'damaged',
    })
    expect(decodeRoutine(seal('settle:30', '-', 'ok')).ok).toBe(true)
  })

  it('never throws and never accepts a truncated link, signed or not (every cut)', async () => {
    const { privateKey, publicKey } = await makeKeyPair()
    const fields = routineFields(routine, MADE, keyIdOf(publicKey))
    const signed = `${fields}~${await signText(privateKey, SIGNING_CONTEXT + fields)}`
    for (const code of [encodeRoutine(routine, MADE), signed]) {
      for (let n = 0; n < code.length; n++) {
        expect(decodeRoutine(code.slice(0, n)).ok, `cut at ${n}`).toBe(false)
      }
    }
  })

  it('never throws and never accepts random or mutated text (2,000 fuzzed links)', () => {
    const next = random(20261127)
    const code = encodeRoutine(routine, MADE)
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz~:,-%.!+é🙂 /\\'
    const pick = () => alphabet[Math.floor(next() * alphabet.length)] ?? 'x'
    let accepted = 0
    for (let i = 0; i < 2000; i++) {
      let text: string
      if (i % 2 === 0) {
        text = Array.from({ length: Math.floor(next() * 120) }, pick).join('')
        if (i % 4 === 0) text = `2~${text}`
      } else {
        text = mutate(code, next, pick)
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

/** One character of a link changed, taken out or put in. */
function mutate(code: string, next: () => number, pick: () => string): string {
  const chars = [...code]
  const at = Math.floor(next() * chars.length)
  const kind = Math.floor(next() * 3)
  if (kind === 0) chars[at] = pick()
  else if (kind === 1) chars.splice(at, 1)
  else chars.splice(at, 0, pick())
  return chars.join('')
}

describe('notes', () => {
  it('lose control and format characters (bidi overrides, zero-width), and keep line breaks', () => {
    expect(cleanNote('Call \u202E0123 456\u202C now')).toBe('Call 0123 456 now')
    expect(cleanNote('a\u200Bb\u2066c\u2069\u0007d\uFEFF')).toBe('abcd')
    expect(cleanNote('Line one\r\nLine two\u2028Line three\n\n\n\nEnd')).toBe(
      'Line one\nLine two\nLine three\n\nEnd',
    )
    expect(cleanNote('  Breathe 🙂 slowly. Café.  ')).toBe('Breathe 🙂 slowly. Café.')
  })

  it('are read as sent: the link keeps them, the screen cleans them', () => {
    const code = encodeRoutine({ ...routine, note: 'Call \u202E0123' }, MADE)
    const back = decodeRoutine(code)
    expect(back.ok && back.routine.note).toBe('Call \u202E0123')
    expect(back.ok && sharedRoutineScript(back.routine, 'x', { verified: false }).summary).toBe(
      'Call 0123',
    )
  })
})

describe('saved routines are named by their whole link', () => {
  it('two different links never share an id; the same link always has the same one', () => {
    const a = encodeRoutine(routine, MADE)
    const b = encodeRoutine({ ...routine, note: `${routine.note}!` }, MADE)
    const c = encodeRoutine(routine, '2026-12-08')
    expect(new Set([a, b, c].map(sharedRoutineId)).size).toBe(3)
    expect(sharedRoutineId(a)).toBe(sharedRoutineId(encodeRoutine(routine, MADE)))
    expect(sharedRoutineId(a)).toMatch(/^shared-[0-9a-z]+$/)
  })
})

describe('a routine from a link', () => {
  it('plays the library steps with the chosen holds and their recorded clips', () => {
    const code = encodeRoutine(routine, MADE)
    const timed = timeSharedRoutine(routine, sharedRoutineId(code), { verified: false })
    expect(timed.id).toMatch(/^shared-[0-9a-z]+$/)
    expect(timed.touch).toBe(true)
    expect(timed.pose).toBe('seated')
    const cues = timed.run.cues
    expect(cues.map((c) => c.id)).toEqual(['settle', 'scalp-circles', 'skull-base-hold'])
    expect(cues.map((c) => c.hold)).toEqual([30, 45, 60])
    expect(cues[1]?.files.webm).toMatch(/scalp-circles\.webm$/)
  })

  it('unchecked: holds over 90 s play for 90 s, and it is never called the clinic’s', () => {
    const long = {
      ...routine,
      steps: [
        { id: 'settle', hold: 30 },
        { id: 'scalp-circles', hold: 240 },
      ],
    }
    expect(withTrustedHolds(long, { verified: false })).toEqual({
      routine: {
        ...long,
        steps: [
          { id: 'settle', hold: 30 },
          { id: 'scalp-circles', hold: 90 },
        ],
      },
      lowered: true,
    })
    const script = sharedRoutineScript(long, 'x', { verified: false })
    expect(script.title).toBe('Shared with you')
    expect(script.steps.map((s) => s.hold)).toEqual([30, 90])
    expect(script.steps.flatMap((s) => s.cautions)).not.toContain(sharedRoutineCopy.longHold)
  })

  it('signed by the clinic: a longer hold stays, and the step says the clinic chose it', () => {
    const long = {
      ...routine,
      steps: [
        { id: 'settle', hold: 30 },
        { id: 'scalp-circles', hold: 240 },
      ],
    }
    const origin = { verified: true, clinic: 'Hillside Clinic', keyLabel: 'Front desk' } as const
    expect(withTrustedHolds(long, origin)).toEqual({ routine: long, lowered: false })
    const script = sharedRoutineScript(long, 'x', origin)
    expect(script.title).toBe('From Hillside Clinic')
    expect(script.steps.map((s) => s.hold)).toEqual([30, 240])
    expect(script.steps[1]?.cautions).toContain(sharedRoutineCopy.longHold)
    expect(script.steps[0]?.cautions).not.toContain(sharedRoutineCopy.longHold)
  })
})
