import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HOLD_MS, PinPad, StaffExit } from './StaffExit'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const press = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }))

describe('StaffExit', () => {
  it('opens the PIN pad after a 3-second press on the corner, not a shorter one', () => {
    render(<StaffExit pin="2468" onExit={() => {}} />)
    const corner = screen.getByTestId('staff-corner')
    fireEvent.pointerDown(corner)
    act(() => {
      vi.advanceTimersByTime(HOLD_MS - 200)
    })
    fireEvent.pointerUp(corner)
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull()
    fireEvent.pointerDown(corner)
    act(() => {
      vi.advanceTimersByTime(HOLD_MS)
    })
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeTruthy()
  })

  it('opens the PIN pad from the keyboard with Ctrl+Alt+K', () => {
    render(<StaffExit pin="2468" onExit={() => {}} />)
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, altKey: true })
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeTruthy()
  })
})

describe('the staff choices', () => {
  it('after the right PIN offers leaving, or leaving for the clinicians’ page', () => {
    const onExit = vi.fn()
    render(<StaffExit pin="2468" onExit={onExit} />)
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, altKey: true })
    for (const d of '2468') fireEvent.keyDown(window, { key: d })
    press('Unlock')
    expect(onExit).not.toHaveBeenCalled()
    press('Make a routine for a patient')
    expect(onExit).toHaveBeenCalledTimes(1)
    expect(window.location.hash).toBe('#/clinician')
    window.location.hash = ''
  })
})

describe('PinPad', () => {
  it('leaves with the right PIN, typed on the pad or the keyboard', () => {
    const onRight = vi.fn()
    render(<PinPad pin="2468" onClose={() => {}} onRight={onRight} />)
    press('2')
    press('4')
    fireEvent.keyDown(window, { key: '6' })
    fireEvent.keyDown(window, { key: '8' })
    expect(screen.getByText('4 digits entered')).toBeTruthy()
    press('Unlock')
    expect(onRight).toHaveBeenCalledTimes(1)
  })

  it('a wrong PIN clears with a shake and nothing else', () => {
    const onRight = vi.fn()
    const { container } = render(<PinPad pin="2468" onClose={() => {}} onRight={onRight} />)
    for (const d of ['1', '2', '3', '4']) press(d)
    press('Delete a digit')
    expect(screen.getByText('3 digits entered')).toBeTruthy()
    press('4')
    press('Unlock')
    expect(onRight).not.toHaveBeenCalled()
    const pad = container.ownerDocument.querySelector('.pin-pad')
    expect(pad?.hasAttribute('data-wrong')).toBe(true)
    expect(screen.getByText(/Wrong PIN\. Try again\.\s+0 digits entered/)).toBeTruthy()
    // No message: the pad looks as it did, once the shake is over.
    expect(container.ownerDocument.querySelector('[role="alert"]')).toBeNull()
    act(() => {
      vi.advanceTimersByTime(500)
    })
    expect(pad?.hasAttribute('data-wrong')).toBe(false)
  })
})
