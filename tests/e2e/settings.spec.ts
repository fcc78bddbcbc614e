import { expect, test } from './fixtures'

test('settings persist across a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('radio', { name: 'Larger' }).check()
  await dialog.getByRole('radio', { name: 'Dark' }).check()
  await dialog.getByRole('radio', { name: 'Reduce motion' }).check()
  await dialog.getByRole('switch', { name: 'Captions' }).uncheck()
  await expect(dialog.getByText('Your choices are saved on this device only.')).toBeVisible()
  const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(before).toBe('20px')
  await page.reload()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(dialog.getByRole('radio', { name: 'Larger' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'Reduce motion' })).toBeChecked()
  await expect(dialog.getByRole('switch', { name: 'Captions' })).not.toBeChecked()
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(bg).toBe('rgb(14, 24, 28)')
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
    '20px',
  )
})

test('damaged stored settings give defaults, a calm notice, and keep the damaged copy', async ({
  page,
}) => {
  await page.goto('/')
  await page.evaluate(() =>
    localStorage.setItem('stillpoint:settings', '{"version":1,"data":{"theme":"dar'),
  )
  await page.reload()
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings:damaged'))).toBe(
    '{"version":1,"data":{"theme":"dar',
  )
  await notice.getByRole('button', { name: 'Open settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Standard' })).toBeChecked()
  await expect(notice).toBeHidden()
})

test('partly damaged settings keep what could be read', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() =>
    localStorage.setItem(
      'stillpoint:settings',
      JSON.stringify({ version: 1, data: { theme: 'dark', textSize: 'gigantic' } }),
    ),
  )
  await page.reload()
  await expect(page.getByText('could not be read')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
})

test('when the browser refuses storage the app still works and says choices will not last', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Large', exact: true }).check()
  await expect(page.getByText('last until you close it')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large')
})
