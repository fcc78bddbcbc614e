/**
 * Counting and splitting the narration's words: shared by the generator (which prints the pace
 * and checks every word against festival's lexicon) and the tests (which hold the manifest to the
 * script without festival).
 */

/** The pace of speech for guided relaxation, in words per minute while the voice speaks. */
export const PACE = { min: 125, max: 145 } as const
/** The fastest a single line that asks to notice or feel may be spoken, words per minute. */
export const LINE_MAX_WPM = 160

/** Spoken words as a listener counts them: "hands-on" is one, "30 to 60" three. */
export function wordCount(spoken: string): number {
  return spoken.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length
}

export const wordsPerMinute = (words: number, seconds: number) =>
  seconds > 0 ? (words * 60) / seconds : 0

/** Festival's default punctuation around a token (`token.prepunctuation`, `token.punctuation`). */
const PRE = /^["'`({[]+/
const POST = /["'`.,:;!?(){}[\]]+$/

/**
 * The tokens festival makes of a line: split at white space, punctuation around them taken off,
 * lower case. "body's", "hands-on" and "30" stay whole (festival turns them into words later).
 * The generator checks that festival agrees with this, so the test can use it without festival.
 */
export function spokenTokens(spoken: string): string[] {
  return spoken
    .split(/\s+/)
    .map((t) => t.replace(PRE, '').replace(POST, '').toLowerCase())
    .filter((t) => t !== '')
}
