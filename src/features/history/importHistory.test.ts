import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { encodeRoutine } from '@/content/sharedRoutine'
import type { PracticeEntry } from '@/state/practiceLog'
import { alignWithExisting, MAX_IMPORT_BYTES, parseHistoryFile } from './importHistory'
import schema from './practice-history.schema.json'
import { historyCsv, historyJson } from './summary'

const T = new Date(2026, 10, 27, 9, 14, 37).getTime()
const entries: PracticeEntry[] = [
  {
    id: 'p-1',
    at: T,
    routine: 'neck-and-shoulders',
    seconds: 312,
    completed: true,
    before: 6,
    after: 3,
  },
  {
    id: 'p-2',
    at: T + 86_400_000,
    routine: 'just-breathing',
    seconds: 95,
    completed: false,
    before: null,
    after: null,
  },
]
const code = encodeRoutine(
  { steps: [{ id: 'settle', hold: 30 }], appointment: null, note: 'Hi' },
  '2026-12-07',
)
const titleOf = (id: string) => id
const validate = new Ajv2020({ allErrors: true }).compile(schema)

describe('the JSON export', () => {
  it('matches its published JSON Schema, routines and what could not be read included', () => {
    const file = JSON.parse(
      historyJson(entries, titleOf, T, {
        routines: [{ code, savedAt: T }],
        couldNotRead: { practices: [{ at: 'soon' }], routines: [], damagedCopies: ['{oops'] },
      }),
    )
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    expect(file.version).toBe(2)
    // The schema is no rubber stamp: a practice with a tension of 11 fails it.
    file.practices[0].tensionBefore = 11
    expect(validate(file)).toBe(false)
  })
})

describe('importing a saved file', () => {
  it('reads back exactly what this version saved', () => {
    const parsed = parseHistoryFile(
      historyJson(entries, titleOf, T, { routines: [{ code, savedAt: T }] }),
    )
    expect(parsed).toEqual({ ok: true, entries, routines: [{ code, savedAt: T }], skipped: 0 })
  })

  it('reads a version 1 file (times to the minute, no ids), and matches practices already here', () => {
    const v1 = JSON.stringify({
      app: 'Stillpoint',
      kind: 'practice-history',
      version: 1,
      exported: '2026-11-28T18:00+01:00',
      practices: [
        {
          date: '2026-11-27T09:14+01:00',
          routine: 'neck-and-shoulders',
          routineTitle: 'Neck and shoulders',
          minutes: 5,
          seconds: 312,
          completed: true,
          tensionBefore: 6,
          tensionAfter: 3,
        },
      ],
    })
    const parsed = parseHistoryFile(v1)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.entries[0]).toMatchObject({
      at: Date.parse('2026-11-27T09:14+01:00'),
      seconds: 312,
      before: 6,
      after: 3,
    })
    const here = { ...entries[0], at: Date.parse('2026-11-27T09:14:37+01:00') } as PracticeEntry
    expect(alignWithExisting(parsed.entries, [here])).toEqual([here])
  })

  it('leaves out what it cannot read and counts it', () => {
    const file = JSON.parse(
      historyJson(entries, titleOf, T, { routines: [{ code: 'nope', savedAt: 1 }] }),
    )
    file.practices.push({ date: 'whenever', routine: 'x' })
    const parsed = parseHistoryFile(JSON.stringify(file))
    expect(parsed.ok && parsed.skipped).toBe(2)
    expect(parsed.ok && parsed.entries).toHaveLength(2)
  })

  it('refuses anything else, whole, with the reason', () => {
    const json = historyJson(entries, titleOf, T)
    expect(parseHistoryFile(historyCsv(entries, titleOf))).toEqual({
      ok: false,
      problem: 'not-json',
    })
    expect(parseHistoryFile(json.slice(0, json.length / 2))).toEqual({
      ok: false,
      problem: 'not-json',
    })
    expect(parseHistoryFile('{"name":"my-app","version":"1.0.0"}')).toEqual({
      ok: false,
      problem: 'not-stillpoint',
    })
    expect(parseHistoryFile('[1,2,3]')).toEqual({ ok: false, problem: 'not-stillpoint' })
    expect(parseHistoryFile(json.replace('"version": 2', '"version": 3'))).toEqual({
      ok: false,
      problem: 'newer',
    })
    expect(
      parseHistoryFile('{"app":"Stillpoint","kind":"practice-history","version":2,"practices":[]}'),
    ).toEqual({ ok: false, problem: 'empty' })
    expect(parseHistoryFile(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too-big',
    })
  })
})
