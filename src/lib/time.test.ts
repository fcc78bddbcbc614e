import { describe, expect, it } from 'vitest'
import { clockTime, countOf, dateFormat, parseIsoDate, spokenTime } from './time'

describe('time text', () => {
  it('shows minutes and padded seconds, never negative', () => {
    expect(clockTime(0)).toBe('0:00')
    expect(clockTime(65.9)).toBe('1:05')
    expect(clockTime(374.6)).toBe('6:14')
    expect(clockTime(-3)).toBe('0:00')
  })
  it('says the time in words', () => {
    expect(spokenTime(1)).toBe('1 second')
    expect(spokenTime(59)).toBe('59 seconds')
    expect(spokenTime(60)).toBe('1 minute')
    expect(spokenTime(125)).toBe('2 minutes 5 seconds')
  })
  it('counts with the unit singular for one', () => {
    expect(countOf(1, 'day')).toBe('1 day')
    expect(countOf(0, 'minute')).toBe('0 minutes')
    expect(countOf(3, 'practice')).toBe('3 practices')
  })
  it('reads only real calendar dates', () => {
    expect(parseIsoDate('2026-12-08')).toEqual({ year: 2026, month: 12, day: 8 })
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    expect(parseIsoDate('2026-02-30')).toBeNull()
    expect(parseIsoDate('2026-13-01')).toBeNull()
    expect(parseIsoDate('8/12/2026')).toBeNull()
    expect(parseIsoDate('')).toBeNull()
  })
})

describe('dateFormat', () => {
  it('makes its formatter on first use, once, and formats as the browser would', () => {
    const Real = Intl.DateTimeFormat
    const day = new Date(2026, 11, 8)
    const expected = new Real(undefined, { day: 'numeric', month: 'short' }).format(day)
    let made = 0
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args)
        made++
      }
    } as typeof Real
    try {
      const short = dateFormat({ day: 'numeric', month: 'short' })
      expect(made).toBe(0)
      expect(short(day)).toBe(expected)
      expect(short(day.getTime())).toBe(expected)
      expect(made).toBe(1)
    } finally {
      Intl.DateTimeFormat = Real
    }
  })
})
