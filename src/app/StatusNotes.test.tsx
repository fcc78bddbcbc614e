import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusNotes } from './StatusNotes'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('StatusNotes', () => {
  it('says calmly that the app is offline, and goes when the network is back', () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    render(<StatusNotes />)
    expect(screen.queryByText(/You’re offline/)).toBeNull()
    online.mockReturnValue(false)
    act(() => {
      window.dispatchEvent(new Event('offline'))
    })
    expect(screen.getByText(/You’re offline/)).toBeTruthy()
    online.mockReturnValue(true)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(screen.queryByText(/You’re offline/)).toBeNull()
  })
})
