import { useCallback, useMemo } from 'react'
import { streamedClips } from '@/audio/howlVoices'
import type { SoundNote } from '@/audio/narratedRun'
import type { Routine } from '@/content/practice'
import { useNarratedRun } from '@/playback/useNarratedRun'
import type { BedChoice } from '@/state/settings'

type Bed = Exclude<BedChoice, 'none'>

/** The sound around every routine: the ambient beds and the chime, as paths from the site's root. */
export interface AmbientSoundFiles {
  readonly beds: Readonly<Record<Bed, { readonly file: string }>>
  readonly chime: { readonly webm: string; readonly mp3: string }
}

const url = (path: string) => `${import.meta.env.BASE_URL}${path}`

/**
 * A routine as a narrated run: a clip per step (the voice is the clock while it sounds, a wall
 * clock through the chime before it and the hold after it), the bed, and a chime as each step
 * begins.
 */
export function usePracticeRun(
  routine: Routine,
  files: AmbientSoundFiles,
  onNote: (note: SoundNote) => void,
) {
  const { run } = routine
  const makeVoice = useCallback(
    () =>
      streamedClips(
        run.cues.map((step) => ({
          at: step.voiceAt,
          duration: step.spokenDuration,
          src: [url(step.files.webm), url(step.files.mp3)],
        })),
        run.duration,
      ),
    [run],
  )
  const ambient = useMemo(
    () => ({
      beds: {
        'warm-pad': [url(files.beds['warm-pad'].file)],
        'slow-waves': [url(files.beds['slow-waves'].file)],
      },
      chime: [url(files.chime.webm), url(files.chime.mp3)],
    }),
    [files],
  )
  return useNarratedRun(run, makeVoice, ambient, onNote)
}
