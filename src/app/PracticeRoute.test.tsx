import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { safetyQuestions } from '@/content/safety'
import { encodeRoutine, type SharedRoutine } from '@/content/sharedRoutine'
import { keyIdOf, makeKeyPair } from '@/lib/signing'
import { appStore } from '@/state/appStore'
import { device } from '@/state/device'
import { practiceStore } from '@/state/practice'
import { signRoutine } from '@/state/routineTrust'
import { PracticeRoute } from './PracticeRoute'
import { SAFETY_KEY } from './storageKeys'

const routine: SharedRoutine = {
  steps: [{ id: 'settle', hold: 30 }],
  appointment: null,
  note: 'Little and often.',
}

beforeEach(() => {
  practiceStore.getState().resetVisitor()
  // The safety check answered, so Practice lists its routines.
  practiceStore
    .getState()
    .answer(Object.fromEntries(safetyQuestions.map((q) => [q.id, 'no'])) as never)
  appStore.setState({ clinic: {}, clinicRead: false })
})
afterEach(() => {
  cleanup()
  device.setVisitorMode(false)
  localStorage.clear()
})

describe('saved routines in Practice', { timeout: 20_000 }, () => {
  it('are named by who they are from as checked now: the clinic’s until its key leaves clinic.json', async () => {
    const pair = await makeKeyPair()
    const signed = await signRoutine(routine, '2026-12-07', pair)
    practiceStore.getState().saveRoutine(signed)
    practiceStore
      .getState()
      .saveRoutine(encodeRoutine({ ...routine, note: 'From a friend' }, '2026-12-07'))
    const withKey = {
      name: 'Hillside Clinic',
      routineKeys: [{ id: keyIdOf(pair.publicKey), label: 'Front desk', key: pair.publicKey }],
    }
    render(<PracticeRoute routine={undefined} kiosk={false} focusOnMount={false} />)
    // While they are checked, Practice's own top stays, as its link opened on it.
    expect(screen.getByRole('heading', { level: 1, name: 'Practice at home' })).toBeTruthy()
    expect(screen.getByText('Opening Practice at home…')).toBeTruthy()
    act(() => appStore.getState().setClinic(withKey))
    expect(await screen.findByText(/^From Hillside Clinic, /)).toBeTruthy()
    expect(screen.getByText(/^Shared with you, /)).toBeTruthy()
    // The device that signed it was lost: its key is taken out of the file.
    act(() => appStore.getState().setClinic({ name: 'Hillside Clinic' }))
    await screen.findAllByText(/^Shared with you, /).then((found) => expect(found).toHaveLength(2))
    expect(screen.queryByText(/^From Hillside Clinic, /)).toBeNull()
  })

  it('while they are checked, a kiosk visitor sees the safety check’s top: the screen’s own rule, not what this browser kept before', () => {
    // Someone answered at home in this browser; then it became a kiosk, and a visitor walks up.
    localStorage.setItem(
      SAFETY_KEY,
      JSON.stringify({ version: 1, data: { answeredAt: Date.now(), answers: {} } }),
    )
    act(() => device.setVisitorMode(true))
    practiceStore.getState().saveRoutine(encodeRoutine(routine, '2026-12-07'))
    render(<PracticeRoute routine={undefined} kiosk focusOnMount={false} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Practice at home' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'Before you practice' })).toBeTruthy()
    expect(screen.getByText('Opening the safety questions…')).toBeTruthy()
  })
})
