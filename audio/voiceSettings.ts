/**
 * How the narration sounds: the synthetic voice and its pace, the loudness every line is brought
 * to, and how far under it the ambient beds sit. Pure numbers, shared by the generator and tests.
 */

/**
 * The HTS voice, and its speech rate (the engine's `-r`: below 1 lengthens every phone, which
 * slows the voice properly, where sox's tempo would only stretch the sound). Lines that ask the
 * listener to notice or feel something are spoken slower still.
 */
export const HTS_VOICE = 'cmu_us_slt_arctic_hts'
export const HTS_RATE = 0.8
export const HTS_NOTICE_RATE = 0.65
/** The synthetic voice at a rate, as the manifest names it on each line it made. */
export const syntheticVoice = (rate: number) => `festival ${HTS_VOICE} r${rate}`
/** What a line recorded by a person is called in the manifest. */
export const RECORDED_VOICE = 'recording'

/** Silences inside a synthetic line, seconds (see audio/shape.ts `phrase`). */
export const PHRASING = { phrasePause: 0.4, sentencePause: 0.7, lead: 0.02, tail: 0.06 } as const

/** Every line, synthetic or recorded, is brought to this integrated loudness (LUFS). */
export const VOICE_LUFS = -18
/** A line's peaks are limited to this, dBFS, as it is brought to {@link VOICE_LUFS}. */
export const PEAK_LIMIT_DBFS = -1
/** The ambient beds at most, as rendered (LUFS), before the app's own gains: louder ones come down. */
export const BED_LUFS = -27
/** WCAG 1.4.7: background sound at least 20 dB under the speech. */
export const MIN_BED_UNDER_VOICE_DB = 20

/** Everything that shapes a synthetic clip: part of each line's hash. */
export const VOICE_CHAIN = `${syntheticVoice(HTS_RATE)} (noticing lines r${HTS_NOTICE_RATE}); phrase breaks ${PHRASING.phrasePause} s, sentences ${PHRASING.sentencePause} s; sox lowpass 7000, bass +2; ${VOICE_LUFS} LUFS, peaks limited to ${PEAK_LIMIT_DBFS} dBFS`

const dB = (gain: number) => 20 * Math.log10(gain)

/**
 * How far the bed sits under the voice while the voice speaks, dB, as the app plays them: the
 * voice at `voiceVolume`, the bed at `ambient` times `duck` (src/sound/soundscape.ts).
 */
export function bedUnderVoiceDb(p: {
  readonly voiceLufs: number
  readonly bedLufs: number
  readonly voiceVolume: number
  readonly ambient: number
  readonly duck: number
}): number {
  return p.voiceLufs + dB(p.voiceVolume) - (p.bedLufs + dB(p.ambient * p.duck))
}
