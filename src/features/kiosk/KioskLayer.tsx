import { useEffect } from 'react'
import { siteUrl } from '@/lib/siteUrl'
import { keepForOffline, playableUrls } from '@/offline/audioCache'
import type { KioskConfig } from '@/state/clinic'
import { KioskIdle } from './KioskIdle'
import { allAudioFiles } from './kioskAudio'
import { StaffExit } from './StaffExit'
import './kiosk.css'

/**
 * What a kiosk adds around every screen: the watch for an empty room, the staff corner, and
 * full screen from the first touch where the browser allows it.
 */
export function KioskLayer({
  config,
  resting,
  onReset,
  onExit,
}: {
  readonly config: KioskConfig
  /** The attract screen is showing: no one to watch over. */
  readonly resting: boolean
  readonly onReset: () => void
  readonly onExit: () => void
}) {
  useEffect(() => {
    window.addEventListener('pointerdown', enterFullscreen, { once: true, capture: true })
    return () => window.removeEventListener('pointerdown', enterFullscreen, { capture: true })
  }, [])

  // A waiting room may lose its network: every sound is kept on the device up front.
  useEffect(() => {
    const id = window.setTimeout(
      () => void keepForOffline(playableUrls(allAudioFiles()).map(siteUrl)),
      2000,
    )
    return () => window.clearTimeout(id)
  }, [])

  return (
    <>
      {!resting && (
        <KioskIdle
          idleSeconds={config.idleSeconds}
          warningSeconds={config.warningSeconds}
          onReset={onReset}
        />
      )}
      {config.exitPin && <StaffExit pin={config.exitPin} onExit={onExit} />}
    </>
  )
}

let asking = false

/**
 * Full screen, where the browser allows it (a touch is the gesture it needs). One request at a
 * time: the first touch reaches both the kiosk's listener and the attract screen.
 */
export function enterFullscreen() {
  const root = document.documentElement
  if (asking || !document.fullscreenEnabled || document.fullscreenElement) return
  const request = root.requestFullscreen?.({ navigationUI: 'hide' })
  if (!request) return
  asking = true
  request
    .catch(() => {
      // Refused (an embedded frame, a browser setting): the kiosk works in the window.
    })
    .finally(() => {
      asking = false
    })
}
