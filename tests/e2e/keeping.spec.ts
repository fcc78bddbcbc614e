import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { answerSafetyCheck, axeViolations, expect, test } from './fixtures'

/** One short practice: a rating, Start, Stop, End, a rating after. */
async function practise(page: Page, before: string, after: string) {
  await page.goto('/#/practice/just-breathing')
  await page.getByRole('radio', { name: before, exact: true }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Stop' }).click()
  await page
    .getByRole('dialog', { name: 'Are you OK?' })
    .getByRole('button', { name: 'End the practice' })
    .click()
  await expect(page.getByRole('heading', { name: 'That was your practice' })).toBeFocused()
  await page.getByRole('radio', { name: after, exact: true }).check()
}

const historyItems = (page: Page) => page.locator('.history-item')

/** A practice as kept on the device (the app's own record format). */
const stored = (id: string, at: number, before: number, after: number) => ({
  id,
  at,
  routine: 'just-breathing',
  seconds: 200,
  completed: true,
  before,
  after,
})

test('two windows practising at once both keep both practices, and each sees the other’s', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/#/practice')
  await answerSafetyCheck(page)
  const other = await page.context().newPage()
  // Both practise, one step at a time in turn, neither reloading.
  await Promise.all([practise(page, '7', '3'), practise(other, '5', '2')])
  for (const p of [page, other]) {
    await p.getByRole('link', { name: 'Your practice' }).click()
    await expect(historyItems(p)).toHaveCount(2)
    const tensions = await p.locator('.history-item-tension').allTextContents()
    expect(tensions.map((t) => t.replace(/\s+/g, '')).sort()).toEqual([
      'Tension5→then2',
      'Tension7→then3',
    ])
  }
  // A third practice in the other window shows up here without a reload.
  await practise(other, '4', '1')
  await expect(historyItems(page)).toHaveCount(3)
})

test('a log with one damaged entry shows the rest, says so, and offers it in the export', async ({
  page,
}) => {
  const t = Date.now() - 3 * 86_400_000
  const bad = { at: 'yesterday', routine: 'just-breathing', completed: 'yes' }
  await page.goto('/')
  await page.evaluate(
    ([good1, broken, good2]) =>
      localStorage.setItem(
        'stillpoint:practice-log',
        JSON.stringify({ version: 1, data: { entries: [good1, broken, good2] } }),
      ),
    [stored('p-a', t, 6, 3), bad, stored('p-b', t + 3_600_000, 5, 2)] as const,
  )
  await page.goto('about:blank')
  await page.goto('/#/history')
  await expect(historyItems(page)).toHaveCount(2)
  await expect(page.getByText(/1 thing kept on this device could not be read/)).toBeVisible()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as JSON' }).click(),
  ])
  const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8'))
  expect(data.practices).toHaveLength(2)
  expect(data.couldNotRead.practices).toEqual([bad])
  // A later practice keeps it aside, and the good ones.
  const kept = await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))
  expect(kept).toContain('yesterday')
})

test('saved on one browser, brought into a fresh one: the same history, chart and saved routine', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const day = 86_400_000
  const t = Date.now() - 10 * day
  const fields = '2~settle:30,shoulder-drop:45~-~20261201~-~Twice+a+day.'
  let h = 0x811c9dc5
  for (let i = 0; i < fields.length; i++) h = Math.imul(h ^ fields.charCodeAt(i), 0x01000193) >>> 0
  const code = `${fields}~${h.toString(36)}`
  await page.goto('/')
  await page.evaluate(
    ([entries, routine]) => {
      localStorage.setItem(
        'stillpoint:practice-log',
        JSON.stringify({ version: 1, data: { entries } }),
      )
      localStorage.setItem(
        'stillpoint:therapist-routines',
        JSON.stringify({
          version: 1,
          data: { routines: [{ code: routine, savedAt: Date.now() }] },
        }),
      )
    },
    [
      [stored('p-1', t, 7, 4), stored('p-2', t + 3 * day, 6, 3), stored('p-3', t + 7 * day, 5, 2)],
      code,
    ] as const,
  )
  await page.goto('about:blank')
  await page.goto('/#/history')
  await expect(historyItems(page)).toHaveCount(3)
  const list = await historyItems(page).allTextContents()
  const chart = await page.locator('.history-chart').textContent()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as JSON' }).click(),
  ])
  const path = test.info().outputPath('stillpoint-practice.json')
  await writeFile(path, await readFile((await download.path()) ?? ''))

  const fresh = await browser.newContext({ serviceWorkers: 'block' })
  const phone = await fresh.newPage()
  await phone.goto('/#/history')
  await expect(phone.getByText(/Practiced with Stillpoint on another phone/)).toBeVisible()
  await phone.locator('input[type="file"]').setInputFiles(path)
  const dialog = phone.getByRole('dialog', { name: 'Bring in your practice?' })
  await expect(dialog).toContainText('This file adds 3 practices and 1 routine from a link.')
  expect(await axeViolations(phone), 'the import dialog').toEqual([])
  await dialog.getByRole('button', { name: 'Add them' }).click()
  await expect(phone.getByText('Added 3 practices and 1 routine from a link.')).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(historyItems(phone)).toHaveCount(3)
  expect(await historyItems(phone).allTextContents()).toEqual(list)
  expect(await phone.locator('.history-chart').textContent()).toBe(chart)
  // Brought in twice: nothing new.
  await phone.locator('input[type="file"]').setInputFiles(path)
  await expect(dialog).toContainText('Everything in this file is already here.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(historyItems(phone)).toHaveCount(3)
  // The saved routine is in Practice, after the safety check.
  await phone.goto('/#/practice')
  await answerSafetyCheck(phone)
  await expect(phone.getByRole('link', { name: /Shared with you, / })).toBeVisible()
  await fresh.close()
})

test('a file Stillpoint did not save, a spreadsheet, a cut-short file and a 50 MB file add nothing, and say why', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/#/history')
  const input = page.locator('input[type="file"]')
  const status = page.locator('.history-data [role="status"]')
  const exported = JSON.stringify({
    app: 'Stillpoint',
    kind: 'practice-history',
    version: 2,
    exported: '2026-12-01T09:00+00:00',
    practices: [
      {
        id: 'p-1',
        at: Date.now() - 86_400_000,
        date: '2026-12-01T09:00+00:00',
        routine: 'just-breathing',
        routineTitle: 'Just breathing',
        minutes: 3,
        seconds: 200,
        completed: true,
        tensionBefore: 5,
        tensionAfter: 2,
      },
    ],
    routines: [],
  })
  for (const [name, mimeType, buffer, reason] of [
    [
      'package.json',
      'application/json',
      Buffer.from('{"name":"my-app","version":"1.0.0"}'),
      /was not saved by Stillpoint/,
    ],
    [
      'history.csv',
      'text/csv',
      Buffer.from('date,routine\r\n2026-12-01T09:00,just-breathing\r\n'),
      /is not a file Stillpoint saved, or it is not complete/,
    ],
    [
      'cut.json',
      'application/json',
      Buffer.from(exported.slice(0, 200)),
      /is not a file Stillpoint saved, or it is not complete/,
    ],
  ] as const) {
    await input.setInputFiles({ name, mimeType, buffer })
    await expect(status, name).toHaveText(reason)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(historyItems(page)).toHaveCount(0)
    expect(await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))).toBeNull()
  }
  // 50 MB of spaces, larger than any history: not read at all. (Playwright takes a file this
  // large only from disk.)
  const huge = test.info().outputPath('huge.json')
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 32))
  await input.setInputFiles(huge)
  await expect(status).toHaveText(/larger than any Stillpoint saves/)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))).toBeNull()
  expect(await axeViolations(page), 'a refused file').toEqual([])
})
