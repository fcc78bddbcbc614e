import { useCallback, useEffect, useState } from 'react'
import { type KioskConfig, kioskDefaults } from '@/state/clinic'
import { device } from '@/state/device'
import { useAppState } from '@/state/useAppState'

/** Kiosk mode tried in one tab (opened at #/kiosk), kept for that tab's reloads. */
const TAB_KEY = 'stillpoint:kiosk-tab'

function tabKiosk(): boolean {
  try {
    return window.sessionStorage.getItem(TAB_KEY) === 'on'
  } catch {
    return false
  }
}

/**
 * Kiosk mode: on when the clinic's file says so, or for this tab when it was opened at #/kiosk.
 * Visitors then keep nothing on the device (settings, safety answers, practice live in memory),
 * and `reset` wipes every trace of the visitor and returns to the start.
 */
export function useKiosk(asked: boolean): {
  on: boolean
  config: KioskConfig
  reset: () => void
} {
  const clinicKiosk = useAppState((s) => s.clinic.kiosk)
  const [tab, setTab] = useState(tabKiosk)
  const on = !!clinicKiosk?.enabled || tab

  useEffect(() => {
    if (!asked) return
    try {
      window.sessionStorage.setItem(TAB_KEY, 'on')
    } catch {
      // Without sessionStorage it lasts until a reload.
    }
    setTab(true)
    window.location.replace('#/')
  }, [asked])

  useEffect(() => {
    // From now on nothing is kept on the device; whatever the stores held is set aside.
    if (on) device.setVisitorMode(true)
  }, [on])

  const reset = useCallback(() => {
    // Every store forgets the visitor with it (each registered with `device.onForget`).
    device.wipe({ keep: [TAB_KEY], persistent: !!clinicKiosk?.enabled })
    if (window.location.hash !== '#/') window.location.hash = '#/'
    window.scrollTo(0, 0)
  }, [clinicKiosk?.enabled])

  return { on, config: clinicKiosk ?? kioskDefaults, reset }
}
