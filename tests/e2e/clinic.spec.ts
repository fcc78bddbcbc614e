import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'

const serve = (page: Page, status: number, body: string) =>
  page.route('**/clinic.json', (route) =>
    route.fulfill({ status, body, contentType: 'application/json' }),
  )
const clinicSetup = async (page: Page) => {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByText('Clinic setup').click()
  return dialog
}

test('a clinic’s file sets its name, number, colour, logo and journeys', async ({ page }) => {
  test.setTimeout(120_000)
  await page.route('**/clinic/logo.svg', (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#7a3b69"/></svg>',
    }),
  )
  await serve(
    page,
    200,
    JSON.stringify({
      name: 'Harbour Wellness',
      phone: '+1 (555) 010-2030',
      accent: '#7a3b69',
      logo: '/clinic/logo.svg',
      journeys: ['practice', 'learn'],
    }),
  )
  await page.goto('/')
  const journeys = page
    .getByRole('region', { name: 'Where would you like to start?' })
    .getByRole('list')
    .getByRole('link')
  await expect(journeys).toHaveCount(2)
  await expect(journeys.nth(0)).toContainText('Practice at home')
  await expect(page.getByRole('img', { name: 'Harbour Wellness' })).toBeVisible()
  expect(
    await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent')),
  ).toContain('#7a3b69')
  // The number shows wherever the app says to contact a provider.
  await page.goto('/#/learn')
  await expect(page.getByRole('link', { name: /\+1 \(555\) 010-2030/ }).first()).toHaveAttribute(
    'href',
    'tel:+15550102030',
  )
  await page.goto('/#/practice')
  await expect(page.locator('.safety-check').getByRole('link', { name: /010-2030/ })).toBeVisible()
  expect(await axeViolations(page), 'the clinic colour keeps the page readable').toEqual([])
})

test('a file with mistakes: good fields apply, the rest are listed for staff', async ({ page }) => {
  const warnings: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text())
  })
  await serve(
    page,
    200,
    JSON.stringify({
      name: 'Harbour Wellness',
      phone: 5550102030,
      accent: '#ffee00',
      kiosk: { exitPin: 'open sesame', idleSeconds: 5 },
    }),
  )
  await page.goto('/')
  const dialog = await clinicSetup(page)
  await expect(dialog.getByText('Harbour Wellness')).toBeVisible()
  const problems = dialog.locator('.clinic-problems li')
  await expect(problems).toHaveCount(4)
  await expect(problems.filter({ hasText: 'accent' })).toContainText('hard to read')
  // A PIN in the public file is ignored, with what to do instead, and never shown back.
  await expect(problems.filter({ hasText: 'kiosk.exitPin' })).toContainText('anyone could read')
  await expect(problems.filter({ hasText: 'kiosk.idleSeconds' })).toContainText('30 to 600')
  await expect(dialog).not.toContainText('open sesame')
  expect(warnings.join('\n')).toContain('Stillpoint clinic setup: phone')
  expect(await axeViolations(page), 'the setup panel').toEqual([])
})

for (const [label, status, body] of [
  ['not JSON at all', 200, '{ "name": "Harbour", '],
  ['a server error', 500, 'Internal Server Error'],
] as const) {
  test(`clinic.json that is ${label}: defaults, a calm screen, and the reason for staff`, async ({
    page,
    watch,
  }) => {
    await serve(page, status, body)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'A calm guide to craniosacral therapy',
    )
    const dialog = await clinicSetup(page)
    await expect(
      dialog.getByText('could not be read, so Stillpoint uses its own defaults'),
    ).toBeVisible()
    await expect(dialog.locator('.clinic-problems li')).toHaveCount(1)
    // The browser reports the failed load itself; nothing else may go wrong.
    const others = watch.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))
    watch.consoleErrors.splice(0, watch.consoleErrors.length, ...others)
  })
}

test('no clinic file: defaults, silently', async ({ page, watch }) => {
  await serve(page, 404, 'Not found')
  await page.goto('/')
  await expect(
    page
      .getByRole('region', { name: 'Where would you like to start?' })
      .getByRole('list')
      .getByRole('link'),
  ).toHaveCount(4)
  const dialog = await clinicSetup(page)
  await expect(dialog.getByText('No clinic file was found')).toBeVisible()
  const others = watch.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...others)
})

test('the clinic’s default settings apply to a visitor who has chosen none', async ({ page }) => {
  await serve(page, 200, JSON.stringify({ defaults: { theme: 'dark', textSize: 'larger' } }))
  await page.goto('/')
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger')
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toBeNull()
})
