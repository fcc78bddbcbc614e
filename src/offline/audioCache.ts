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
 * Keeps these files in Cache Storage `cacheName` for offline use (whole files, those not kept
 * yet, fetched with `init`). Where the browser has no Cache Storage (or refuses it), or is
 * offline, nothing happens: the files still load whenever the network is there.
 */
export async function keepInCache(
  cacheName: string,
  urls: readonly string[],
  init?: RequestInit,
): Promise<number> {
  if (typeof caches === 'undefined' || urls.length === 0) return 0
  try {
    const cache = await caches.open(cacheName)
    const missing: string[] = []
    for (const url of urls) if (!(await cache.match(url))) missing.push(url)
    await Promise.all(missing.map((url) => cache.add(init ? new Request(url, init) : url)))
    return missing.length
  } catch {
    // Offline, storage full or refused, or a file that is not there (cache.add refuses a 404).
    return 0
  }
}

/** Keeps these audio files on the device for offline use (see `keepInCache`). */
export const keepForOffline = (urls: readonly string[]): Promise<number> =>
  keepInCache(AUDIO_CACHE, urls)
