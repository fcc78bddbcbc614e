import type { Clock } from '@/engine/clock'
import type { Track } from './track'

/** Seconds from the end at which a seek counts as reaching it. */
const END_SLACK = 0.05

export interface AudioClock extends Clock {
  /** Asked to play, but the audio has not started yet (still loading, or waiting for a tap). */
  waiting(): boolean
}

/**
 * A clock whose time is the narration's own position while it sounds, so captions, highlights
 * and camera cannot drift from the voice. While the voice is silent (held, loading, blocked) the
 * clock holds the position it was given; the audio is moved there before it plays.
 */
export function createAudioClock(track: Track, length: number): AudioClock {
  let wanted = false
  let ended = false
  let sounding = false
  let held = 0
  // Where the voice was last started or moved to while sounding. Just after a media element starts
  // from a seek, Chromium may report a position a few milliseconds before it (it decodes from the
  // start of the compressed frame that holds it). Read as is, a chapter that starts on a cue showed
  // the cue before it for a frame (a fresh-clone CI run caught "Hands on the head" flashing up on
  // Play at "The neck"). The clock never reads earlier than where the voice was put.
  let from = 0
  // Loaded while the run holds (a chapter link or a seek before any play): cue it there. A play
  // asked for before loading has cued it already.
  track.on('load', () => {
    if (held > 0 && !wanted) track.seek(held)
  })
  track.on('play', () => {
    sounding = wanted
  })
  track.on('end', () => {
    ended = true
    wanted = false
    sounding = false
  })
  const end = () => Math.max(length, track.duration())

  return {
    now() {
      if (ended) return end()
      return sounding ? Math.max(track.position(), from) : held
    },
    play() {
      if (ended) return
      wanted = true
      // Before the sound has loaded, howler keeps the seek and then the play for once it has, so
      // the first word heard is the one at the held position (not the start, then a jump).
      if (!sounding) {
        from = held
        track.seek(held)
      }
      track.play()
    },
    pause() {
      if (sounding) held = Math.max(track.position(), from)
      wanted = false
      sounding = false
      track.pause()
    },
    seek(t) {
      if (t >= end() - END_SLACK) {
        ended = true
        wanted = false
        sounding = false
        track.pause()
        return
      }
      ended = false
      held = Math.max(0, t)
      from = held
      if (track.loaded()) track.seek(held)
    },
    isPlaying: () => wanted && !ended,
    waiting: () => wanted && !ended && !sounding,
    dispose() {
      wanted = false
      sounding = false
      track.unload()
    },
  }
}
