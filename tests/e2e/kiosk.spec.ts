import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'

const kioskFile = (page: Page, kiosk: object) =>
  page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ kiosk }) }),
  )

test('a kiosk keeps nothing of a visitor, and starts over after "Still there?"', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.clock.install()
  await kioskFile(page, { enabled: true, idleSeconds: 30, warningSeconds: 60 })
  await page.goto('/')
  await page.getByRole('heading', { level: 1 }).waitFor()
  // A visitor answers the safety check, changes the text size and opens a routine.
  await page.goto('/#/practice')
  await page.locator('.safety-questions').waitFor()
  for (const group of await page.locator('.safety-questions fieldset').all())
    await group.getByRole('radio', { name: 'No', exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Larger' }).check()
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: /Neck and shoulders/ }).click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('stillpoint:'))),
    'nothing about the visitor is kept on the device',
  ).toEqual([])
  // Then walks away. (Time stops flowing by itself, so a slow machine cannot stretch the steps.)
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500))
  await page.clock.runFor(31_000)
  const dialog = page.getByRole('dialog', { name: 'Still there?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('.kiosk-idle-count')).toHaveText(/^(5[5-9]|60)$/)
  // axe needs its own timers; the minute of warning leaves it room.
  await page.clock.resume()
  expect(await axeViolations(page), 'Still there?').toEqual([])
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500))
  await page.clock.runFor(61_000)
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/#\/$/)
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBeUndefined()
  // The next visitor is asked the safety questions again.
  await page.goto('/#/practice')
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
})

test('"I\'m still here" keeps the visit; a touch does too', async ({ page }) => {
  await page.clock.install()
  await kioskFile(page, { enabled: true, idleSeconds: 30, warningSeconds: 20 })
  await page.goto('/#/learn')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500))
  await page.clock.runFor(31_000)
  await page.getByRole('button', { name: 'I’m still here' }).click()
  await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeHidden()
  await page.clock.runFor(25_000)
  await expect(page).toHaveURL(/#\/learn$/)
})

test('trying kiosk mode at #/kiosk in one’s own browser keeps what was saved before', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Dark' }).check()
  await page.keyboard.press('Escape')
  await page.goto('/#/kiosk')
  await expect(page).toHaveURL(/#\/$/)
  // In kiosk mode the visitor starts from the defaults, and what they change is not saved.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .toBeUndefined()
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toContain('dark')
})
