import { createHowlTrack } from './howlTrack'
import { createSoundscape, type SoundLevels, type Soundscape } from './soundscape'
import { createClipVoice, createTrackVoice, type VoiceClock } from './voice'

/**
 * One long narration, streamed through a media element (no big decoded buffer in memory), as
 * the clock of a walkthrough.
 */
export function streamedNarration(src: readonly string[], length: number): VoiceClock {
  return createTrackVoice(createHowlTrack({ src, stream: true }), length)
}

/** A clip per step, each streamed, as the clock of a routine. */
export function streamedClips(
  clips: readonly {
    readonly at: number
    readonly duration: number
    readonly src: readonly string[]
  }[],
  length: number,
): VoiceClock {
  return createClipVoice(
    clips.map((c) => ({
      at: c.at,
      duration: c.duration,
      track: createHowlTrack({ src: c.src, stream: true }),
    })),
    length,
  )
}

/** The files of the sound around a run: the ambient beds and the chime. */
export interface AmbientFiles<B extends string> {
  readonly beds: Readonly<Record<B, readonly string[]>>
  readonly chime: readonly string[]
}

/** The ambient bed and the chime, decoded whole (Web Audio) so loops repeat without a gap. */
export function ambientSoundscape<B extends string>(
  files: AmbientFiles<B>,
  bed: B | 'none',
  levels: SoundLevels,
  onBedFailure: () => void,
): Soundscape<B> {
  return createSoundscape<B>({
    beds: files.beds,
    chime: files.chime,
    bed,
    levels,
    makeTrack: (src, loop) => createHowlTrack({ src, stream: false, loop }),
    onFailure: (what) => {
      if (what === 'bed') onBedFailure()
    },
  })
}
