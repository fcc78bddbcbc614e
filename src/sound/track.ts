/**
 * One sound as the rest of the app sees it: position, play, pause, seek, volume and what can go
 * wrong. `howlTrack.ts` makes one from howler; tests make one by hand.
 */
export type TrackFailure = 'load' | 'play'

export interface Track {
  /** Where the sound is, seconds, as the audio itself reports it. */
  position(): number
  /** Length in seconds once loaded (0 before). */
  duration(): number
  loaded(): boolean
  play(): void
  pause(): void
  seek(t: number): void
  setVolume(volume: number): void
  /** Changes the volume smoothly over `ms`. */
  fade(to: number, ms: number): void
  volume(): number
  on(event: 'end' | 'load' | 'play', handler: () => void): void
  onFailure(handler: (failure: TrackFailure) => void): void
  unload(): void
}
