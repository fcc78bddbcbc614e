/**
 * A calendar file (iCalendar, RFC 5545) written by hand: a weekly practice reminder and, when
 * given, the next appointment. Times are floating local times (no time zone), so 7 pm stays 7 pm
 * wherever the phone is.
 */

import type { CalendarDate } from './time'

export type { CalendarDate }

/** RFC 5545 weekday codes, Monday first. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof weekdays)[number]

/** A wall-clock time of day. */
export interface TimeOfDay {
  readonly hour: number
  readonly minute: number
}

export interface WeeklyReminder {
  readonly days: readonly Weekday[]
  readonly time: TimeOfDay
  readonly minutes: number
  readonly title: string
  readonly description: string
  /** Minutes before the start that the alarm goes off (0: at the start). */
  readonly alarmMinutesBefore: number
}

export interface Appointment {
  readonly date: CalendarDate
  readonly time: TimeOfDay
  readonly minutes: number
  readonly title: string
  readonly description: string
  /** Minutes before the start that the alarm goes off. */
  readonly alarmMinutesBefore: number
}

export interface CalendarInput {
  readonly weekly?: WeeklyReminder
  readonly appointment?: Appointment
  /** Now, for DTSTAMP and the first reminder's date. */
  readonly now: Date
  /** A fresh unique id per event. */
  readonly uid: () => string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const dateText = (d: CalendarDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`
const floating = (d: CalendarDate, t: TimeOfDay) =>
  `${dateText(d)}T${pad(t.hour)}${pad(t.minute)}00`
const utcStamp = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * Folds a content line so no physical line is longer than 75 octets: continuation lines start
 * with one space (RFC 5545 3.1). Never splits a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** A duration such as `PT15M`, or `-PT10M` for an alarm before the start. */
function duration(minutes: number, before = false): string {
  const m = Math.max(0, Math.round(minutes))
  const h = Math.floor(m / 60)
  const rest = m % 60
  const body = h > 0 ? `PT${h}H${rest > 0 ? `${rest}M` : ''}` : `PT${rest}M`
  return before && m > 0 ? `-${body}` : body
}

/** The first date on or after `from` that falls on one of `days`. */
export function firstOccurrence(
  from: Date,
  days: readonly Weekday[],
  time: TimeOfDay,
): CalendarDate {
  for (let offset = 0; offset < 8; offset++) {
    const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset)
    const code = weekdays[(d.getDay() + 6) % 7] as Weekday
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), time.hour, time.minute)
    if (days.includes(code) && start.getTime() >= from.getTime()) {
      return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }
    }
  }
  // Unreachable with at least one day; a week from now keeps the file valid regardless.
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7)
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }
}

function event(
  lines: string[],
  fields: {
    uid: string
    stamp: string
    start: string
    minutes: number
    title: string
    description: string
    rule?: string
    alarmMinutesBefore: number
  },
) {
  lines.push(
    'BEGIN:VEVENT',
    `UID:${fields.uid}`,
    `DTSTAMP:${fields.stamp}`,
    `DTSTART:${fields.start}`,
    `DURATION:${duration(fields.minutes)}`,
  )
  if (fields.rule) lines.push(`RRULE:${fields.rule}`)
  lines.push(
    `SUMMARY:${escapeText(fields.title)}`,
    `DESCRIPTION:${escapeText(fields.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(fields.title)}`,
    `TRIGGER:${duration(fields.alarmMinutesBefore, true)}`,
    'END:VALARM',
    'END:VEVENT',
  )
}

/** The whole file: CRLF line ends, folded lines, one event per reminder. */
export function calendarFile({ weekly, appointment, now, uid }: CalendarInput): string {
  const stamp = utcStamp(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stillpoint//Practice reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  if (weekly && weekly.days.length > 0) {
    const days = weekdays.filter((d) => weekly.days.includes(d))
    event(lines, {
      uid: uid(),
      stamp,
      start: floating(firstOccurrence(now, days, weekly.time), weekly.time),
      minutes: weekly.minutes,
      title: weekly.title,
      description: weekly.description,
      rule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`,
      alarmMinutesBefore: weekly.alarmMinutesBefore,
    })
  }
  if (appointment) {
    event(lines, {
      uid: uid(),
      stamp,
      start: floating(appointment.date, appointment.time),
      minutes: appointment.minutes,
      title: appointment.title,
      description: appointment.description,
      alarmMinutesBefore: appointment.alarmMinutesBefore,
    })
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
