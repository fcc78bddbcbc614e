import type { Soundscape } from '@/sound/soundscape'

/**
 * For tests: a soundscape that makes no sound; `onChime` hears each chime (a step or chapter
 * that follows the last one while playing).
 */
export function silentSoundscape<B extends string>(
  onChime: () => void = () => undefined,
): Soundscape<B> {
  return {
    setLevels: () => undefined,
    setBed: () => undefined,
    setActive: () => undefined,
    setDucked: () => undefined,
    chime: onChime,
    dispose: () => undefined,
  }
}
