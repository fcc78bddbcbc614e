import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type EnrolmentState, readEnrolment } from '@/state/kioskDevice'
import { enrol } from '@/state/kioskPin'
import { PinPad } from './PinPad'
import { HOLD_MS, StaffDoor } from './StaffDoor'

const PIN = '246813'
let enrolment: EnrolmentState

beforeAll(async () => {
  await enrol(PIN, Date.now(), localStorage, 100_000)
  enrolment = readEnrolment(localStorage)
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  localStorage.removeItem('stillpoint-device:pin-attempts')
})

const press = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }))
const type = (digits: string) => {
  for (const d of digits) fireEvent.keyDown(window, { key: d })
}
const door = (props: Partial<Parameters<typeof StaffDoor>[0]> = {}) => (
  <StaffDoor
    enrolment={enrolment}
    staff={false}
    onStaff={() => {}}
    onBack={() => {}}
    onUnenrol={() => {}}
    setup={<p>Clinic setup</p>}
    {...props}
  />
)

describe('StaffDoor', () => {
  it('opens the PIN pad after a 3-second press on the corner, not a shorter one', () => {
    vi.useFakeTimers()
    render(door())
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

  it('the right PIN lets staff in; their menu goes back to the kiosk or to the routine maker', async () => {
    const onStaff = vi.fn()
    const { rerender } = render(door({ onStaff }))
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, altKey: true })
    type(PIN)
    press('Unlock')
    await waitFor(() => expect(onStaff).toHaveBeenCalledTimes(1))
    const onBack = vi.fn()
    rerender(door({ staff: true, onBack }))
    expect(screen.getByRole('heading', { name: 'Staff' })).toBeTruthy()
    expect(screen.getByText('Clinic setup')).toBeTruthy()
    press('Back to kiosk')
    expect(onBack).toHaveBeenCalledTimes(1)
    press('Make a routine for a patient')
    expect(window.location.hash).toBe('#/clinician')
    // With the menu closed, a bar keeps the way back in reach.
    expect(screen.getByRole('complementary', { name: 'Staff' })).toBeTruthy()
    window.location.hash = ''
  })

  it('turning kiosk mode off asks first', () => {
    const onUnenrol = vi.fn()
    render(door({ staff: true, onUnenrol }))
    press('Turn off kiosk mode on this device…')
    press('Keep it a kiosk')
    expect(onUnenrol).not.toHaveBeenCalled()
    press('Turn off kiosk mode on this device…')
    press('Turn kiosk mode off')
    expect(onUnenrol).toHaveBeenCalledTimes(1)
  })
})

describe('PinPad', () => {
  it('a wrong PIN clears with a shake; after three, it waits, and a new pad waits too', async () => {
    const onRight = vi.fn()
    const { container, unmount } = render(
      <PinPad enrolment={enrolment} onClose={() => {}} onRight={onRight} />,
    )
    for (const d of ['1', '2', '3', '4', '5', '6']) press(d)
    press('Delete a digit')
    expect(screen.getByText('5 digits entered')).toBeTruthy()
    press('7')
    press('Unlock')
    await waitFor(() =>
      expect(screen.getByText(/Wrong PIN\. Try again\.\s+0 digits entered/)).toBeTruthy(),
    )
    expect(container.ownerDocument.querySelector('.pin-pad')?.hasAttribute('data-wrong')).toBe(true)
    type('999999')
    press('Unlock')
    await waitFor(() => expect(screen.getByText(/0 digits entered/)).toBeTruthy())
    type('999999')
    press('Unlock')
    await waitFor(() => expect(screen.getByText(/Too many wrong tries/)).toBeTruthy())
    expect(screen.getByText(/try again in 0:30/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', true)
    // Even the right PIN waits.
    type(PIN)
    expect(screen.queryByText(/6 digits entered/)).toBeNull()
    unmount()
    render(<PinPad enrolment={enrolment} onClose={() => {}} onRight={onRight} />)
    expect(screen.getByText(/Too many wrong tries/)).toBeTruthy()
    expect(onRight).not.toHaveBeenCalled()
  })

  it('a kiosk whose PIN record cannot be read stays a kiosk, and says how to set it up again', () => {
    render(<PinPad enrolment={{ kind: 'damaged' }} onClose={() => {}} onRight={() => {}} />)
    expect(screen.getByText(/cannot be read, so it stays a kiosk/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull()
  })
})
