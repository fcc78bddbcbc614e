import { beds, chime, routines, walkthroughs } from '@/content/narration.manifest.json'
import type { AudioFiles } from '@/offline/audioCache'

/** Every sound the app can play, as the manifest names it: a kiosk keeps them all up front. */
export function allAudioFiles(): AudioFiles[] {
  return [
    ...Object.values(walkthroughs).map((w) => w.files),
    ...Object.values(routines).flatMap((steps) => Object.values(steps).map((s) => s.files)),
    ...Object.values(beds).map((b) => b.file),
    chime,
  ]
}
