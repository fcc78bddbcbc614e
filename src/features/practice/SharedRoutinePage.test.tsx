import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memoryBackend } from '@tests/fakes/memoryStorage'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { routines } from '@/content/practice'
import { sharedRoutineCopy } from '@/content/practiceCopy'
import { encodeRoutine, type SharedRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import { type KeyPair, keyIdOf, makeKeyPair } from '@/lib/signing'
import { appStore } from '@/state/appStore'
import { createPracticeStore, type PracticeStore } from '@/state/practice'
import { signRoutine } from '@/state/routineTrust'
import { createStorage } from '@/state/storage'
import { SharedRoutinePage } from './SharedRoutinePage'

afterEach(cleanup)
beforeEach(() => {
  appStore.setState({ clinic: {}, clinicRead: false })
})

const routine: SharedRoutine = {
  steps: [
    { id: 'settle', hold: 30 },
    { id: 'temple-circles', hold: 45 },
  ],
  appointment: '2027-01-12',
  note: 'Little and often.',
}
const MADE = '2026-12-07'
const code = encodeRoutine(routine, MADE)

const signed = (pair: KeyPair, r: SharedRoutine = routine) => signRoutine(r, MADE, pair)

/** The clinic's file, read: its name and the keys it lists. */
const clinicRead = (pair?: KeyPair) =>
  act(() =>
    appStore.getState().setClinic({
      name: 'Hillside Clinic',
      ...(pair && {
        routineKeys: [
          { id: keyIdOf(pair.publicKey), label: 'Front desk laptop', key: pair.publicKey },
        ],
      }),
    }),
  )

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
const heading = () => screen.getByRole('heading', { level: 1 }).textContent
const newStore = () => createPracticeStore(createStorage(memoryBackend()))

describe('SharedRoutinePage', { timeout: 20_000 }, () => {
  it('waits for the clinic’s keys before it says who a link is from', async () => {
    show(newStore())
    expect(heading()).toBe('Checking this link…')
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull()
    clinicRead()
    await screen.findByRole('button', { name: 'Save to my routines' })
  })

  it('not signed: someone’s routine, the note set apart as not checked, saved once', async () => {
    const store = newStore()
    const user = userEvent.setup()
    clinicRead()
    show(store)
    await screen.findByRole('button', { name: 'Save to my routines' })
    expect(heading()).toBe('A routine someone shared with you')
    expect(document.body.textContent).not.toMatch(/your therapist|Hillside/)
    const note = screen.getByRole('figure')
    expect(note.className).toContain('is-unchecked')
    expect(note.textContent).toBe(`${sharedRoutineCopy.shared.noteLabel}Little and often.`)
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

  it('not signed: holds over 90 seconds are shown at 90, with a line saying why', async () => {
    clinicRead()
    show(newStore(), encodeRoutine({ ...routine, steps: [{ id: 'settle', hold: 240 }] }, MADE))
    await screen.findByText(sharedRoutineCopy.shared.lowered)
    expect(screen.getByRole('listitem').textContent).toBe('SettleAbout 1 minute 30 seconds')
  })

  it('signed by a key in clinic.json: from the clinic, with the device and the day', async () => {
    const pair = await makeKeyPair()
    const long = {
      ...routine,
      steps: [
        { id: 'settle', hold: 30 },
        { id: 'temple-circles', hold: 150 },
      ],
    }
    clinicRead(pair)
    show(newStore(), await signed(pair, long))
    await screen.findByRole('button', { name: 'Save to my routines' })
    expect(heading()).toBe('A routine from Hillside Clinic')
    expect(screen.getByText(/^Made on the device “Front desk laptop”, .*2026\.$/)).toBeTruthy()
    expect(screen.getByRole('figure').textContent).toBe(
      'A note from Hillside ClinicLittle and often.',
    )
    const items = screen.getAllByRole('listitem')
    expect(items[1]?.textContent).toBe(
      `TemplesAbout 2 minutes 30 seconds${sharedRoutineCopy.longHold}`,
    )
    expect(screen.queryByText(sharedRoutineCopy.shared.lowered)).toBeNull()
  })

  it('the same signed link on a site whose clinic.json lacks its key: someone’s routine', async () => {
    const pair = await makeKeyPair()
    clinicRead()
    show(newStore(), await signed(pair))
    await screen.findByRole('button', { name: 'Save to my routines' })
    expect(heading()).toBe('A routine someone shared with you')
  })

  it('a signed link changed after signing: refused, nothing saved, the standard routines offered', async () => {
    const pair = await makeKeyPair()
    const store = newStore()
    clinicRead(pair)
    show(store, (await signed(pair)).replace('Little+and+often.', 'Call+0900+123+456.'))
    expect(await screen.findByRole('heading', { name: 'This link cannot be used' })).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/changed|tamper|forg/i)
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull()
    expect(screen.getByRole('link', { name: /Neck and shoulders/ })).toBeTruthy()
    expect(store.getState().saved).toEqual([])
  })

  it('a note’s bidi override and zero-width characters are shown inert', async () => {
    clinicRead()
    show(
      newStore(),
      encodeRoutine({ ...routine, note: 'Call \u202E987 654\u202C\u200B today' }, MADE),
    )
    await screen.findByRole('button', { name: 'Save to my routines' })
    const quote = screen.getByRole('figure').querySelector('blockquote')
    expect(quote?.textContent).toBe('Call 987 654 today')
    expect(quote?.getAttribute('dir')).toBe('auto')
  })

  it('when the device keeps nothing, saves it for this visit and says so', async () => {
    const store = createPracticeStore(createStorage(null))
    const user = userEvent.setup()
    clinicRead()
    show(store)
    await user.click(await screen.findByRole('button', { name: 'Save to my routines' }))
    expect(store.getState().saved).toHaveLength(1)
    expect(screen.getByText(/this visit only/)).toBeTruthy()
  })

  it('a mistyped link saves nothing and lists the standard routines', () => {
    const store = newStore()
    show(store, code.replace('temple-circles:45', 'temple-circles:60'))
    expect(heading()).toBe('This link is not complete')
    expect(document.body.textContent).not.toMatch(/changed on the way/)
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull()
    expect(screen.getByRole('link', { name: /Neck and shoulders/ })).toBeTruthy()
    expect(store.getState().saved).toEqual([])
  })

  it('a link from a newer Stillpoint says so calmly', () => {
    show(newStore(), code.replace(/^2~/, '3~'))
    expect(heading()).toBe('This routine needs a newer Stillpoint')
  })
})
