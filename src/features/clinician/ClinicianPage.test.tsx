import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeRoutine } from '@/content/sharedRoutine'
import { appStore } from '@/state/appStore'
import { ClinicianPage } from './ClinicianPage'

afterEach(() => {
  cleanup()
  appStore.setState({ clinic: {} })
})

const linkText = () =>
  (screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value.split(
    '#/routine/',
  )[1] ?? ''

// Typing with user-event is slow on a busy machine: room for it.
describe('ClinicianPage', { timeout: 20_000 }, () => {
  it('offers nothing to share until a step is chosen', () => {
    render(<ClinicianPage focusOnMount={false} />)
    expect(screen.getByText(/No steps yet/)).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: 'Link' })).toBeNull()
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull()
  })

  it('builds the routine in order with holds, and the link carries exactly that', async () => {
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    await user.click(screen.getByRole('button', { name: 'Add Lift and drop (Neck and shoulders)' }))
    await user.click(
      screen.getByRole('button', { name: 'Add Scalp circles (Head, jaw and scalp)' }),
    )
    // Added steps cannot be added twice.
    expect(
      (screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Move Scalp circles up' }))
    await user.click(screen.getByRole('button', { name: 'Remove Lift and drop' }))
    const hold = screen.getByRole('spinbutton', {
      name: 'Time for this step (seconds): Scalp circles',
    })
    await user.clear(hold)
    await user.type(hold, '500')
    await user.tab()
    // Out of range is brought back in range when the field is left.
    expect((hold as HTMLInputElement).value).toBe('300')
    await user.type(screen.getByLabelText(/A note for your patient/), 'Slowly, please.')
    await screen.findByRole('textbox', { name: 'Link' })
    await waitFor(() => expect(linkText()).toContain('Slowly'))
    const decoded = decodeRoutine(linkText())
    expect(decoded.ok && decoded.routine).toEqual({
      steps: [
        { id: 'settle', hold: 30 },
        { id: 'scalp-circles', hold: 300 },
      ],
      appointment: null,
      note: 'Slowly, please.',
    })
    expect(screen.getAllByRole('img', { name: /QR code: opens this routine/ }).length).toBe(2)
  })

  it('changing position starts the routine again with that position’s steps', async () => {
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    await user.click(screen.getByRole('radio', { name: 'Lying down' }))
    expect(screen.getByText(/No steps yet/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Add Settle (Neck and shoulders)' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Evening rest' })).toBeTruthy()
  })

  it('puts the clinic’s name and number on the handout when one is configured', async () => {
    appStore.setState({ clinic: { name: 'Harbour Wellness', phone: '+44 20 7946 0000' } })
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    const handout = await screen.findByRole('region', { name: 'Printed handout' })
    // Not signed by a listed key: the clinic's name does not head it, but its number is there.
    expect(within(handout).queryByText('Harbour Wellness')).toBeNull()
    expect(handout.textContent).toContain(
      'To contact your provider, call Harbour Wellness: +44 20 7946 0000.',
    )
    expect(handout.textContent).toContain('Ask your provider before you practice')
    expect(handout.textContent).toContain('It is not craniosacral therapy')
    expect(handout.textContent).toContain('Call emergency services at once')
  })

  it('copies the link and says so', async () => {
    // user-event stands in for the clipboard.
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    // The link follows a moment later (the device's key is looked up, and signs when there is one).
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toMatch(
      /#\/routine\/2~settle:30~-~\d{8}~-~~[0-9a-z]+$/,
    )
    expect(await screen.findByText('Link copied.')).toBeTruthy()
  })
})
