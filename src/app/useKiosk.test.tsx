import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { applyWaitingUpdate, setUpdateCheck, setWaitingUpdate } from '@/offline/updates'
import { appStore } from '@/state/appStore'
import { device } from '@/state/device'
import { ENROLMENT_KEY } from '@/state/kioskDevice'
import { enrol } from '@/state/kioskPin'
import { useKiosk } from './useKiosk'

// A quick hash for tests: the real count is checked in kioskPin.test.ts.
const enrolHere = () => enrol('246813', Date.now(), localStorage, 100_000)

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 404 })),
  )
})
afterEach(() => {
  cleanup()
  applyWaitingUpdate()
  setUpdateCheck(null)
  device.setVisitorMode(false)
  localStorage.clear()
  sessionStorage.clear()
  window.location.hash = ''
  vi.unstubAllGlobals()
})

describe('useKiosk', () => {
  it('is off in a browser no one enrolled, whatever it is asked', () => {
    const { result } = renderHook(() => useKiosk())
    expect(result.current.on).toBe(false)
    expect(result.current.resting).toBe(false)
    expect(device.visitorMode()).toBe(false)
  })

  it('on an enrolled device: visitor mode, the attract screen, and back to it on reset', async () => {
    await enrolHere()
    const { result } = renderHook(() => useKiosk())
    expect(result.current.on).toBe(true)
    expect(device.visitorMode()).toBe(true)
    expect(appStore.getState().kiosk).toBe(true)
    expect(result.current.resting).toBe(true)
    act(() => result.current.begin())
    expect(result.current.resting).toBe(false)
    const cleared = vi.fn()
    Object.assign(performance, { clearResourceTimings: cleared })
    const visit = result.current.visit
    act(() => result.current.reset('idle'))
    expect(result.current.resting).toBe(true)
    expect(result.current.visit).toBe(visit + 1)
    expect(result.current.thanks).toBe(false)
    // The browser's record of every file the visitor's screens fetched goes with them.
    expect(cleared).toHaveBeenCalledOnce()
  })

  it('"I\'m done" thanks the visitor; the enrolment outlives every wipe', async () => {
    await enrolHere()
    localStorage.setItem('stillpoint:settings', '{"version":1,"data":{}}')
    const { result } = renderHook(() => useKiosk())
    act(() => result.current.begin())
    act(() => result.current.reset('done'))
    expect(result.current.thanks).toBe(true)
    expect(localStorage.getItem('stillpoint:settings')).toBeNull()
    expect(localStorage.getItem(ENROLMENT_KEY)).not.toBeNull()
  })

  it('a new version waiting takes over at the reset, not before; none waiting, it asks for one', async () => {
    await enrolHere()
    const apply = vi.fn()
    const ask = vi.fn(async () => undefined)
    setUpdateCheck(ask)
    const { result } = renderHook(() => useKiosk())
    act(() => result.current.begin())
    setWaitingUpdate(apply)
    expect(apply).not.toHaveBeenCalled()
    act(() => result.current.reset('idle'))
    expect(apply).toHaveBeenCalledTimes(1)
    act(() => result.current.reset('idle'))
    expect(ask).toHaveBeenCalledTimes(1)
  })

  it('staff mode is a visit of its own: every reset ends it', async () => {
    await enrolHere()
    const { result } = renderHook(() => useKiosk())
    act(() => result.current.staffIn())
    expect(result.current.staff).toBe(true)
    expect(result.current.resting).toBe(false)
    act(() => result.current.reset('idle'))
    expect(result.current.staff).toBe(false)
    expect(result.current.resting).toBe(true)
  })

  it('enrolling makes this device a kiosk at once, and deletes what the browser kept', async () => {
    localStorage.setItem('stillpoint:practice-log', '{"version":1,"data":{"entries":[]}}')
    const { result } = renderHook(() => useKiosk())
    expect(result.current.on).toBe(false)
    let kept = false
    await act(async () => {
      kept = await result.current.enrol('13572468')
    })
    expect(kept).toBe(true)
    await waitFor(() => expect(result.current.on).toBe(true))
    expect(localStorage.getItem('stillpoint:practice-log')).toBeNull()
    expect(result.current.enrolment.kind).toBe('kiosk')
  })
})
