import type { Track, TrackFailure } from '@/sound/track'

/** A hand-driven {@link Track} for tests: time moves with `advance`, loading with `load`. */
export interface FakeTrack extends Track {
  advance(seconds: number): void
  /** Moves the reported position by `seconds` without playing (a media element just started from a seek may report a hair before it). */
  slip(seconds: number): void
  finishLoading(): void
  fail(failure: TrackFailure): void
  readonly calls: string[]
  readonly isPlaying: () => boolean
}

export function createFakeTrack(length: number, loaded = true): FakeTrack {
  let t = 0
  let playing = false
  let isLoaded = loaded
  let vol = 1
  const handlers: Record<string, (() => void)[]> = { end: [], load: [], play: [] }
  const failures: ((f: TrackFailure) => void)[] = []
  const calls: string[] = []
  const emit = (event: string) => {
    for (const h of handlers[event] ?? []) h()
  }
  return {
    calls,
    isPlaying: () => playing,
    position: () => t,
    duration: () => (isLoaded ? length : 0),
    loaded: () => isLoaded,
    play() {
      calls.push('play')
      if (!isLoaded) return
      if (!playing) {
        playing = true
        emit('play')
      }
    },
    pause() {
      calls.push('pause')
      playing = false
    },
    seek(next) {
      calls.push(`seek ${next}`)
      t = next
    },
    setVolume(v) {
      vol = v
    },
    fade(to) {
      calls.push(`fade ${to}`)
      vol = to
    },
    volume: () => vol,
    on(event, handler) {
      handlers[event]?.push(handler)
    },
    onFailure(handler) {
      failures.push(handler)
    },
    unload() {
      calls.push('unload')
      playing = false
    },
    advance(seconds) {
      if (!playing) return
      t += seconds
      if (t >= length) {
        t = 0 // as howler reports after the end
        playing = false
        emit('end')
      }
    },
    slip(seconds) {
      t += seconds
    },
    finishLoading() {
      isLoaded = true
      emit('load')
    },
    fail(failure) {
      for (const f of failures) f(failure)
    },
  }
}
