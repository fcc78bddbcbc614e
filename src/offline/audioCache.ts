/** Where the page keeps audio for offline use; the service worker serves it with byte ranges. */
export const AUDIO_CACHE = 'stillpoint-audio'
/** Where the last clinic.json seen is kept (the service worker's network-first copy). */
export const CLINIC_CACHE = 'stillpoint-clinic'

/** An audio file in each format the app ships; beds come in one format only. */
export type AudioFiles = string | { readonly webm: string; readonly mp3: string }

/** The one format this browser plays (the same choice howler makes from [webm, mp3]). */
export function playableFormat(
  probe: (type: string) => string = (type) =>
    typeof Audio === 'undefined' ? '' : new Audio().canPlayType(type),
): 'webm' | 'mp3' {
  return probe('audio/webm; codecs="opus"') ? 'webm' : 'mp3'
}

/** The URLs of `files` in the format this browser plays. */
export function playableUrls(files: readonly AudioFiles[], format = playableFormat()): string[] {
  return [...new Set(files.map((f) => (typeof f === 'string' ? f : f[format])))]
}

/**
 * Keeps these audio files on the device for offline use (whole files, those not kept yet). Where
 * the browser has no Cache Storage (or refuses it), nothing happens: the sound plays online.
 */
export async function keepForOffline(urls: readonly string[]): Promise<number> {
  if (typeof caches === 'undefined' || urls.length === 0) return 0
  try {
    const cache = await caches.open(AUDIO_CACHE)
    const missing: string[] = []
    for (const url of urls) if (!(await cache.match(url))) missing.push(url)
    await Promise.all(missing.map((url) => cache.add(url)))
    return missing.length
  } catch {
    // Offline, storage full or refused: the sound still plays whenever the network is there.
    return 0
  }
}
