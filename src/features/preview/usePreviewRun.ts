import { useCallback, useMemo } from 'react'
import type { Walkthrough, WalkthroughCue } from '@/content/walkthrough'
import { createTimeline } from '@/engine/timeline'
import { type AmbientSoundFiles, siteUrl, useGuidedRun } from '@/playback/useGuidedRun'
import type { BodyMoment } from '@/scene/sceneTypes'
import { streamedNarration } from '@/sound/howlVoices'
import type { SoundNote } from '@/sound/narratedRun'

/** The walkthrough's sound files, as paths from the site's root. */
export interface SoundFiles extends AmbientSoundFiles {
  readonly narration: { readonly webm: string; readonly mp3: string }
}

/** What the body shows from a walkthrough cue on: its shot, what is lit, the therapist's hands. */
export const cueMoment = ({
  at,
  shot,
  focus,
  therapistHands = [],
}: WalkthroughCue): BodyMoment => ({
  at,
  shot,
  focus,
  therapistHands,
})

/** The walkthrough as a guided run: its timeline, its streamed narration, its beds and chime. */
export function usePreviewRun(
  walkthrough: Walkthrough,
  files: SoundFiles,
  onNote: (note: SoundNote) => void,
) {
  const timeline = useMemo(
    () => createTimeline(walkthrough.cues, walkthrough.duration),
    [walkthrough],
  )
  const makeVoice = useCallback(
    () =>
      streamedNarration(
        [siteUrl(files.narration.webm), siteUrl(files.narration.mp3)],
        walkthrough.duration,
      ),
    [files, walkthrough.duration],
  )
  const voiceFiles = useMemo(() => [files.narration], [files])
  const { guided, body } = useGuidedRun({
    run: timeline,
    makeVoice,
    ambient: files,
    onNote,
    voiceFiles,
    toMoment: cueMoment,
  })
  return { timeline, guided, body }
}
