import { useCallback, useEffect, useState } from 'react'
import { applyWaitingUpdate, VERSION_KEY } from '@/offline/updates'
import { type KioskConfig, kioskDefaults } from '@/state/clinic'
import { device } from '@/state/device'
import { useAppState } from '@/state/useAppState'

/** Kiosk mode for one tab: 'on' when opened at #/kiosk, 'off' after a staff exit. */
const TAB_KEY = 'stillpoint:kiosk-tab'

type TabChoice = 'on' | 'off' | null

function tabChoice(): TabChoice {
  try {
    const v = window.sessionStorage.getItem(TAB_KEY)
    return v === 'on' || v === 'off' ? v : null
  } catch {
    return null
  }
}

function keepTabChoice(v: 'on' | 'off') {
  try {
    window.sessionStorage.setItem(TAB_KEY, v)
  } catch {
    // Without sessionStorage it lasts until a reload.
  }
}

export interface Kiosk {
  readonly on: boolean
  readonly config: KioskConfig
  /** The attract screen shows: no one is using the kiosk. */
  readonly resting: boolean
  /** Someone touched the attract screen. */
  readonly begin: () => void
  /** Wipes every trace of the visitor and returns to the start (the attract screen). */
  readonly reset: () => void
  /** Staff leave kiosk mode for this tab (after the right PIN). */
  readonly exit: () => void
}

/**
 * Kiosk mode: on when the clinic's file says so, or for this tab when it was opened at #/kiosk;
 * off for this tab after a staff exit. Visitors then keep nothing on the device (settings, safety
 * answers, practice live in memory).
 */
export function useKiosk(asked: boolean): Kiosk {
  const clinicKiosk = useAppState((s) => s.clinic.kiosk)
  const [tab, setTab] = useState(tabChoice)
  const on = tab === 'on' || (!!clinicKiosk?.enabled && tab !== 'off')
  const config = clinicKiosk ?? kioskDefaults
  const [resting, setResting] = useState(true)

  useEffect(() => {
    if (!asked) return
    keepTabChoice('on')
    setTab('on')
    setResting(true)
    window.location.replace('#/')
  }, [asked])

  useEffect(() => {
    // From now on nothing is kept on the device; whatever the stores held is set aside.
    if (!on) return
    device.setVisitorMode(true)
    document.documentElement.dataset.kiosk = ''
    return () => {
      delete document.documentElement.dataset.kiosk
    }
  }, [on])

  const wipe = useCallback(() => {
    // Every store forgets the visitor with it (each registered with `device.onForget`).
    device.wipe({ keep: [TAB_KEY, VERSION_KEY], persistent: !!clinicKiosk?.enabled })
    if (window.location.hash !== '#/') window.location.hash = '#/'
    window.scrollTo(0, 0)
    // The browser's timing records name every file the visitor's screens and sounds fetched:
    // a trace of what they did, and (on a screen that runs all day) memory held for nothing.
    performance.clearResourceTimings?.()
    performance.clearMarks?.()
    performance.clearMeasures?.()
  }, [clinicKiosk?.enabled])

  const reset = useCallback(() => {
    wipe()
    setResting(true)
    // No one is here: the moment for a new version, if one is waiting (the page reloads into it).
    applyWaitingUpdate()
  }, [wipe])

  const exit = useCallback(() => {
    wipe()
    keepTabChoice('off')
    setTab('off')
    device.setVisitorMode(false)
  }, [wipe])

  const begin = useCallback(() => setResting(false), [])

  return { on, config, resting: on && config.attract && resting, begin, reset, exit }
}
