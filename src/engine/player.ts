import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Clock } from './clock'
import type { Run, WaitPoint } from './run'
import { activeIndex, clampTime, type TimedCue, type Timeline } from './timeline'

/**
 * Where the player is in its life: not started, running, held by the person, stopped at a wait
 * point until the person is ready, or at the end of the track.
 */
export type PlayerStatus = 'idle' | 'playing' | 'paused' | 'waiting' | 'ended'

/** The discrete state of a player. It changes only at cue, chapter or status boundaries. */
export interface PlayerState {
  readonly status: PlayerStatus
  /** Index of the active cue, or -1 before the first cue. */
  readonly cueIndex: number
  /** Index of the active chapter, or -1 before the first chapter. */
  readonly chapterIndex: number
  /** Index of the wait point the run is stopped at (status `waiting`), or -1. */
  readonly waitIndex: number
}

/**
 * Values that change every frame. The player owns and mutates this one object; readers (render
 * loops, countdown text) read it each frame instead of subscribing to React state.
 */
export interface PlayerFrame<C extends TimedCue> {
  /** Position in seconds. */
  t: number
  /** Position as a fraction of the track, 0 to 1. */
  progress: number
  /** The active cue, if any. */
  cue: C | undefined
  /** Seconds since the active cue started (0 before the first cue). */
  cueElapsed: number
}

/** Plays a timeline against a clock. */
export interface Player<C extends TimedCue> {
  readonly timeline: Timeline<C>
  /** Discrete state; subscribe to it for re-renders. */
  readonly store: StoreApi<PlayerState>
  /** Per-frame values; read it, never copy it into React state. */
  readonly frame: PlayerFrame<C>
  /**
   * Starts or resumes. From the end of the track it starts again from the beginning; at a wait
   * point it goes on (the person is ready).
   */
  play(): void
  /** Holds the position. */
  pause(): void
  /** Plays when held or waiting, holds when playing. */
  toggle(): void
  /** Moves to `t` seconds, clamped into the track. Reaching the end ends the run. */
  seek(t: number): void
  /** Seeks to the start of chapter `index` (ignored when there is no such chapter). */
  seekToChapter(index: number): void
  /** Reads the clock once and updates the frame; updates the store only on a discrete change. */
  tick(): void
  /**
   * Swaps the source of time (for example, from audio to a silent clock when audio fails) and
   * carries over the position and whether it was playing. The old clock is disposed.
   */
  replaceClock(next: Clock): void
  /**
   * Calls back each time the position jumps (a seek, or a start again from the end), not time
   * passing, once the player is in its new state. Returns an unsubscribe.
   */
  onJump(listener: () => void): () => void
  /** Stops the clock and releases it. */
  dispose(): void
}

/** Options for {@link createPlayer}. */
export interface PlayerOptions<C extends TimedCue> {
  /** A timeline, or a run whose wait points stop playing time until {@link Player.play}. */
  readonly timeline: Timeline<C> | Run<C>
  readonly clock: Clock
}

/** Creates a player for `timeline` driven by `clock`. The clock is owned by the player. */
export function createPlayer<C extends TimedCue>({
  timeline,
  clock: initialClock,
}: PlayerOptions<C>): Player<C> {
  const waits: readonly WaitPoint[] = 'waits' in timeline ? timeline.waits : []
  let clock = initialClock
  const { cues, chapters, duration } = timeline
  const store = createStore<PlayerState>(() => ({
    status: 'idle',
    cueIndex: activeIndex(cues, 0),
    chapterIndex: activeIndex(chapters, 0),
    waitIndex: -1,
  }))
  const frame: PlayerFrame<C> = { t: 0, progress: 0, cue: undefined, cueElapsed: 0 }

  const setStatus = (status: PlayerStatus) => {
    const state = store.getState()
    if (state.status === status) return
    store.setState({ status, waitIndex: status === 'waiting' ? state.waitIndex : -1 })
  }

  /** The first wait point passed in (from, to], if any. */
  const crossedWait = (from: number, to: number) =>
    waits.findIndex((w) => w.at > from && w.at <= to)

  // The position last sampled: a wait stops the run only when playing time crosses it.
  let sampled = 0
  const sample = (t: number) => {
    sampled = t
    const cueIndex = activeIndex(cues, t)
    const chapterIndex = activeIndex(chapters, t)
    frame.t = t
    frame.progress = duration > 0 ? t / duration : 1
    frame.cue = cues[cueIndex]
    frame.cueElapsed = frame.cue ? t - frame.cue.at : 0
    const state = store.getState()
    if (state.cueIndex !== cueIndex || state.chapterIndex !== chapterIndex) {
      store.setState({ cueIndex, chapterIndex })
    }
  }

  const jumpListeners = new Set<() => void>()
  const jumped = () => {
    for (const listener of [...jumpListeners]) listener()
  }

  const finish = () => {
    clock.pause()
    clock.seek(duration)
    sample(duration)
    setStatus('ended')
  }

  sample(0)

  const player: Player<C> = {
    timeline,
    store,
    frame,
    play() {
      const again = store.getState().status === 'ended' || clock.now() >= duration
      if (again) clock.seek(0)
      if (duration <= 0) {
        finish()
        return
      }
      clock.play()
      setStatus('playing')
      sample(clampTime(clock.now(), duration))
      if (again) jumped()
    },
    pause() {
      const { status } = store.getState()
      if (status !== 'playing') return
      clock.pause()
      sample(clampTime(clock.now(), duration))
      setStatus('paused')
    },
    toggle() {
      if (store.getState().status === 'playing') player.pause()
      else player.play()
    },
    seek(t) {
      const target = clampTime(t, duration)
      if (target >= duration) {
        finish()
        jumped()
        return
      }
      clock.seek(target)
      sample(target)
      store.setState((s) => ({
        status: s.status === 'ended' || s.status === 'waiting' ? 'paused' : s.status,
        waitIndex: -1,
      }))
      jumped()
    },
    seekToChapter(index) {
      const chapter = chapters[index]
      if (chapter) player.seek(chapter.at)
    },
    tick() {
      const t = clock.now()
      if (store.getState().status === 'playing') {
        const w = crossedWait(sampled, t)
        const wait = waits[w]
        if (wait) {
          clock.pause()
          clock.seek(wait.at)
          sample(wait.at)
          store.setState({ status: 'waiting', waitIndex: w })
          return
        }
        if (t >= duration) {
          finish()
          return
        }
      }
      sample(clampTime(t, duration))
    },
    replaceClock(next) {
      const t = clampTime(clock.now(), duration)
      const wasPlaying = clock.isPlaying()
      clock.dispose()
      clock = next
      clock.seek(t)
      if (wasPlaying) clock.play()
      sample(t)
    },
    onJump(listener) {
      jumpListeners.add(listener)
      return () => jumpListeners.delete(listener)
    },
    dispose() {
      jumpListeners.clear()
      clock.dispose()
      if (store.getState().status === 'playing') setStatus('paused')
    },
  }
  return player
}
