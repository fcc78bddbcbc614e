import { useCallback, useMemo } from 'react'
import { streamedNarration } from '@/audio/howlVoices'
import type { SoundNote } from '@/audio/narratedRun'
import type { Walkthrough } from '@/content/walkthrough'
import { useNarratedRun } from '@/playback/useNarratedRun'
import { createTimeline } from '@/session/timeline'
import type { BedChoice } from '@/state/settings'

type Bed = Exclude<BedChoice, 'none'>

/** The walkthrough's sound files, as paths from the site's root. */
export interface SoundFiles {
  readonly narration: { readonly webm: string; readonly mp3: string }
  readonly beds: Readonly<Record<Bed, { readonly file: string }>>
  readonly chime: { readonly webm: string; readonly mp3: string }
}

const url = (path: string) => `${import.meta.env.BASE_URL}${path}`

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
        [url(files.narration.webm), url(files.narration.mp3)],
        walkthrough.duration,
      ),
    [files, walkthrough.duration],
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
  const session = useNarratedRun(timeline, makeVoice, ambient, onNote)
  return { timeline, session }
}
