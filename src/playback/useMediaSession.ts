import { useEffect, useRef } from 'react'

export interface MediaControls {
  readonly title: string
  readonly album: string
  readonly playing: boolean
  readonly duration: number
  /** Read when the lock screen asks where playback is. */
  readonly position: () => number
  readonly onPlay: () => void
  readonly onPause: () => void
  readonly onSkip: (seconds: number) => void
  readonly onSeek: (t: number) => void
  readonly onChapter: (step: -1 | 1) => void
}

/**
 * Title, chapter and play/pause on the lock screen and media keys (Media Session API), for any
 * run. Handlers always call the latest callbacks, so they are registered once.
 */
export function useMediaSession(c: MediaControls): void {
  const { title, album, playing, duration } = c
  useEffect(() => {
    if (!('mediaSession' in navigator) || typeof MediaMetadata === 'undefined') return
    navigator.mediaSession.metadata = new MediaMetadata({
      title,
      artist: 'Stillpoint',
      album,
      artwork: [
        { src: `${import.meta.env.BASE_URL}icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      ],
    })
  }, [title, album])

  useEffect(() => {
    if (!('mediaSession' in navigator)) return
    const ms = navigator.mediaSession
    ms.playbackState = playing ? 'playing' : 'paused'
    try {
      ms.setPositionState?.({
        duration,
        position: Math.min(duration, Math.max(0, c.position())),
        playbackRate: 1,
      })
    } catch {
      // Some browsers refuse a position state; the controls still work without it.
    }
  })

  const ref = useRef(c)
  ref.current = c
  useEffect(() => {
    const latest = {
      onPlay: () => ref.current.onPlay(),
      onPause: () => ref.current.onPause(),
      onSkip: (s: number) => ref.current.onSkip(s),
      onSeek: (t: number) => ref.current.onSeek(t),
      onChapter: (step: -1 | 1) => ref.current.onChapter(step),
    }
    if (!('mediaSession' in navigator)) return
    const ms = navigator.mediaSession
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => latest.onPlay()],
      ['pause', () => latest.onPause()],
      ['seekbackward', (d) => latest.onSkip(-(d.seekOffset ?? 15))],
      ['seekforward', (d) => latest.onSkip(d.seekOffset ?? 15)],
      ['seekto', (d) => latest.onSeek(d.seekTime ?? 0)],
      ['previoustrack', () => latest.onChapter(-1)],
      ['nexttrack', () => latest.onChapter(1)],
    ]
    for (const [action, handler] of handlers) {
      try {
        ms.setActionHandler(action, handler)
      } catch {
        // An action this browser does not know.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          ms.setActionHandler(action, null)
        } catch {
          // As above.
        }
      }
      ms.metadata = null
      ms.playbackState = 'none'
    }
  }, [])
}
