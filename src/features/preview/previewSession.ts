import { createAudioClock } from '@/audio/audioClock'
import type { SoundLevels, Soundscape } from '@/audio/soundscape'
import type { Track } from '@/audio/track'
import type { Walkthrough, WalkthroughCue } from '@/content/walkthrough'
import { type Clock, createPerformanceClock } from '@/session/clock'
import { createPlayer, type Player } from '@/session/player'
import { createTimeline } from '@/session/timeline'

/** Why the walkthrough carries on without some sound; each gets a calm note on screen. */
export type SoundNote = 'voice-failed' | 'voice-blocked' | 'bed-failed'

/** Seconds a skip button moves. */
export const SKIP_SECONDS = 15
/** Asked to play, audio loaded, yet silent this long: the browser is blocking it. */
export const BLOCKED_MS = 5000
/** Asked to play and still not loaded after this long: carry on without the voice. */
export const LOAD_GIVE_UP_MS = 12000
/** Chapter changes this soon after a seek are jumps, not the story moving on: no chime. */
const SEEK_QUIET_MS = 400

export interface PreviewSessionOptions<B extends string> {
  readonly walkthrough: Walkthrough
  /** The narration, or null to start silent (captions and the body carry the story). */
  readonly narration: Track | null
  readonly soundscape: Soundscape<B>
  readonly levels: SoundLevels
  readonly onNote: (note: SoundNote) => void
  /** Milliseconds, for stall timing; injectable for tests. */
  readonly nowMs?: () => number
  /** The silent clock to fall back on; injectable for tests. */
  readonly silentClock?: () => Clock
}

export interface PreviewSession {
  readonly player: Player<WalkthroughCue>
  /** Whether the voice is the clock, or the walkthrough runs silent. */
  readonly voice: () => 'audio' | 'silent'
  /** Waiting for the voice to start (loading, or for the browser to allow sound). */
  readonly waiting: () => boolean
  /** The narration is loaded and ready to sound at once. */
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
 * A walkthrough run: the player on the narration's clock, the ambient bed and chimes around it,
 * and the fall-back to a silent clock when the voice cannot be heard. Framework-free, so every
 * bad day is tested with a hand-made track.
 */
export function createPreviewSession<B extends string>(
  options: PreviewSessionOptions<B>,
): PreviewSession {
  const { walkthrough, soundscape, onNote } = options
  const nowMs = options.nowMs ?? (() => performance.now())
  const silentClock = options.silentClock ?? (() => createPerformanceClock())
  const timeline = createTimeline(walkthrough.cues, walkthrough.duration)
  const narration = options.narration
  const audioClock = narration ? createAudioClock(narration, walkthrough.duration) : null
  const player = createPlayer({ timeline, clock: audioClock ?? silentClock() })
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
  narration?.setVolume(levels.voice)
  narration?.onFailure((failure) => goSilent(failure === 'load' ? 'voice-failed' : 'voice-blocked'))

  let lastChapter = player.store.getState().chapterIndex
  const unsubscribe = player.store.subscribe((state) => {
    soundscape.setActive(state.status === 'playing')
    if (state.status !== 'playing') playPressedAt = null
    if (state.chapterIndex !== lastChapter) {
      const onward = state.chapterIndex === lastChapter + 1
      lastChapter = state.chapterIndex
      if (onward && state.status === 'playing' && nowMs() - seekedAt > SEEK_QUIET_MS) {
        soundscape.chime()
      }
    }
  })

  const session: PreviewSession = {
    player,
    voice: () => voice,
    waiting: () => voice === 'audio' && !!audioClock?.waiting(),
    ready: () => !!narration?.loaded(),
    tick() {
      player.tick()
      const { t, cue } = player.frame
      soundscape.setDucked(
        voice === 'audio' && levels.voice > 0 && !!cue && t < cue.at + cue.spokenDuration,
      )
      if (voice !== 'audio' || !audioClock?.waiting() || playPressedAt === null) return
      const waited = nowMs() - playPressedAt
      if (narration?.loaded() ? waited > BLOCKED_MS : waited > LOAD_GIVE_UP_MS) {
        goSilent(narration?.loaded() ? 'voice-blocked' : 'voice-failed')
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
      if (player.store.getState().status === 'playing') session.pause()
      else session.play()
    },
    seek(t) {
      seekedAt = nowMs()
      player.seek(t)
    },
    skip(seconds) {
      session.seek(player.frame.t + seconds)
    },
    seekToChapter(index) {
      seekedAt = nowMs()
      player.seekToChapter(index)
    },
    setLevels(next) {
      levels = next
      narration?.setVolume(next.voice)
      soundscape.setLevels(next)
    },
    dispose() {
      unsubscribe()
      player.dispose()
      soundscape.dispose()
    },
  }
  return session
}
