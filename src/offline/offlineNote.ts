import type { SoundNote } from '@/sound/narratedRun'

/** A voice that failed to load while offline is said as such: it was not kept on this device. */
export function offlineNote(
  note: SoundNote,
  online = typeof navigator === 'undefined' || navigator.onLine,
): SoundNote | 'voice-offline' {
  return note === 'voice-failed' && !online ? 'voice-offline' : note
}
