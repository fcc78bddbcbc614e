import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appStore } from '@/state/appStore'
import { skippableClock } from './idleClock'
import { KioskIdle } from './KioskIdle'

beforeEach(() => {
  vi.useFakeTimers()
  appStore.setState({ playing: [] })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const wait = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000)
  })
const dialogOpen = () => !!document.querySelector('dialog[open]')

describe('KioskIdle', () => {
  it('reads its time from the clock it is given: time passed at once counts at the next tick', () => {
    const onReset = vi.fn()
    const clock = skippableClock()
    render(<KioskIdle idleSeconds={60} warningSeconds={20} onReset={onReset} clock={clock} />)
    clock.elapse(61)
    expect(dialogOpen()).toBe(false)
    wait(1)
    expect(dialogOpen()).toBe(true)
    clock.elapse(19)
    wait(1)
    expect(onReset).toHaveBeenCalledTimes(1)
  })

  it('asks "Still there?" after the idle time, then starts over when the countdown ends', () => {
    const onReset = vi.fn()
    render(<KioskIdle idleSeconds={30} warningSeconds={20} onReset={onReset} />)
    wait(29)
    expect(dialogOpen()).toBe(false)
    wait(2)
    expect(dialogOpen()).toBe(true)
    expect(screen.getByText(/Starting over for the next visitor in 20 seconds/)).toBeTruthy()
    wait(21)
    expect(onReset).toHaveBeenCalledTimes(1)
    expect(dialogOpen()).toBe(false)
  })

  it('counts narration that plays as use: the wait starts when it stops', () => {
    const onReset = vi.fn()
    render(<KioskIdle idleSeconds={30} warningSeconds={20} onReset={onReset} />)
    act(() => appStore.getState().setPlaying('preview', true))
    wait(120)
    expect(dialogOpen()).toBe(false)
    act(() => appStore.getState().setPlaying('preview', false))
    wait(29)
    expect(dialogOpen()).toBe(false)
    wait(3)
    expect(dialogOpen()).toBe(true)
    expect(onReset).not.toHaveBeenCalled()
  })

  it('any touch or key is someone there', () => {
    const onReset = vi.fn()
    render(<KioskIdle idleSeconds={30} warningSeconds={20} onReset={onReset} />)
    wait(31)
    expect(dialogOpen()).toBe(true)
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    })
    wait(1)
    expect(dialogOpen()).toBe(false)
    wait(25)
    expect(onReset).not.toHaveBeenCalled()
  })
})
