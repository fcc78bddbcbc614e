/** Unhurried reading pace in words a minute, a little slower than the adult average. */
const WORDS_PER_MINUTE = 180

/** Whole minutes it takes to read `text` at an unhurried pace (at least 1). */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
