import { useCallback, useMemo } from 'react'
import { streamedNarration } from '@/audio/howlVoices'
import type { SoundNote } from '@/audio/narratedRun'
import type { Walkthrough } from '@/content/walkthrough'
import { type AmbientSoundFiles, siteUrl, useNarratedRun } from '@/playback/useNarratedRun'
import { createTimeline } from '@/session/timeline'

/** The walkthrough's sound files, as paths from the site's root. */
export interface SoundFiles extends AmbientSoundFiles {
  readonly narration: { readonly webm: string; readonly mp3: string }
}

/** The walkthrough as a narrated run: its timeline, its streamed narration, its beds and chime. */
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
  const session = useNarratedRun(timeline, makeVoice, files, onNote, [files.narration])
  return { timeline, session }
}
