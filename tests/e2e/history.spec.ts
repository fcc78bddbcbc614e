import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { axeViolations, expect, test } from './fixtures'

const DAY = 24 * 60 * 60 * 1000

/** A few weeks of practice kept on this device, as Practice would have written it. */
async function keepPractices(page: Page) {
  await page.addInitScript((day) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    const now = Date.now()
    const entries = [20, 13, 9, 6, 2, 1, 0].map((ago, i) => ({
      at: now - ago * day - 60_000,
      routine: i % 2 ? 'head-jaw-scalp' : 'neck-and-shoulders',
      seconds: 300 + i * 20,
      completed: i !== 3,
      before: 7 - (i % 3),
      after: i === 4 ? null : 3 - (i % 2),
    }))
    localStorage.setItem(
      'stillpoint:practice-log',
      JSON.stringify({ version: 1, data: { entries } }),
    )
  }, DAY)
}

const text = async (download: Download) => readFile((await download.path()) ?? '', 'utf8')

test('your practice: from home, the list, chart and table, files to keep, and delete', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await keepPractices(page)
  await page.goto('/')
  await page.getByRole('link', { name: 'Your practice and reminders' }).click()
  await expect(page).toHaveURL(/#\/history$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your practice' })).toBeFocused()
  await expect(page.getByRole('listitem').filter({ hasText: 'Tension' })).toHaveCount(7)
  await expect(page.locator('.history-item').first()).toContainText('Neck and shoulders')
  await expect(page.locator('.history-item').filter({ hasText: 'stopped early' })).toHaveCount(1)
  await expect(page.getByText(/^\d+ practices?, \d+ minutes?$/)).toBeVisible()
  // The chart draws both series, and its table holds the same weeks.
  const chart = page.getByRole('img', { name: /Average tension before and after/ })
  await expect(chart).toBeVisible()
  expect(await chart.locator('.is-after rect').count()).toBeGreaterThan(1)
  await page.getByText('Show these numbers as a table').click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(9)

  // Days in a row: off until asked for.
  await expect(page.locator('.history-streak')).toHaveCount(0)
  await page.getByRole('switch', { name: /Show days in a row/ }).check()
  await expect(page.getByText('3 days in a row')).toBeVisible()

  // Both files, saved on the device.
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as JSON' }).click(),
  ])
  expect(json.suggestedFilename()).toMatch(/^stillpoint-practice-\d{4}-\d\d-\d\d\.json$/)
  const data = JSON.parse(await text(json))
  expect(data.practices).toHaveLength(7)
  expect(data.practices[0]).toMatchObject({ routineTitle: 'Neck and shoulders', tensionBefore: 7 })
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Save as CSV/ }).click(),
  ])
  const rows = (await text(csv)).trimEnd().split('\r\n')
  expect(rows).toHaveLength(8)
  expect(rows[0]).toBe('date,routine,routine_title,minutes,completed,tension_before,tension_after')

  expect(await axeViolations(page), 'history with practices, light').toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page), 'history with practices, dark').toEqual([])

  // Delete everything: asked first, then gone from the device.
  await page.getByRole('button', { name: 'Delete everything' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete your practice history?' })
  await expect(dialog).toBeVisible()
  expect(await axeViolations(page), 'delete confirmation').toEqual([])
  await dialog.getByRole('button', { name: 'Delete it all' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText('Your practice history is deleted from this device.').first(),
  ).toBeVisible()
  await expect(page.locator('.history-item')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))).toBeNull()
  await page.reload()
  await expect(page.getByText(/Nothing here yet/)).toBeVisible()
})

test('reminders: a calendar file that a calendar reads back, made by keyboard alone', async ({
  page,
}) => {
  await page.goto('/#/history')
  const days = page.getByRole('group', { name: 'Days' })
  await days.getByRole('checkbox', { name: 'Monday' }).focus()
  await page.keyboard.press('Space')
  await expect(days.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked()
  await days.getByRole('checkbox', { name: 'Tuesday' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('textbox', { name: 'Date' }).or(page.getByLabel('Date')).fill('2027-01-12')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file' }).press('Enter'),
  ])
  expect(file.suggestedFilename()).toBe('stillpoint-reminders.ics')
  const ics = await text(file)
  expect(ics).toContain('\r\n')
  const events = new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
  expect(events).toHaveLength(2)
  const rule = events[0]?.component.getFirstPropertyValue('rrule') as ICAL.Recur
  expect(rule.parts.BYDAY).toEqual(['TU', 'WE', 'FR'])
  expect(events[0]?.startDate.toString()).toMatch(/T19:00:00$/)
  expect(events[1]?.startDate.toString()).toBe('2027-01-12T09:00:00')
  await expect(page.getByText('Saved stillpoint-reminders.ics.', { exact: false })).toBeVisible()
})
