import { axeViolations, expect, settled, test } from './fixtures'

const screens = [
  '/',
  '/#/learn',
  '/#/learn/at-home',
  '/#/explore',
  '/#/explore/jaw',
  '/#/preview',
  '/#/preview/the-neck',
  '/#/practice',
  '/#/practice/no-such-routine',
  '/#/history',
  '/#/clinician',
  '/#/no-such-page',
]

const looks = [
  { colorScheme: 'light', reducedMotion: 'no-preference' },
  { colorScheme: 'light', reducedMotion: 'reduce' },
  { colorScheme: 'dark', reducedMotion: 'no-preference' },
  { colorScheme: 'dark', reducedMotion: 'reduce' },
] as const

/** Four axe passes of a whole page: about 3 s each alone, several times that on a busy machine. */
const SWEEP_TIMEOUT_MS = 120_000

for (const path of screens) {
  test(`axe finds nothing on ${path} (light and dark, with and without motion)`, async ({
    page,
  }) => {
    test.setTimeout(SWEEP_TIMEOUT_MS)
    for (const look of looks) {
      await page.emulateMedia(look)
      await page.goto(path)
      await settled(page)
      expect(
        await axeViolations(page),
        `${path} ${look.colorScheme} ${look.reducedMotion}`,
      ).toEqual([])
    }
  })
}

test('axe finds nothing in the settings dialog or the damaged-settings notice', async ({
  page,
}) => {
  test.setTimeout(SWEEP_TIMEOUT_MS)
  for (const look of looks) {
    await page.emulateMedia(look)
    await page.goto('/')
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await axeViolations(page), `settings dialog ${look.colorScheme}`).toEqual([])
    await page.evaluate(() => localStorage.setItem('stillpoint:settings', 'broken'))
    await page.reload()
    await expect(page.getByText('could not be read')).toBeVisible()
    expect(await axeViolations(page), `damaged-settings notice ${look.colorScheme}`).toEqual([])
    await page.evaluate(() => localStorage.clear())
  }
})

test('reduced motion stops the breathing rings', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  const animation = await page
    .locator('.ripple')
    .evaluate((el) => getComputedStyle(el).animationName)
  expect(animation).toBe('none')
})

test('the motion setting stops animation even when the device allows it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/')
  const circle = page.locator('.ripple')
  expect(await circle.evaluate((el) => getComputedStyle(el).animationName)).toBe('breathe')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Reduce motion' }).check()
  expect(await circle.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
})
