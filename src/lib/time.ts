/** "4:05" for 245.3 seconds: minutes and zero-padded seconds, rounded down. */
export function clockTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const m = Math.floor(s / 60)
  const r = s % 60
  if (m === 0) return countOf(r, 'second')
  return r === 0 ? countOf(m, 'minute') : `${countOf(m, 'minute')} ${countOf(r, 'second')}`
}

/** "1 minute", "3 minutes": a count and its unit, singular for one. */
export function countOf(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

/** A calendar date (month 1–12), with no time and no time zone. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** "2026-12-08" (as a date input gives it) as a calendar date; null unless it is a real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day))
  return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : null
}

/**
 * A date formatter in the person's own language, made on its first use. The first
 * `Intl.DateTimeFormat` a page makes loads the browser's locale data: about 75 ms on the page's
 * thread here, which a module that merely imports this file must not pay while the page starts.
 */
export function dateFormat(options: Intl.DateTimeFormatOptions): (date: Date | number) => string {
  let made: Intl.DateTimeFormat | null = null
  return (date) => {
    made ??= new Intl.DateTimeFormat(undefined, options)
    return made.format(date)
  }
}

const longDay = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })

/** "Tuesday, December 8, 2026" in the person's own language and order. */
export function formatLongDay(date: CalendarDate): string {
  return longDay(new Date(date.year, date.month - 1, date.day))
}

/** A moment's local day as `YYYY-MM-DD`. */
export function localIsoDay(date: Date | number): string {
  const d = new Date(date)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** A moment's day, as {@link formatLongDay} writes it. */
export function formatLongDayOf(when: Date | number): string {
  return longDay(when)
}
