import { describe, expect, it } from 'vitest'
import type { PracticeEntry } from '@/state/practice'
import {
  csvField,
  daysInARow,
  historyCsv,
  historyJson,
  thisWeek,
  weeklyTension,
  weekStart,
} from './summary'

// Friday 27 November 2026, 18:00 local time.
const now = new Date(2026, 10, 27, 18, 0).getTime()
const at = (month: number, day: number, hour = 9) => new Date(2026, month - 1, day, hour).getTime()
let made = 0
const practice = (when: number, over: Partial<PracticeEntry> = {}): PracticeEntry => ({
  id: `p-${made++}`,
  at: when,
  routine: 'neck-and-shoulders',
  seconds: 300,
  completed: true,
  before: 6,
  after: 3,
  ...over,
})
const title = (id: string) => (id === 'neck-and-shoulders' ? 'Neck and shoulders' : id)

describe('weeks', () => {
  it('start on Monday', () => {
    expect(new Date(weekStart(now)).getDate()).toBe(23)
    expect(new Date(weekStart(at(11, 23, 0))).getDate()).toBe(23)
    expect(new Date(weekStart(at(11, 22, 23))).getDate()).toBe(16)
  })
})

describe('thisWeek', () => {
  it('counts practices and minutes since Monday only', () => {
    const entries = [
      practice(at(11, 22)),
      practice(at(11, 23), { seconds: 610 }),
      practice(at(11, 27), { seconds: 20 }),
    ]
    expect(thisWeek(entries, now)).toEqual({ practices: 2, minutes: 11 })
  })
  it('is zero with nothing kept', () => {
    expect(thisWeek([], now)).toEqual({ practices: 0, minutes: 0 })
  })
})

describe('daysInARow', () => {
  it('counts back from today', () => {
    expect(
      daysInARow(
        [at(11, 25), at(11, 26), at(11, 27), at(11, 27, 20)].map((t) => practice(t)),
        now,
      ),
    ).toBe(3)
  })
  it('keeps yesterday’s run while today is not over', () => {
    expect(
      daysInARow(
        [at(11, 25), at(11, 26)].map((t) => practice(t)),
        now,
      ),
    ).toBe(2)
  })
  it('starts again after a missed day', () => {
    expect(
      daysInARow(
        [at(11, 23), at(11, 25)].map((t) => practice(t)),
        now,
      ),
    ).toBe(0)
  })
})

describe('weeklyTension', () => {
  it('averages the rated practices of each week, oldest first', () => {
    const weeks = weeklyTension(
      [
        practice(at(11, 16), { before: 7, after: 4 }),
        practice(at(11, 18), { before: 6, after: null }),
        practice(at(11, 24), { before: 5, after: 2 }),
      ],
      now,
      3,
    )
    expect(weeks.map((w) => new Date(w.week).getDate())).toEqual([9, 16, 23])
    expect(weeks[0]).toMatchObject({ practices: 0, before: null, after: null })
    expect(weeks[1]).toMatchObject({ practices: 2, before: 6.5, after: 4 })
    expect(weeks[2]).toMatchObject({ practices: 1, before: 5, after: 2 })
  })
})

describe('export', () => {
  const entries = [
    practice(at(11, 26, 8), { before: null, completed: false, seconds: 95 }),
    practice(at(11, 27, 7), { routine: '=HYPERLINK("x")' }),
  ]

  it('writes JSON with a version, readable dates and every rating', () => {
    const data = JSON.parse(historyJson(entries, title, now))
    expect(data).toMatchObject({ app: 'Stillpoint', kind: 'practice-history', version: 2 })
    expect(data.practices).toHaveLength(2)
    expect(data.practices[0]).toMatchObject({
      routine: 'neck-and-shoulders',
      routineTitle: 'Neck and shoulders',
      minutes: 2,
      completed: false,
      tensionBefore: null,
      tensionAfter: 3,
    })
    expect(data.practices[0].date).toMatch(/^2026-11-26T08:00[+-]\d\d:\d\d$/)
  })

  it('writes CSV with a header, CRLF rows and nothing a spreadsheet would run', () => {
    const csv = historyCsv(entries, title)
    const rows = csv.split('\r\n')
    expect(rows[0]).toBe(
      'date,routine,routine_title,minutes,completed,tension_before,tension_after',
    )
    expect(rows[1]).toMatch(
      /^2026-11-26T08:00[^,]*,neck-and-shoulders,Neck and shoulders,2,false,,3$/,
    )
    expect(rows[2]).toContain(`"'=HYPERLINK(""x"")"`)
    expect(rows).toHaveLength(4)
    expect(rows[3]).toBe('')
  })

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(-3)).toBe('-3')
    expect(csvField('-3')).toBe("'-3")
    expect(csvField(null)).toBe('')
  })
})
