import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyWaitingUpdate, setWaitingUpdate } from '@/offline/updates'
import { device } from '@/state/device'
import { useKiosk } from './useKiosk'

afterEach(() => {
  cleanup()
  applyWaitingUpdate()
  device.setVisitorMode(false)
  sessionStorage.clear()
  window.location.hash = ''
})

describe('useKiosk', () => {
  it('opened at #/kiosk: visitor mode, the attract screen, and back to it on reset', () => {
    const { result } = renderHook(() => useKiosk(true))
    expect(result.current.on).toBe(true)
    expect(device.visitorMode()).toBe(true)
    expect(result.current.resting).toBe(true)
    act(() => result.current.begin())
    expect(result.current.resting).toBe(false)
    const cleared = vi.fn()
    Object.assign(performance, { clearResourceTimings: cleared })
    act(() => result.current.reset())
    expect(result.current.resting).toBe(true)
    // The browser's record of every file the visitor's screens fetched goes with them.
    expect(cleared).toHaveBeenCalledOnce()
  })

  it('a new version waiting takes over at the idle reset, not before', () => {
    const apply = vi.fn()
    const { result } = renderHook(() => useKiosk(true))
    act(() => result.current.begin())
    setWaitingUpdate(apply)
    expect(apply).not.toHaveBeenCalled()
    act(() => result.current.reset())
    expect(apply).toHaveBeenCalledTimes(1)
  })

  it('a staff exit turns kiosk mode off for this tab, and keeps it off', () => {
    const { result, unmount } = renderHook(() => useKiosk(true))
    act(() => result.current.exit())
    expect(result.current.on).toBe(false)
    expect(device.visitorMode()).toBe(false)
    unmount()
    const again = renderHook(() => useKiosk(false))
    expect(again.result.current.on).toBe(false)
  })
})
