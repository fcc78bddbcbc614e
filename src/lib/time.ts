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
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (m === 0) return part(r, 'second')
  return r === 0 ? part(m, 'minute') : `${part(m, 'minute')} ${part(r, 'second')}`
}
