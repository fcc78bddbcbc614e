import { createHash } from 'node:crypto'

/**
 * What a narration clip is made from: the voice settings and the words. The manifest stores this
 * for every cue; a test recomputes it from the script, so changed words without new audio fail.
 */
export const VOICE = 'festival cmu_us_slt_arctic_hts; sox tempo -s 0.88, lowpass 7000, bass +2'

export function narrationHash(spoken: string): string {
  return createHash('sha256').update(`${VOICE}\n${spoken}`).digest('hex').slice(0, 16)
}
