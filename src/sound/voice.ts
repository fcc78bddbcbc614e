import { type Clock, createPerformanceClock } from '@/engine/clock'
import { createAudioClock } from './audioClock'
import type { Track, TrackFailure } from './track'

/**
 * The clock of a narrated run: the voice is the source of time while it speaks. Whether the
 * narration is one long track (a walkthrough) or a clip per step (a routine), the run sees this
 * one interface, and falls back to a silent clock from the same position when it fails.
 */
export interface VoiceClock extends Clock {
  /** Asked to play, but the voice it needs has not started (loading, or waiting for a tap). */
  waiting(): boolean
  /** The voice needed at the current position is loaded and can sound at once. */
  loaded(): boolean
  /** The voice could not be loaded, or the browser refused to play it. */
  onFailure(handler: (failure: TrackFailure) => void): void
  setVolume(volume: number): void
}

/** One continuous narration track is the clock (the session preview). */
export function createTrackVoice(track: Track, length: number): VoiceClock {
  const clock = createAudioClock(track, length)
  return {
    ...clock,
    loaded: () => track.loaded(),
    onFailure: (handler) => track.onFailure(handler),
    setVolume: (v) => track.setVolume(v),
  }
}

/** A spoken clip placed on the run's timeline. */
export interface PlacedClip {
  /** Seconds into the run at which the clip starts. */
  readonly at: number
  /** How long the clip speaks, seconds (known from the audio manifest before it loads). */
  readonly duration: number
  readonly track: Track
}

/**
 * A clip per step (a routine): while a clip speaks, its own position is the clock, so the words
 * and the screen cannot drift apart; between clips (the holds), a steady wall clock carries time
 * on. Clips are started and stopped as time reaches them, by whoever reads `now()` each frame.
 *
 * @param clips - sorted by `at`, not overlapping.
 * @param nowMs - source of milliseconds for the silent stretches; injectable for tests.
 */
export function createClipVoice(
  clips: readonly PlacedClip[],
  length: number,
  nowMs: () => number = () => performance.now(),
): VoiceClock {
  const between = createPerformanceClock(nowMs)
  let wanted = false
  /** The clip that owns the current position, or -1 in a silent stretch. */
  let current = -1
  let sounding = false
  /** Where a clip that has not started yet holds the position. */
  let held = 0
  const ended = clips.map(() => false)

  const clipAt = (t: number) => clips.findIndex((c) => t >= c.at && t < c.at + c.duration)

  const stopClip = () => {
    const clip = clips[current]
    if (clip && sounding) held = clip.at + clip.track.position()
    clip?.track.pause()
    sounding = false
  }

  /** Puts the position at `t`: in a clip (cued at its offset) or in a silent stretch. */
  const place = (t: number) => {
    stopClip()
    current = clipAt(t)
    const clip = clips[current]
    if (clip) {
      held = t
      ended[current] = false
      between.pause()
      if (wanted) {
        // Cued before it plays, even while it loads (see createAudioClock).
        clip.track.seek(t - clip.at)
        clip.track.play()
      } else if (clip.track.loaded()) clip.track.seek(t - clip.at)
    } else {
      between.seek(t)
      if (wanted) between.play()
      else between.pause()
    }
  }

  clips.forEach((clip, i) => {
    clip.track.on('play', () => {
      if (i === current) sounding = wanted
    })
    clip.track.on('load', () => {
      if (i === current && held > clip.at && !wanted) clip.track.seek(held - clip.at)
    })
    clip.track.on('end', () => {
      if (i !== current) return
      ended[i] = true
      sounding = false
      // The clip said all it had: time goes on silently from its end.
      current = -1
      between.seek(clip.at + Math.max(clip.duration, clip.track.duration()))
      if (wanted) between.play()
    })
  })

  const now = (): number => {
    const clip = clips[current]
    if (clip) return sounding ? clip.at + clip.track.position() : held
    const t = Math.min(between.now(), length)
    // Silent time has reached the next clip: it takes over the clock from its start.
    const next = clips.findIndex(
      (c, i) => i !== current && !ended[i] && t >= c.at && t < c.at + c.duration,
    )
    if (wanted && next >= 0) {
      // From its first word, even when a slow frame (or a sleeping tab) overshot its start.
      place(clips[next]?.at ?? t)
      return held
    }
    return t
  }

  return {
    now,
    play() {
      wanted = true
      place(now())
    },
    pause() {
      const t = now()
      wanted = false
      place(t)
    },
    seek(t) {
      ended.fill(false)
      place(Math.max(0, Math.min(t, length)))
    },
    isPlaying: () => wanted,
    waiting: () => wanted && current >= 0 && !sounding,
    loaded: () => clips[current]?.track.loaded() ?? true,
    onFailure(handler) {
      for (const c of clips) c.track.onFailure(handler)
    },
    setVolume(v) {
      for (const c of clips) c.track.setVolume(v)
    },
    dispose() {
      wanted = false
      stopClip()
      between.dispose()
      for (const c of clips) c.track.unload()
    },
  }
}
