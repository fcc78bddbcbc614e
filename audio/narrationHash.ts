import { createHash } from 'node:crypto'
import { VOICE_CHAIN } from './voiceSettings'

/**
 * What a narration clip is made from: the voice settings and the words. The manifest stores this
 * for every cue; a test recomputes it from the script, so changed words without new audio fail.
 */
export const VOICE = VOICE_CHAIN

export function narrationHash(spoken: string): string {
  return createHash('sha256').update(`${VOICE}\n${spoken}`).digest('hex').slice(0, 16)
}
