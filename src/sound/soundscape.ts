import type { Track } from './track'

/** Loudness of each layer, 0 to 1, as the person set it. */
export interface SoundLevels {
  readonly voice: number
  readonly ambient: number
  readonly chimes: number
}

/** How far the bed steps down while the voice speaks. */
export const DUCK = 0.4
export const FADE_IN_MS = 1800
export const FADE_OUT_MS = 900
export const DUCK_MS = 500

export interface SoundscapeOptions<B extends string> {
  readonly beds: Readonly<Record<B, readonly string[]>>
  readonly chime: readonly string[]
  readonly bed: B | 'none'
  readonly levels: SoundLevels
  /** Makes a sound; loops are decoded whole so they repeat without a gap. */
  readonly makeTrack: (src: readonly string[], loop: boolean) => Track
  /** A bed or the chime could not be loaded or played; the voice goes on without it. */
  readonly onFailure: (what: 'bed' | 'chime') => void
}

/** The ambient bed and the chapter chime around the narration. */
export interface Soundscape<B extends string> {
  setLevels(levels: SoundLevels): void
  setBed(bed: B | 'none'): void
  /** The walkthrough plays or holds: the bed fades in or out, never stops abruptly. */
  setActive(active: boolean): void
  /** The voice is speaking: the bed steps down beneath it. */
  setDucked(ducked: boolean): void
  chime(): void
  dispose(): void
}

export function createSoundscape<B extends string>(options: SoundscapeOptions<B>): Soundscape<B> {
  let levels = options.levels
  let bedId = options.bed
  let active = false
  let ducked = false
  let bed: Track | null = null
  let stopTimer: ReturnType<typeof setTimeout> | undefined
  // Loaded at once, so the first chime sounds on its moment rather than after a download.
  let chimeTrack: Track | null = null
  const openChime = () => {
    if (chimeTrack || levels.chimes <= 0) return
    chimeTrack = options.makeTrack(options.chime, false)
    chimeTrack.onFailure(() => options.onFailure('chime'))
  }

  const target = () => (active ? levels.ambient * (ducked ? DUCK : 1) : 0)

  /** Fades a bed out, then releases it: no bed ever stops dead. */
  const release = (track: Track | null) => {
    if (!track) return
    track.fade(0, FADE_OUT_MS / 2)
    setTimeout(() => track.unload(), FADE_OUT_MS / 2 + 50)
  }

  const openBed = () => {
    release(bed)
    bed = null
    if (bedId === 'none') return
    const track = options.makeTrack(options.beds[bedId], true)
    track.setVolume(0)
    track.onFailure(() => options.onFailure('bed'))
    bed = track
  }

  const apply = (ms: number) => {
    if (!bed) return
    clearTimeout(stopTimer)
    const to = target()
    if (to > 0) {
      bed.play()
      bed.fade(to, ms)
    } else {
      bed.fade(0, ms)
      const track = bed
      // Hold the bed once it is silent, so it does not play on unheard.
      stopTimer = setTimeout(() => track.pause(), ms + 50)
    }
  }

  openBed()
  openChime()

  return {
    setLevels(next) {
      const changed = next.ambient !== levels.ambient
      levels = next
      if (changed) apply(DUCK_MS)
    },
    setBed(next) {
      if (next === bedId) return
      bedId = next
      openBed()
      apply(FADE_IN_MS)
    },
    setActive(next) {
      if (next === active) return
      active = next
      apply(next ? FADE_IN_MS : FADE_OUT_MS)
    },
    setDucked(next) {
      if (next === ducked) return
      ducked = next
      apply(DUCK_MS)
    },
    chime() {
      if (levels.chimes <= 0) return
      openChime()
      // A chime marks a moment: one that is not ready yet would sound late, so it is skipped
      // (the screen marks the moment too).
      if (!chimeTrack?.loaded()) return
      chimeTrack.setVolume(levels.chimes)
      chimeTrack.pause()
      chimeTrack.seek(0)
      chimeTrack.play()
    },
    dispose() {
      clearTimeout(stopTimer)
      // Even on the way out, the bed fades rather than stopping dead.
      release(bed)
      chimeTrack?.unload()
      bed = null
      chimeTrack = null
    },
  }
}

/**
 * A soundscape made only when it is first needed (the run plays or chimes) or warmed by the
 * person's first touch or key: opening a page creates no audio context and decodes nothing, so
 * the page is ready sooner, and the chime is loaded by the time someone presses Start.
 */
export function deferredSoundscape<B extends string>(
  make: (bed: B | 'none', levels: SoundLevels) => Soundscape<B>,
  bed: B | 'none',
  levels: SoundLevels,
): Soundscape<B> & { warm(): void } {
  let real: Soundscape<B> | null = null
  let disposed = false
  let ducked = false
  const get = () => {
    if (!real && !disposed) {
      real = make(bed, levels)
      if (ducked) real.setDucked(true)
    }
    return real
  }
  return {
    warm: () => void get(),
    setLevels(next) {
      levels = next
      real?.setLevels(next)
    },
    setBed(next) {
      bed = next
      real?.setBed(next)
    },
    setActive(active) {
      if (active) get()?.setActive(true)
      else real?.setActive(false)
    },
    setDucked(next) {
      ducked = next
      real?.setDucked(next)
    },
    chime() {
      get()?.chime()
    },
    dispose() {
      disposed = true
      real?.dispose()
      real = null
    },
  }
}
