import 'fake-indexeddb/auto'
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { sharedRoutineCopy } from '@/content/practiceCopy'
import { decodeRoutine } from '@/content/sharedRoutine'
import { keyIdOf } from '@/lib/signing'
import { appStore } from '@/state/appStore'
import { loadDeviceKey, removeDeviceKey } from '@/state/signingKey'
import { ClinicianPage } from './ClinicianPage'

afterEach(async () => {
  cleanup()
  appStore.setState({ clinic: {} })
  await removeDeviceKey()
})

const linkText = () =>
  (screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value.split(
    '#/routine/',
  )[1] ?? ''
const handout = () => screen.getByRole('region', { name: 'Printed handout' })

describe('the clinicians’ page with a signing key', { timeout: 20_000 }, () => {
  it('makes a key on the device; links are signed; the handout says who only once clinic.json lists it', async () => {
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    expect(await screen.findByText(/This device has no signing key/)).toBeTruthy()
    await user.type(
      screen.getByRole('textbox', { name: 'Name for this device' }),
      'Front desk laptop',
    )
    await user.click(screen.getByRole('button', { name: 'Make a signing key' }))
    const entry = (await screen.findByRole('textbox', {
      name: 'Entry for clinic.json',
    })) as HTMLTextAreaElement
    const key = await loadDeviceKey()
    expect(JSON.parse(entry.value)).toEqual({ label: 'Front desk laptop', key: key?.publicKey })
    expect(screen.getByText(keyIdOf(key?.publicKey ?? ''))).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    const hold = screen.getByRole('spinbutton', { name: 'Time for this step (seconds): Settle' })
    await user.clear(hold)
    await user.type(hold, '150')
    await user.tab()
    // Not listed yet: signed, but it will open as someone's, so the long hold plays at 90 s.
    await waitFor(() => {
      const d = decodeRoutine(linkText())
      expect(d.ok && d.signature?.keyId).toBe(keyIdOf(key?.publicKey ?? ''))
      expect(d.ok && d.routine.steps[0]?.hold).toBe(150)
    })
    expect(screen.getByText(/Steps over 90 seconds will last 90 seconds/)).toBeTruthy()
    expect(handout().textContent).toMatch(/No clinic has checked it/)
    expect(within(handout()).queryByText('Hillside Clinic')).toBeNull()
    expect(handout().textContent).toContain('Stay with this step for about 1 minute 30 seconds.')

    // The clinic adds the entry to clinic.json.
    act(() =>
      appStore.getState().setClinic({
        name: 'Hillside Clinic',
        routineKeys: [
          {
            id: keyIdOf(key?.publicKey ?? ''),
            label: 'Front desk laptop',
            key: key?.publicKey ?? '',
          },
        ],
      }),
    )
    expect(screen.getByText(/This key is in this site’s clinic.json/)).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: 'Entry for clinic.json' })).toBeNull()
    expect(screen.queryByText(/Steps over 90 seconds will last 90 seconds/)).toBeNull()
    expect(handout().textContent).toMatch(
      /Made by Hillside Clinic on the device “Front desk laptop”, .+\. Scan the code to check it/,
    )
    expect(handout().textContent).toContain('Stay with this step for about 2 minutes 30 seconds.')
    expect(within(handout()).getByText(sharedRoutineCopy.longHold)).toBeTruthy()
    expect(within(handout()).getByText('Hillside Clinic')).toBeTruthy()
  })

  it('removing the key asks first; then links are made unsigned', async () => {
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.type(await screen.findByRole('textbox', { name: 'Name for this device' }), 'Tablet')
    await user.click(screen.getByRole('button', { name: 'Make a signing key' }))
    await user.click(await screen.findByRole('button', { name: 'Remove the key from this device' }))
    await user.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(await loadDeviceKey()).not.toBeNull()
    await user.click(screen.getByRole('button', { name: 'Remove the key from this device' }))
    await user.click(screen.getByRole('button', { name: 'Remove it' }))
    expect(await screen.findByText(/This device has no signing key/)).toBeTruthy()
    expect(await loadDeviceKey()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }))
    await waitFor(() => {
      const d = decodeRoutine(linkText())
      expect(d.ok && d.signature).toBeNull()
    })
  })

  it('a breathing-only handout does not call itself self-massage, and says what it is not', async () => {
    const user = userEvent.setup()
    render(<ClinicianPage focusOnMount={false} />)
    await user.click(await screen.findByRole('button', { name: /^Add Slow breaths/ }))
    await waitFor(() => expect(linkText()).not.toBe(''))
    const text = handout().textContent ?? ''
    expect(text).not.toMatch(/self-massage/i)
    expect(text).toContain('not craniosacral therapy and not a treatment')
    expect(text).toContain('Check with your provider if your health changes.')
  })
})
