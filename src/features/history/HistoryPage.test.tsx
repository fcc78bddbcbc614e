import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memoryBackend } from '@tests/fakes/memoryStorage'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appStore } from '@/state/appStore'
import { createPracticeStore, type PracticeEntry, type PracticeStore } from '@/state/practice'
import { defaultSettings } from '@/state/settings'
import { createStorage } from '@/state/storage'
import { HistoryPage } from './HistoryPage'
import { historyJson } from './summary'

// Friday 27 November 2026, 18:00 local time.
const now = () => new Date(2026, 10, 27, 18, 0).getTime()
const at = (day: number, hour = 9) => new Date(2026, 10, day, hour).getTime()
let made = 0
const entry = (when: number, over: Partial<PracticeEntry> = {}): PracticeEntry => ({
  id: `p-${made++}`,
  at: when,
  routine: 'neck-and-shoulders',
  seconds: 300,
  completed: true,
  before: 6,
  after: 3,
  ...over,
})
const titleOf = (id: string) => (id === 'neck-and-shoulders' ? 'Neck and shoulders' : id)

let store: PracticeStore
let downloads: { name: string; text: string }[]

beforeEach(() => {
  appStore.setState({ settings: defaultSettings })
  store = createPracticeStore(createStorage(memoryBackend()))
  downloads = []
  // Capture what would be saved: the Blob's text and the file's name.
  let pending: Blob | null = null
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    pending = b as Blob
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = pending
    const name = this.download
    if (blob) void blob.text().then((text) => downloads.push({ name, text }))
  })
})
afterEach(cleanup)

let user: ReturnType<typeof userEvent.setup>
const show = (kiosk = false) => {
  user = userEvent.setup()
  return render(
    <HistoryPage
      store={store}
      titleOf={titleOf}
      routineMinutes={6}
      kiosk={kiosk}
      focusOnMount={false}
      now={now}
    />,
  )
}

describe('HistoryPage', { timeout: 20_000 }, () => {
  it('says calmly that nothing is kept yet, with no chart or data to save', () => {
    show()
    expect(screen.getByRole('heading', { level: 1, name: 'Your practice' })).toBeTruthy()
    expect(screen.getByText(/No practice yet this week/)).toBeTruthy()
    expect(screen.getByText(/Nothing here yet/)).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull()
  })

  it('lists each practice newest first with its minutes and ratings, and counts this week', () => {
    store.getState().record(entry(at(20)))
    store.getState().record(entry(at(24), { seconds: 100, completed: false, after: null }))
    store.getState().record(entry(at(27), { before: 5, after: 2 }))
    show()
    expect(screen.getByText('2 practices, 7 minutes')).toBeTruthy()
    const items = within(screen.getByRole('list', { name: '' })).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(items[0]?.textContent).toMatch(/Neck and shoulders.*5 minutes.*Tension 5.*then.*2/)
    expect(items[1]?.textContent).toMatch(/2 minutes · stopped early.*Tension 6.*then.*–/)
    // The chart has a name, and the same numbers as a table.
    expect(screen.getByRole('img', { name: /Average tension before and after/ })).toBeTruthy()
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows).toHaveLength(9)
    expect(rows.at(-1)?.textContent).toMatch(/2\s*5.5\s*2$/)
  })

  it('shows days in a row only when the person turns it on', async () => {
    store.getState().record(entry(at(26)))
    store.getState().record(entry(at(27)))
    show()
    expect(screen.queryByText('2 days in a row')).toBeNull()
    const streaks = screen.getByRole('switch', { name: /Show days in a row/ })
    expect((streaks as HTMLInputElement).checked).toBe(false)
    await user.click(streaks)
    expect(screen.getByText('2 days in a row')).toBeTruthy()
    expect(appStore.getState().settings.streaks).toBe(true)
  })

  it('saves the history as JSON and CSV', async () => {
    store.getState().record(entry(at(27)))
    show()
    await user.click(screen.getByRole('button', { name: 'Save as JSON' }))
    await user.click(screen.getByRole('button', { name: /Save as CSV/ }))
    await vi.waitFor(() => expect(downloads).toHaveLength(2))
    const [json, csv] = downloads as [(typeof downloads)[0], (typeof downloads)[0]]
    expect(json.name).toBe('stillpoint-practice-2026-11-27.json')
    expect(JSON.parse(json.text).practices[0]).toMatchObject({
      routineTitle: 'Neck and shoulders',
      tensionBefore: 6,
      tensionAfter: 3,
    })
    expect(csv.name).toBe('stillpoint-practice-2026-11-27.csv')
    expect(csv.text.split('\r\n')[1]).toContain(',neck-and-shoulders,Neck and shoulders,5,true,6,3')
  })

  it('deletes everything only after asking, and keeps it when the person changes their mind', async () => {
    store.getState().record(entry(at(27)))
    show()
    await user.click(screen.getByRole('button', { name: 'Delete everything' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete your practice history?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep my history' }))
    expect(store.getState().log.entries).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Delete everything' }))
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete it all' }),
    )
    expect(store.getState().log.entries).toHaveLength(0)
    expect(
      screen.getAllByText('Your practice history is deleted from this device.').length,
    ).toBeGreaterThan(0)
  })

  it('makes a calendar file of the chosen days, time and appointment', async () => {
    show()
    const days = screen.getByRole('group', { name: 'Days' })
    await user.click(within(days).getByRole('checkbox', { name: 'Wednesday' }))
    await user.click(within(days).getByRole('checkbox', { name: 'Sunday' }))
    const times = screen.getAllByLabelText('Time')
    await user.clear(times[0] as HTMLElement)
    await user.type(times[0] as HTMLElement, '07:45')
    await user.type(screen.getByLabelText('Date'), '2026-12-08')
    await user.click(screen.getByRole('button', { name: 'Download calendar file' }))
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    const ics = downloads[0]?.text ?? ''
    expect(downloads[0]?.name).toBe('stillpoint-reminders.ics')
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR,SU\r\n')
    expect(ics).toContain('DTSTART:20261129T074500\r\n')
    expect(ics).toContain('DTSTART:20261208T090000\r\n')
    // A lock screen shows the title: neutral unless the person names it.
    expect(ics).toContain('SUMMARY:Appointment\r\n')
    expect(ics).not.toMatch(/therapy/i)
    expect(screen.getByText(/Saved stillpoint-reminders.ics/)).toBeTruthy()
  })

  it('lets the person name the appointment in their calendar', async () => {
    show()
    await user.type(screen.getByLabelText('Date'), '2026-12-08')
    const name = screen.getByRole('textbox', { name: 'Name in your calendar' })
    expect((name as HTMLInputElement).value).toBe('Appointment')
    await user.clear(name)
    await user.type(name, 'Dr. Lee, 2nd floor')
    await user.click(screen.getByRole('button', { name: 'Download calendar file' }))
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    expect(downloads[0]?.text).toContain('SUMMARY:Dr. Lee\\, 2nd floor\r\n')
  })

  it('asks for a day or a date before making an empty file', async () => {
    show()
    const days = screen.getByRole('group', { name: 'Days' })
    for (const d of ['Monday', 'Wednesday', 'Friday']) {
      await user.click(within(days).getByRole('checkbox', { name: d }))
    }
    await user.click(screen.getByRole('button', { name: 'Download calendar file' }))
    expect(screen.getByText(/Choose at least one day/)).toBeTruthy()
    expect(downloads).toHaveLength(0)
  })

  it('in kiosk mode says nothing is kept and offers no files', () => {
    store.getState().record(entry(at(27)))
    show(true)
    expect(screen.getByText(/In the waiting room nothing is kept/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Download calendar file' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Save as JSON' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Bring in a saved file' })).toBeNull()
  })

  it('brings in a file saved on another device: says what it adds, adds it once on Add them', async () => {
    const here = entry(at(25))
    const other = createPracticeStore(createStorage(memoryBackend()))
    const file = historyJson([here, entry(at(26)), entry(at(27), { after: 1 })], titleOf, now())
    store.getState().importData([here], [])
    show()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement
    await user.upload(
      input,
      new File([file], 'stillpoint-practice.json', { type: 'application/json' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Bring in your practice?' })
    expect(dialog.textContent).toContain('This file adds 2 practices. 1 item is already here')
    await user.click(screen.getByRole('button', { name: 'Add them' }))
    expect(await screen.findByText('Added 2 practices.')).toBeTruthy()
    expect(store.getState().log.entries).toHaveLength(3)
    // The same file again adds nothing.
    await user.upload(input, new File([file], 'again.json', { type: 'application/json' }))
    expect(
      (await screen.findByRole('dialog', { name: 'Bring in your practice?' })).textContent,
    ).toContain('Everything in this file is already here')
    expect(screen.queryByRole('button', { name: 'Add them' })).toBeNull()
    expect(other.getState().log.entries).toHaveLength(0)
  })

  it('refuses a file Stillpoint did not save, adding nothing, and says why', async () => {
    show()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement
    await user.upload(
      input,
      new File(['date,routine\n2026-11-27,x'], 'history.json', { type: 'application/json' }),
    )
    expect(await screen.findByText(/This is not a file Stillpoint saved/)).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(store.getState().log.entries).toHaveLength(0)
  })
})
