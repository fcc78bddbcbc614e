import { axeViolations, expect, settled, test } from './fixtures'

const screens = [
  '/',
  '/#/learn',
  '/#/learn/at-home',
  '/#/explore',
  '/#/explore/jaw',
  '/#/preview',
  '/#/preview/the-neck',
  '/#/no-such-page',
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`axe finds nothing on any screen or panel (${colorScheme}, motion ${reducedMotion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion })
      for (const path of screens) {
        await page.goto(path)
        await settled(page)
        expect(await axeViolations(page), path).toEqual([])
      }
      // Open panels and notices count too.
      await page.goto('/')
      await page.getByRole('button', { name: 'Settings' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      expect(await axeViolations(page), 'settings dialog').toEqual([])
      await page.evaluate(() => localStorage.setItem('stillpoint:settings', 'broken'))
      await page.reload()
      await expect(page.getByText('could not be read')).toBeVisible()
      expect(await axeViolations(page), 'damaged-settings notice').toEqual([])
    })
  }
}

test('reduced motion stops the breathing rings', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  const animation = await page
    .locator('.ripple circle')
    .first()
    .evaluate((el) => getComputedStyle(el).animationName)
  expect(animation).toBe('none')
})

test('the motion setting stops animation even when the device allows it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/')
  const circle = page.locator('.ripple circle').first()
  expect(await circle.evaluate((el) => getComputedStyle(el).animationName)).toBe('breathe')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Reduce motion' }).check()
  expect(await circle.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
})
