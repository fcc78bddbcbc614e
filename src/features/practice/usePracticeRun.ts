import { useCallback, useMemo } from 'react'
import { streamedClips } from '@/audio/howlVoices'
import type { SoundNote } from '@/audio/narratedRun'
import type { Routine } from '@/content/practice'
import { type AmbientSoundFiles, siteUrl, useNarratedRun } from '@/playback/useNarratedRun'

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
          src: [siteUrl(step.files.webm), siteUrl(step.files.mp3)],
        })),
        run.duration,
      ),
    [run],
  )
  const voiceFiles = useMemo(() => run.cues.map((step) => step.files), [run])
  return useNarratedRun(run, makeVoice, files, onNote, voiceFiles)
}
