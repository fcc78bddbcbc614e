import { type ReactNode, useEffect, useState } from 'react'
import { inspecting } from '@/lib/inspect'
import { siteUrl } from '@/lib/siteUrl'
import { keepForOffline, playableUrls } from '@/offline/audioCache'
import type { KioskConfig } from '@/state/clinic'
import type { EnrolmentState } from '@/state/kioskDevice'
import { type IdleClock, pageClock, skippableClock } from './idleClock'
import { KioskIdle } from './KioskIdle'
import { allAudioFiles } from './kioskAudio'
import { StaffDoor } from './StaffDoor'
import './kiosk.css'

/** Staff mode is a short visit: it ends by itself after this long without input. */
const STAFF_IDLE = { idleSeconds: 120, warningSeconds: 20 } as const

/**
 * The clock the watch for an empty room reads: the page's own, or under `?inspect` one the
 * benchmark's kiosk soak moves on at once (`window.__stillpointKiosk.elapse(seconds)`).
 */
function idleClock(): IdleClock {
  if (!inspecting()) return pageClock
  const clock = skippableClock()
  ;(window as unknown as { __stillpointKiosk?: typeof clock }).__stillpointKiosk = clock
  return clock
}

/**
 * What a kiosk adds around every screen: the watch for an empty room, the staff corner, and
 * full screen from the first touch where the browser allows it.
 */
export function KioskLayer({
  config,
  resting,
  visit,
  enrolment,
  staff,
  onReset,
  onStaff,
  onStaffDone,
  onUnenrol,
  setup,
}: {
  readonly config: KioskConfig
  /** The attract screen is showing: no one to watch over. */
  readonly resting: boolean
  /** The visit's number: the staff door's state (an open pad, the menu) ends with the visit. */
  readonly visit: number
  readonly enrolment: EnrolmentState
  readonly staff: boolean
  /** No one has touched it for a while: wipe the visit. */
  readonly onReset: () => void
  readonly onStaff: () => void
  readonly onStaffDone: () => void
  readonly onUnenrol: () => void
  readonly setup: ReactNode
}) {
  useEffect(keepInsideTheApp, [])
  const [clock] = useState(idleClock)

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
          key={`${visit}-${staff}`}
          idleSeconds={staff ? STAFF_IDLE.idleSeconds : config.idleSeconds}
          warningSeconds={staff ? STAFF_IDLE.warningSeconds : config.warningSeconds}
          onReset={staff ? onStaffDone : onReset}
          clock={clock}
        />
      )}
      <StaffDoor
        key={visit}
        enrolment={enrolment}
        staff={staff}
        onStaff={onStaff}
        onBack={onStaffDone}
        onUnenrol={onUnenrol}
        setup={setup}
      />
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

const editable = (t: EventTarget | null) =>
  t instanceof Element && !!t.closest('input, textarea, select, [contenteditable="true"]')

/**
 * On a kiosk nothing leads out of the app, and Back has nothing of an earlier visitor: no context
 * menu (Inspect, Save as, Print), no dragging or selecting text out of the page, and every in-app
 * link replaces the current history entry instead of adding one. Returns the undo.
 */
function keepInsideTheApp(): () => void {
  const menu = (e: Event) => e.preventDefault()
  const drag = (e: Event) => e.preventDefault()
  const select = (e: Event) => {
    if (!editable(e.target)) e.preventDefault()
  }
  const click = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0) return
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null
    const href = link?.getAttribute('href') ?? ''
    if (!link) return
    e.preventDefault()
    // Only the app's own screens: anything else (another site, a phone number) goes nowhere.
    if (href.startsWith('#')) window.location.replace(href)
  }
  document.addEventListener('contextmenu', menu, { capture: true })
  document.addEventListener('dragstart', drag, { capture: true })
  document.addEventListener('selectstart', select, { capture: true })
  document.addEventListener('click', click, { capture: true })
  return () => {
    document.removeEventListener('contextmenu', menu, { capture: true })
    document.removeEventListener('dragstart', drag, { capture: true })
    document.removeEventListener('selectstart', select, { capture: true })
    document.removeEventListener('click', click, { capture: true })
  }
}
