/**
 * The one source of time for a run of the player. Every visible thing that moves with a
 * walkthrough or routine (captions, highlights, camera, countdowns) reads one clock, so nothing
 * can drift from anything else. Times are seconds as floats.
 */
export interface Clock {
  /** Current position in seconds. */
  now(): number
  /** Starts (or resumes) advancing from the current position. */
  play(): void
  /** Stops advancing; `now()` keeps returning the position reached. */
  pause(): void
  /** Moves to `t` seconds without changing whether the clock is playing. */
  seek(t: number): void
  /** Whether the clock is advancing. */
  isPlaying(): boolean
  /** Releases whatever the clock holds (audio, listeners). The clock must not be used after. */
  dispose(): void
}

/** A clock the test drives by hand: it only moves when `advance` is called while playing. */
export interface ManualClock extends Clock {
  /** Moves time forward by `dt` seconds if the clock is playing. */
  advance(dt: number): void
}

/**
 * A clock driven by a monotonic wall clock (`performance.now` by default). Position is computed
 * from timestamps, never by counting ticks, so it stays right in throttled background tabs.
 *
 * @param nowMs - source of milliseconds; injectable for tests.
 */
export function createPerformanceClock(nowMs: () => number = () => performance.now()): Clock {
  let base = 0
  let startedAtMs: number | null = null
  const position = () => (startedAtMs === null ? base : base + (nowMs() - startedAtMs) / 1000)
  return {
    now: position,
    play() {
      if (startedAtMs === null) startedAtMs = nowMs()
    },
    pause() {
      base = position()
      startedAtMs = null
    },
    seek(t) {
      base = t
      if (startedAtMs !== null) startedAtMs = nowMs()
    },
    isPlaying: () => startedAtMs !== null,
    dispose() {
      startedAtMs = null
    },
  }
}

/** A clock for tests: time moves only through {@link ManualClock.advance}. */
export function createManualClock(start = 0): ManualClock {
  let t = start
  let playing = false
  return {
    now: () => t,
    play() {
      playing = true
    },
    pause() {
      playing = false
    },
    seek(next) {
      t = next
    },
    isPlaying: () => playing,
    advance(dt) {
      if (playing) t += dt
    },
    dispose() {
      playing = false
    },
  }
}
