import { useCallback, useEffect, useRef, useState } from 'react'
import { applyWaitingUpdate, checkForNewVersion, VERSION_KEY } from '@/offline/updates'
import { appStore } from '@/state/appStore'
import { kioskDefaults } from '@/state/clinic'
import type { LoadedClinic } from '@/state/clinicFile'
import { device } from '@/state/device'
import { type EnrolmentState, readEnrolment } from '@/state/kioskDevice'
import { useAppState } from '@/state/useAppState'
import { applyClinic, readClinic } from './useClinicConfig'

/** How often a kiosk that runs for weeks reads its clinic file again and asks for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000
/** How long "Thank you" stays on the screen after "I'm done". */
const THANKS_MS = 12_000

/** Why a visit ended. */
export type VisitEnd = 'idle' | 'done' | 'staff'

export interface Kiosk {
  /** This device is an enrolled kiosk (or its enrolment cannot be read: it stays one). */
  readonly on: boolean
  readonly enrolment: EnrolmentState
  readonly config: typeof kioskDefaults
  /** The attract screen shows: no one is using the kiosk. */
  readonly resting: boolean
  /** Counts visits: whatever a visit showed is keyed on it, so a reset unmounts all of it. */
  readonly visit: number
  /** The last visitor pressed "I'm done": say thank you for a moment. */
  readonly thanks: boolean
  /** Staff unlocked it with the PIN: a short visit of their own. */
  readonly staff: boolean
  /** Someone touched the attract screen. */
  readonly begin: () => void
  /** Wipes every trace of the visit and returns to the start (the attract screen). */
  readonly reset: (why: VisitEnd) => void
  /** The right PIN was entered. */
  readonly staffIn: () => void
  /** Enrolls this device with a staff PIN; resolves false where the browser will not keep it. */
  readonly enrol: (pin: string) => Promise<boolean>
  /** Staff turn kiosk mode off on this device: it is an ordinary browser again. */
  readonly unenrol: () => Promise<void>
}

/**
 * Kiosk mode belongs to the device: on where staff enrolled it (`#/kiosk/setup`), whatever the
 * clinic's file says or whether it can be read. Visitors then keep nothing on the device, each
 * visit starts clean and ends with nothing left, and nothing leads out of the app.
 */
export function useKiosk(): Kiosk {
  const [enrolment, setEnrolment] = useState(readEnrolment)
  const on = enrolment.kind !== 'none'
  const config = useAppState((s) => s.clinic.kiosk) ?? kioskDefaults
  const [resting, setResting] = useState(true)
  const [staff, setStaff] = useState(false)
  const [visit, setVisit] = useState(0)
  const [thanks, setThanks] = useState(false)
  // A clinic file read while someone is using the kiosk waits for the next reset.
  const pending = useRef<LoadedClinic | null>(null)
  const restingRef = useRef(resting)
  restingRef.current = resting

  useEffect(() => {
    if (!on) return
    // From now on nothing is kept on the device; whatever the stores held is set aside.
    device.setVisitorMode(true)
    appStore.getState().setKiosk(true)
    document.documentElement.dataset.kiosk = ''
    return () => {
      appStore.getState().setKiosk(false)
      delete document.documentElement.dataset.kiosk
    }
  }, [on])

  const checkForUpdates = useCallback(() => {
    checkForNewVersion()
    void readClinic(true).then((loaded) => {
      if (restingRef.current) applyClinic(loaded)
      else pending.current = loaded
    })
  }, [])

  useEffect(() => {
    if (!on) return
    const id = window.setInterval(checkForUpdates, CHECK_EVERY_MS)
    return () => window.clearInterval(id)
  }, [on, checkForUpdates])

  useEffect(() => {
    if (!thanks) return
    const id = window.setTimeout(() => setThanks(false), THANKS_MS)
    return () => window.clearTimeout(id)
  }, [thanks])

  const reset = useCallback(
    (why: VisitEnd) => {
      // Every store forgets the visitor with it (each registered with `device.onForget`).
      device.wipe({ keep: [VERSION_KEY], persistent: true })
      window.location.replace('#/')
      window.scrollTo(0, 0)
      // The browser's timing records name every file the visitor's screens and sounds fetched:
      // a trace of what they did, and (on a screen that runs all day) memory held for nothing.
      performance.clearResourceTimings?.()
      performance.clearMarks?.()
      performance.clearMeasures?.()
      setStaff(false)
      setResting(true)
      setVisit((n) => n + 1)
      setThanks(why === 'done')
      if (pending.current) applyClinic(pending.current)
      pending.current = null
      // No one is here: the moment for a new version, if one is waiting (the page reloads into
      // it), and to look for the next.
      if (!applyWaitingUpdate()) checkForUpdates()
    },
    [checkForUpdates],
  )

  const enrol = useCallback(async (pin: string) => {
    // The PIN's code loads with the setup screen, not with every first screen.
    const { enrol: enrolDevice } = await import('@/state/kioskPin')
    const kept = await enrolDevice(pin, Date.now())
    if (!kept) return false
    // What this browser kept before is not for visitors to find: it goes, as the setup screen said.
    device.wipe({ keep: [VERSION_KEY], persistent: true })
    window.location.replace('#/')
    setResting(true)
    setEnrolment(readEnrolment())
    return true
  }, [])

  const unenrol = useCallback(async () => {
    const { unenrol: unenrolDevice } = await import('@/state/kioskPin')
    unenrolDevice()
    device.wipe({ keep: [VERSION_KEY], persistent: true })
    // A fresh start as an ordinary browser: every store over the device's own storage again.
    window.location.replace('#/')
    window.location.reload()
  }, [])

  return {
    on,
    enrolment,
    config,
    resting: on && config.attract && resting && !staff,
    visit,
    thanks,
    staff: on && staff,
    begin: useCallback(() => {
      setResting(false)
      setThanks(false)
    }, []),
    reset,
    staffIn: useCallback(() => {
      setStaff(true)
      setResting(false)
    }, []),
    enrol,
    unenrol,
  }
}
