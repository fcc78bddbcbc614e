import { type Clock, createPerformanceClock } from '@/engine/clock'
import { createPlayer, type Player } from '@/engine/player'
import type { Run } from '@/engine/run'
import type { TimedCue, Timeline } from '@/engine/timeline'
import type { SoundLevels, Soundscape } from './soundscape'
import type { VoiceClock } from './voice'

/** Why the run carries on without some sound; each gets a calm note on screen. */
export type SoundNote = 'voice-failed' | 'voice-blocked' | 'bed-failed'

/** Asked to play, audio loaded, yet silent this long: the browser is blocking it. */
export const BLOCKED_MS = 5000
/** Asked to play and still not loaded after this long: carry on without the voice. */
export const LOAD_GIVE_UP_MS = 12000
/** Chapter changes this soon after a seek are jumps, not the story moving on: no chime. */
const SEEK_QUIET_MS = 400

/** A segment the voice speaks for a while (a walkthrough cue or a routine step). */
export interface SpokenSegment extends TimedCue {
  /** When the voice starts, if later than the segment's start (a routine step's chime first). */
  readonly voiceAt?: number
  readonly spokenDuration: number
}

export interface NarratedRunOptions<S extends SpokenSegment, B extends string> {
  readonly run: Timeline<S> | Run<S>
  /**
   * The voice as the clock (one track, or a clip per step: see `voice.ts`), or null to start
   * silent (captions, the screen and the body carry the run).
   */
  readonly voice: VoiceClock | null
  readonly soundscape: Soundscape<B>
  readonly levels: SoundLevels
  readonly onNote: (note: SoundNote) => void
  /** Milliseconds, for stall timing; injectable for tests. */
  readonly nowMs?: () => number
  /** The silent clock to fall back on; injectable for tests. */
  readonly silentClock?: () => Clock
}

/** A run with its voice, its sound around it, and its calm way of going on without them. */
export interface NarratedRun<S extends SpokenSegment> {
  readonly player: Player<S>
  /** Whether the voice is the clock, or the run goes on silently. */
  readonly voice: () => 'audio' | 'silent'
  /** Waiting for the voice to start (loading, or for the browser to allow sound). */
  readonly waiting: () => boolean
  /** The voice needed now is loaded and can sound at once. */
  readonly ready: () => boolean
  /** Once per animation frame while playing: reads the clock, ducks the bed, watches for stalls. */
  tick(): void
  play(): void
  pause(): void
  toggle(): void
  seek(t: number): void
  skip(seconds: number): void
  seekToChapter(index: number): void
  setLevels(levels: SoundLevels): void
  dispose(): void
}

/**
 * A narrated run (a walkthrough, or a routine): the player on the voice's clock, the ambient bed
 * and chimes around it (a chime as each chapter or step follows the last), and the fall-back to a
 * silent clock, at the same position, when the voice cannot be heard. Framework-free, so every
 * bad day is tested with hand-made tracks.
 */
export function createNarratedRun<S extends SpokenSegment, B extends string>(
  options: NarratedRunOptions<S, B>,
): NarratedRun<S> {
  const { run, soundscape, onNote } = options
  const nowMs = options.nowMs ?? (() => performance.now())
  const silentClock = options.silentClock ?? (() => createPerformanceClock())
  const audioClock = options.voice
  const player = createPlayer({ timeline: run, clock: audioClock ?? silentClock() })
  let voice: 'audio' | 'silent' = audioClock ? 'audio' : 'silent'
  let playPressedAt: number | null = null
  let seekedAt = Number.NEGATIVE_INFINITY
  let levels = options.levels

  const goSilent = (note: SoundNote) => {
    if (voice === 'silent') return
    voice = 'silent'
    player.replaceClock(silentClock())
    onNote(note)
  }
  audioClock?.setVolume(levels.voice)
  audioClock?.onFailure((failure) =>
    goSilent(failure === 'load' ? 'voice-failed' : 'voice-blocked'),
  )

  let lastChapter = player.store.getState().chapterIndex
  // The bed and chimes start once the voice sounds, not on the press: making them is the page's
  // first Web Audio (its AudioContext, decoding the bed), which takes ~100 ms of the page's
  // thread on some machines, and in the press's own task it held back the voice's start by as
  // much (play to sound, cached: 134 ms median, where it was 35).
  const soundscapeFollows = () =>
    soundscape.setActive(
      player.store.getState().status === 'playing' && !(voice === 'audio' && audioClock?.waiting()),
    )
  const unsubscribe = player.store.subscribe((state) => {
    soundscapeFollows()
    if (state.status !== 'playing') playPressedAt = null
    if (state.chapterIndex !== lastChapter) {
      const onward = state.chapterIndex === lastChapter + 1
      lastChapter = state.chapterIndex
      if (onward && state.status === 'playing' && nowMs() - seekedAt > SEEK_QUIET_MS) {
        soundscape.chime()
      }
    }
  })

  const narrated: NarratedRun<S> = {
    player,
    voice: () => voice,
    waiting: () => voice === 'audio' && !!audioClock?.waiting(),
    ready: () => !!audioClock?.loaded(),
    tick() {
      player.tick()
      soundscapeFollows()
      const { t, cue } = player.frame
      soundscape.setDucked(
        voice === 'audio' &&
          levels.voice > 0 &&
          !!cue &&
          t < (cue.voiceAt ?? cue.at) + cue.spokenDuration,
      )
      if (voice !== 'audio' || !audioClock?.waiting() || playPressedAt === null) return
      const waited = nowMs() - playPressedAt
      const loaded = audioClock.loaded()
      if (loaded ? waited > BLOCKED_MS : waited > LOAD_GIVE_UP_MS) {
        goSilent(loaded ? 'voice-blocked' : 'voice-failed')
        player.play()
      }
    },
    play() {
      playPressedAt = nowMs()
      player.play()
    },
    pause() {
      player.pause()
    },
    toggle() {
      if (player.store.getState().status === 'playing') narrated.pause()
      else narrated.play()
    },
    seek(t) {
      seekedAt = nowMs()
      player.seek(t)
    },
    skip(seconds) {
      narrated.seek(player.frame.t + seconds)
    },
    seekToChapter(index) {
      seekedAt = nowMs()
      player.seekToChapter(index)
    },
    setLevels(next) {
      levels = next
      audioClock?.setVolume(next.voice)
      soundscape.setLevels(next)
    },
    dispose() {
      unsubscribe()
      player.dispose()
      soundscape.dispose()
    },
  }
  return narrated
}
