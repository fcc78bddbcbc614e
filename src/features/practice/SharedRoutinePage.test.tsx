import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memoryBackend } from '@tests/fakes/memoryStorage'
import { afterEach, describe, expect, it } from 'vitest'
import { routines } from '@/content/practice'
import { encodeRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import { createPracticeStore, type PracticeStore } from '@/state/practice'
import { createStorage } from '@/state/storage'
import { SharedRoutinePage } from './SharedRoutinePage'

afterEach(cleanup)

const code = encodeRoutine({
  steps: [
    { id: 'settle', hold: 30 },
    { id: 'temple-circles', hold: 45 },
  ],
  appointment: '2027-01-12',
  note: 'Little and often.',
})

const show = (store: PracticeStore, link = code, kiosk = false) =>
  render(
    <SharedRoutinePage
      code={link}
      routines={routines}
      store={store}
      kiosk={kiosk}
      focusOnMount={false}
    />,
  )

describe('SharedRoutinePage', { timeout: 20_000 }, () => {
  it('shows the routine, its note and the appointment, and saves it once', async () => {
    const store = createPracticeStore(createStorage(memoryBackend()))
    const user = userEvent.setup()
    show(store)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'A routine from your therapist',
    )
    expect(screen.getByText('Little and often.')).toBeTruthy()
    expect(screen.getByText(/2027/)).toBeTruthy()
    const items = screen.getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      'SettleAbout 30 seconds',
      'TemplesAbout 45 seconds',
    ])
    await user.click(screen.getByRole('button', { name: 'Save to my routines' }))
    expect(store.getState().saved.map((r) => r.code)).toEqual([code])
    expect(document.activeElement?.textContent).toBe('Saved. You will find it in Practice at home.')
    const start = screen.getByRole('link', { name: 'Start it now' })
    expect(start.getAttribute('href')).toBe(`#/practice/${sharedRoutineId(code)}`)
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull()
  })

  it('when the device keeps nothing, saves it for this visit and says so', async () => {
    const store = createPracticeStore(createStorage(null))
    const user = userEvent.setup()
    show(store)
    await user.click(screen.getByRole('button', { name: 'Save to my routines' }))
    expect(store.getState().saved).toHaveLength(1)
    expect(screen.getByText(/this visit only/)).toBeTruthy()
  })

  it('a tampered link saves nothing and lists the standard routines', () => {
    const store = createPracticeStore(createStorage(memoryBackend()))
    show(store, code.replace('temple-circles:45', 'temple-circles:60'))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This link is not complete')
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull()
    expect(screen.getByRole('link', { name: /Neck and shoulders/ })).toBeTruthy()
    expect(store.getState().saved).toEqual([])
  })

  it('a link from a newer Stillpoint says so calmly', () => {
    const store = createPracticeStore(createStorage(memoryBackend()))
    show(store, code.replace(/^1~/, '2~'))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This routine needs a newer Stillpoint',
    )
  })
})
