import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFile, escapeText, firstOccurrence, foldLine } from './ics'

// Friday 27 November 2026, 10:00 local time.
const now = new Date(2026, 10, 27, 10, 0, 0)
let n = 0
const uid = () => `test-${++n}@stillpoint`

const weekly = {
  days: ['MO', 'WE', 'FR'] as const,
  time: { hour: 19, minute: 30 },
  minutes: 10,
  title: 'Stillpoint: a few calm minutes',
  description: 'Your head and neck routine, if it suits you today.',
  alarmMinutesBefore: 0,
}
const appointment = {
  date: { year: 2026, month: 12, day: 8 },
  time: { hour: 9, minute: 15 },
  minutes: 60,
  title: 'Appointment',
  description: 'Next visit, from your Stillpoint reminders.',
  alarmMinutesBefore: 60 * 24,
}

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75)
    expect(foldLine(line)).toBe(line)
  })
  it('folds longer lines at 75 octets with a CRLF and one space', () => {
    const folded = foldLine('y'.repeat(200))
    const physical = folded.split('\r\n')
    expect(physical[0]).toHaveLength(75)
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true)
    for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75)
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe('y'.repeat(200))
  })
  it('never splits a multi-byte character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`)
    for (const p of folded.split('\r\n')) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75)
      expect(p).not.toContain('\uFFFD')
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(60)}`)
  })
})

describe('firstOccurrence', () => {
  it('is today when today is chosen and the time is still ahead', () => {
    expect(firstOccurrence(now, ['FR'], { hour: 19, minute: 0 })).toEqual({
      year: 2026,
      month: 11,
      day: 27,
    })
  })
  it('moves on when today’s time has passed', () => {
    expect(firstOccurrence(now, ['FR'], { hour: 8, minute: 0 })).toEqual({
      year: 2026,
      month: 12,
      day: 4,
    })
  })
  it('finds the next chosen weekday', () => {
    expect(firstOccurrence(now, ['MO', 'TU'], { hour: 8, minute: 0 })).toEqual({
      year: 2026,
      month: 11,
      day: 30,
    })
  })
})

describe('calendarFile', () => {
  const text = calendarFile({ weekly, appointment, now, uid })

  it('ends every line with CRLF and keeps each within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    }
  })

  it('gives every event a UID and a DTSTAMP in UTC', () => {
    const events = text.split('BEGIN:VEVENT').slice(1)
    expect(events).toHaveLength(2)
    for (const e of events) {
      expect(e).toMatch(/\r\nUID:test-\d+@stillpoint\r\n/)
      expect(e).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/)
    }
  })

  it('uses floating local times: no Z and no time zone on the starts', () => {
    expect(text).toContain('DTSTART:20261127T193000\r\n')
    expect(text).toContain('DTSTART:20261208T091500\r\n')
    expect(text).not.toMatch(/DTSTART[^:]*TZID/)
  })

  it('repeats weekly on the chosen days, Monday first', () => {
    const file = calendarFile({ weekly: { ...weekly, days: ['FR', 'MO'] }, now, uid })
    expect(file).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR\r\n')
  })

  it('writes alarms with valid duration triggers', () => {
    expect(text).toContain('TRIGGER:PT0M\r\n')
    expect(text).toContain('TRIGGER:-PT24H\r\n')
  })

  it('leaves out the weekly event when no day is chosen', () => {
    const file = calendarFile({ weekly: { ...weekly, days: [] }, appointment, now, uid })
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(file).not.toContain('RRULE')
  })

  it('reads back in a real calendar parser with the same events, rule and alarms', () => {
    const long = {
      ...weekly,
      description: 'A longer note, with commas; semicolons\nand a new line. '.repeat(3),
    }
    const file = calendarFile({ weekly: long, appointment, now, uid })
    const calendar = new ICAL.Component(ICAL.parse(file))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events).toHaveLength(2)
    const [practice, visit] = events as [ICAL.Event, ICAL.Event]
    expect(practice.summary).toBe(weekly.title)
    expect(practice.description).toBe(long.description)
    expect(practice.isRecurring()).toBe(true)
    const rule = practice.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect(rule.freq).toBe('WEEKLY')
    expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR'])
    expect(practice.startDate.toString()).toBe('2026-11-27T19:30:00')
    expect(practice.startDate.zone?.tzid).toBe('floating')
    expect(practice.duration.toSeconds()).toBe(600)
    // The next three reminders fall on Friday, Monday and Wednesday.
    const it = practice.iterator()
    const next = [it.next(), it.next(), it.next()].map((t) => t?.toString())
    expect(next).toEqual(['2026-11-27T19:30:00', '2026-11-30T19:30:00', '2026-12-02T19:30:00'])
    expect(visit.startDate.toString()).toBe('2026-12-08T09:15:00')
    const alarm = visit.component.getFirstSubcomponent('valarm')
    if (!alarm) throw new Error('the appointment has no alarm')
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-86400)
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
  })
})
