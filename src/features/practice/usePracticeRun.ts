import { useCallback, useMemo } from 'react'
import type { Routine, RoutineStep } from '@/content/practice'
import { type AmbientSoundFiles, siteUrl, useGuidedRun } from '@/playback/useGuidedRun'
import type { BodyMoment } from '@/scene/sceneTypes'
import { streamedClips } from '@/sound/howlVoices'
import type { SoundNote } from '@/sound/narratedRun'

/** What the body shows from a step on: its shot, the regions it works, and where the hands rest. */
export const stepMoment = ({ at, shot, regions, placement }: RoutineStep): BodyMoment => ({
  at,
  shot,
  focus: regions,
  therapistHands: [],
  placement,
})

/**
 * A routine as a guided run: a clip per step (the voice is the clock while it sounds, a wall
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
  return useGuidedRun({ run, makeVoice, ambient: files, onNote, voiceFiles, toMoment: stepMoment })
}
