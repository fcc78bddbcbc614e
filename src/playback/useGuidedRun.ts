import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Run } from '@/engine/run'
import type { Timeline } from '@/engine/timeline'
import { siteUrl } from '@/lib/siteUrl'
import { type AudioFiles, keepForOffline, playableUrls } from '@/offline/audioCache'
import { type BodyRun, heldRun } from '@/scene/runClock'
import type { BodyMoment } from '@/scene/sceneTypes'
import { ambientSoundscape } from '@/sound/howlVoices'
import { createNarratedRun, type SoundNote, type SpokenSegment } from '@/sound/narratedRun'
import { deferredSoundscape, type Soundscape } from '@/sound/soundscape'
import type { VoiceClock } from '@/sound/voice'
import { appStore } from '@/state/appStore'
import type { BedChoice, Settings } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { createGuidedRun, type GuidedRun } from './guidedRun'

type Bed = Exclude<BedChoice, 'none'>

/** The sound around every guided run, as the manifest names it: the beds and the chime. */
export interface AmbientSoundFiles {
  readonly beds: Readonly<Record<Bed, { readonly file: string }>>
  readonly chime: { readonly webm: string; readonly mp3: string }
}

export { siteUrl }

const levelsOf = (s: Settings) => ({
  voice: s.voiceVolume,
  ambient: s.ambientVolume,
  chimes: s.chimeVolume,
})

/** What a guided run is made of: its timeline, its voice and sound, and what the body shows. */
export interface GuidedRunParts<S extends SpokenSegment> {
  readonly run: Timeline<S> | Run<S>
  /** Makes the voice clock (or null to run silent); keep it stable (useCallback). */
  readonly makeVoice: () => VoiceClock | null
  readonly ambient: AmbientSoundFiles
  readonly onNote: (note: SoundNote) => void
  /** The files `makeVoice` plays, as the manifest names them (kept for offline once played). */
  readonly voiceFiles?: readonly AudioFiles[]
  /** What the body shows from each cue or step on; keep it stable (module level). */
  readonly toMoment: (cue: S) => BodyMoment
}

/** A page's guided run: null until it is ready, and the body's run from the first render. */
export interface UsedGuidedRun<S extends SpokenSegment> {
  readonly guided: GuidedRun<S> | null
  /** The guided run once it is ready; until then, its plan held at the start. */
  readonly body: BodyRun
}

/**
 * Starts a guided run once the page is idle (so the first paint never waits for audio), keeps
 * its sound in step with the settings, and disposes it when the page goes. Shared by every guided
 * journey: the walkthrough passes its narration, a routine its clips.
 *
 * The first time it plays, the run's sound (voice, chime and the chosen bed, in the one format
 * this browser plays) is kept on the device, so it plays offline next time.
 */
export function useGuidedRun<S extends SpokenSegment>({
  run,
  makeVoice,
  ambient,
  onNote,
  voiceFiles = [],
  toMoment,
}: GuidedRunParts<S>): UsedGuidedRun<S> {
  const settings = useAppState((s) => s.settings)
  // The plan is built once: the held run shows it until the guided run is ready, then that one
  // carries the same plan.
  const plan = useMemo(() => run.cues.map(toMoment), [run, toMoment])
  const [guided, setGuided] = useState<GuidedRun<S> | null>(null)
  const [scape, setScape] = useState<Soundscape<Bed> | null>(null)
  const urls = useMemo(
    () => ({
      beds: {
        'warm-pad': [siteUrl(ambient.beds['warm-pad'].file)],
        'slow-waves': [siteUrl(ambient.beds['slow-waves'].file)],
      },
      chime: [siteUrl(ambient.chime.webm), siteUrl(ambient.chime.mp3)],
    }),
    [ambient],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: one run per page; settings apply below
  useEffect(() => {
    let made: GuidedRun<S> | null = null
    let warm = () => {}
    const start = () => {
      const soundscape = deferredSoundscape<Bed>(
        (bed, levels) => ambientSoundscape<Bed>(urls, bed, levels, () => onNote('bed-failed')),
        settings.bed,
        levelsOf(settings),
      )
      warm = () => soundscape.warm()
      made = createGuidedRun(
        createNarratedRun({
          run,
          voice: makeVoice(),
          soundscape,
          levels: levelsOf(settings),
          onNote,
        }),
        plan,
      )
      setScape(soundscape)
      setGuided(made)
    }
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(start, { timeout: 1500 })
        : window.setTimeout(start, 300)
    // The first touch or key readies the beds and chime (and the audio context) before Play.
    const firstUse = () => warm()
    window.addEventListener('pointerdown', firstUse, { capture: true, passive: true })
    window.addEventListener('keydown', firstUse, { capture: true, passive: true })
    return () => {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
      window.removeEventListener('pointerdown', firstUse, { capture: true })
      window.removeEventListener('keydown', firstUse, { capture: true })
      made?.dispose()
    }
  }, [run, makeVoice, urls, plan])

  // A run that plays counts as someone using the app (a kiosk does not reset under a visitor).
  const id = useId()
  const kept = useRef(false)
  const offlineFiles = useRef<readonly AudioFiles[]>([])
  offlineFiles.current = [
    ...voiceFiles,
    ambient.chime,
    ...(settings.bed === 'none' ? [] : [ambient.beds[settings.bed].file]),
  ]
  useEffect(() => {
    if (!guided) return
    const { store } = guided.player
    const report = () => {
      const playing = store.getState().status === 'playing'
      appStore.getState().setPlaying(id, playing)
      if (playing && !kept.current) {
        kept.current = true
        void keepForOffline(playableUrls(offlineFiles.current).map(siteUrl))
      }
    }
    report()
    const unsubscribe = store.subscribe(report)
    return () => {
      unsubscribe()
      appStore.getState().setPlaying(id, false)
    }
  }, [guided, id])

  const { voiceVolume, ambientVolume, chimeVolume, bed } = settings
  useEffect(() => {
    guided?.setLevels({ voice: voiceVolume, ambient: ambientVolume, chimes: chimeVolume })
  }, [guided, voiceVolume, ambientVolume, chimeVolume])
  useEffect(() => {
    scape?.setBed(bed)
  }, [scape, bed])

  const held = useMemo(() => heldRun(plan), [plan])
  return { guided, body: guided ?? held }
}
