import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ATTRACT_LINE_SECONDS, attractLines } from '@/content/kiosk'
import { Attract } from './Attract'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('Attract', () => {
  it('cycles calm lines about CST and names the clinic', () => {
    render(<Attract onBegin={() => {}} clinicName="Riverside Clinic" />)
    expect(screen.getByText(attractLines[0] as string)).toBeTruthy()
    expect(screen.getByText('at Riverside Clinic')).toBeTruthy()
    act(() => {
      vi.advanceTimersByTime(ATTRACT_LINE_SECONDS * 1000)
    })
    expect(screen.getByText(attractLines[1] as string)).toBeTruthy()
    act(() => {
      vi.advanceTimersByTime(ATTRACT_LINE_SECONDS * 1000 * (attractLines.length - 1))
    })
    expect(screen.getByText(attractLines[0] as string)).toBeTruthy()
  })

  it('begins on a touch anywhere, or any key', () => {
    const onBegin = vi.fn()
    render(<Attract onBegin={onBegin} />)
    fireEvent.click(screen.getByRole('button', { name: 'Touch anywhere to begin' }))
    expect(onBegin).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(window, { key: 'a' })
    expect(onBegin).toHaveBeenCalledTimes(2)
    // Staff's own keys are not a visitor.
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, altKey: true })
    expect(onBegin).toHaveBeenCalledTimes(2)
  })
})

describe('full screen on the first touch', () => {
  it('asks the browser once, though the touch reaches the kiosk and the attract screen', async () => {
    const { enterFullscreen } = await import('./KioskLayer')
    const request = vi.fn(() => Promise.resolve())
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true })
    document.documentElement.requestFullscreen = request
    try {
      enterFullscreen()
      enterFullscreen()
      expect(request).toHaveBeenCalledTimes(1)
      await act(async () => {}) // the browser answers
      enterFullscreen() // refused or left since: it may ask again
      expect(request).toHaveBeenCalledTimes(2)
    } finally {
      Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true })
    }
  })
})
