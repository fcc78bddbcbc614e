import { useEffect, useState, useSyncExternalStore } from 'react'
import { createHowlTrack } from '@/audio/howlTrack'
import { createSoundscape, type Soundscape } from '@/audio/soundscape'
import type { Walkthrough } from '@/content/walkthrough'
import type { BedChoice, Settings } from '@/state/settings'
import { createPreviewSession, type PreviewSession, type SoundNote } from './previewSession'

type Bed = Exclude<BedChoice, 'none'>

export interface SoundFiles {
  readonly narration: { readonly webm: string; readonly mp3: string }
  readonly beds: Readonly<Record<Bed, { readonly file: string }>>
  readonly chime: { readonly webm: string; readonly mp3: string }
}

const url = (path: string) => `${import.meta.env.BASE_URL}${path}`
const levelsOf = (s: Settings) => ({
  voice: s.voiceVolume,
  ambient: s.ambientVolume,
  chimes: s.chimeVolume,
})

/**
 * Starts a walkthrough run once the page is idle (so the first paint never waits for audio),
 * keeps its sound in step with the settings, and disposes it when the page goes.
 */
export function usePreviewSession(
  walkthrough: Walkthrough,
  files: SoundFiles,
  settings: Settings,
  onNote: (note: SoundNote) => void,
): PreviewSession | null {
  const [session, setSession] = useState<PreviewSession | null>(null)
  const [scape, setScape] = useState<Soundscape<Bed> | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: one run per page; settings apply below
  useEffect(() => {
    let made: PreviewSession | null = null
    const start = () => {
      const soundscape = createSoundscape<Bed>({
        beds: {
          'warm-pad': [url(files.beds['warm-pad'].file)],
          'slow-waves': [url(files.beds['slow-waves'].file)],
        },
        chime: [url(files.chime.webm), url(files.chime.mp3)],
        bed: settings.bed,
        levels: levelsOf(settings),
        // Loops are decoded whole (Web Audio) so they repeat without a gap.
        makeTrack: (src, loop) => createHowlTrack({ src, stream: false, loop }),
        onFailure: (what) => {
          if (what === 'bed') onNote('bed-failed')
        },
      })
      made = createPreviewSession({
        walkthrough,
        // The narration streams through a media element: no big decoded buffer in memory.
        narration: createHowlTrack({
          src: [url(files.narration.webm), url(files.narration.mp3)],
          stream: true,
        }),
        soundscape,
        levels: levelsOf(settings),
        onNote,
      })
      setScape(soundscape)
      setSession(made)
    }
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(start, { timeout: 1500 })
        : window.setTimeout(start, 300)
    return () => {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
      made?.dispose()
    }
  }, [walkthrough, files])

  const { voiceVolume, ambientVolume, chimeVolume, bed } = settings
  useEffect(() => {
    session?.setLevels({ voice: voiceVolume, ambient: ambientVolume, chimes: chimeVolume })
  }, [session, voiceVolume, ambientVolume, chimeVolume])
  useEffect(() => {
    scape?.setBed(bed)
  }, [scape, bed])

  return session
}

const idleState = {
  status: 'idle',
  cueIndex: -1,
  chapterIndex: -1,
  seeks: 0,
  waitIndex: -1,
} as const
const noop = () => () => undefined

/** The run's discrete state (status, cue, chapter); re-renders once per change, never per frame. */
export function usePlayerState(session: PreviewSession | null) {
  return useSyncExternalStore(
    session ? session.player.store.subscribe : noop,
    session ? session.player.store.getState : () => idleState,
  )
}

/** Ticks the run once per animation frame while it plays, and calls `paint` after each tick. */
export function usePlayLoop(
  session: PreviewSession | null,
  playing: boolean,
  paint: () => void,
): void {
  useEffect(() => {
    if (!session || !playing) return
    let id = 0
    const frame = () => {
      session.tick()
      paint()
      id = requestAnimationFrame(frame)
    }
    id = requestAnimationFrame(frame)
    return () => cancelAnimationFrame(id)
  }, [session, playing, paint])
}
