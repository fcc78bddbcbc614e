import type { Clock } from '@/session/clock'
import type { Track } from './track'

/** Seconds from the end at which a seek counts as reaching it. */
const END_SLACK = 0.05

export interface AudioClock extends Clock {
  /** Asked to play, but the audio has not started yet (still loading, or waiting for a tap). */
  waiting(): boolean
}

/**
 * A clock whose time is the narration's own position, so captions, highlights and camera
 * cannot drift from the voice. Seeks made before the audio loads are applied when it does.
 */
export function createAudioClock(track: Track, length: number): AudioClock {
  let wanted = false
  let ended = false
  let started = false
  let pending: number | null = null
  track.on('load', () => {
    if (pending !== null) {
      track.seek(pending)
      pending = null
    }
  })
  track.on('play', () => {
    started = true
  })
  track.on('end', () => {
    ended = true
    wanted = false
  })
  const end = () => Math.max(length, track.duration())

  return {
    now() {
      if (ended) return end()
      if (pending !== null || !track.loaded()) return pending ?? 0
      return track.position()
    },
    play() {
      if (ended) return
      wanted = true
      track.play()
    },
    pause() {
      wanted = false
      started = false
      track.pause()
    },
    seek(t) {
      if (t >= end() - END_SLACK) {
        ended = true
        wanted = false
        track.pause()
        return
      }
      ended = false
      if (track.loaded()) track.seek(Math.max(0, t))
      else pending = Math.max(0, t)
    },
    isPlaying: () => wanted && !ended,
    waiting: () => wanted && !ended && !started,
    dispose() {
      wanted = false
      track.unload()
    },
  }
}
