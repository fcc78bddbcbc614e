import type { Page } from '@playwright/test'
import { sourceCredit } from '@/content/trust'
import { expect, holdBack, settled, test } from './fixtures'

/** What the page shows in place of a screen whose code has not arrived: the calm line, or none. */
const calmLine = (page: Page) =>
  page.evaluate(
    () => getComputedStyle(document.getElementById('main') as Element, '::before').content,
  )

const questions = [
  'What is craniosacral therapy?',
  'What might it help with?',
  'Who is it for, and when should you wait?',
  'What happens in a session?',
  'Who performs it?',
  'What are the benefits and risks?',
  'When should you contact your provider?',
  'What can you do at home between visits?',
]

test('Learn answers every question, credits its source and shows no made-up number', async ({
  page,
}) => {
  await page.goto('/#/learn')
  for (const q of questions)
    await expect(page.getByRole('heading', { level: 2, name: q })).toBeVisible()
  await expect(page.getByText(sourceCredit)).toBeVisible()
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0)
  await expect(page.getByText('It is not craniosacral therapy.', { exact: false })).toBeVisible()
})

test('a deep link opens Learn at its section', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/#/learn/when-to-call')
  await settled(page)
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'When should you contact your provider?',
  })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
})

test('the contents list jumps to a section and the back button returns to the top', async ({
  page,
}) => {
  await page.goto('/#/learn')
  await settled(page)
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Who performs it?' })
    .click()
  const heading = page.getByRole('heading', { level: 2, name: 'Who performs it?' })
  await expect(heading).toBeInViewport()
  await expect(page).toHaveURL(/#\/learn\/who-does-it$/)
  await page.goBack()
  await expect(page).toHaveURL(/#\/learn$/)
})

test('an unknown section link keeps the whole page with a calm note', async ({ page }) => {
  await page.goto('/#/learn/side-effects-of-everything')
  await expect(page.getByRole('status')).toContainText('here is everything from the start')
  await expect(page.getByRole('heading', { level: 2, name: questions[0] })).toBeVisible()
})

test('a link to Learn shows its top in the first frame, before any of the app’s code, then the whole page over it', async ({
  page,
  request,
}) => {
  // The HTML's copy of the top is the app's own, word for word and attribute for attribute.
  const html = await (await request.get('/')).text()
  const sent =
    /<div id="learn-opening"[^>]*>(<header class="learn-header">.*?<\/header>)<\/div>/s.exec(
      html,
    )?.[1]
  expect(sent).toBeTruthy()
  // The app's code is held back: what shows is the HTML alone.
  const release = await holdBack(page, '**/assets/*.js')
  await page.goto('/#/learn', { waitUntil: 'commit' })
  await expect(
    page.getByRole('heading', { level: 1, name: 'Craniosacral therapy, in plain words' }),
  ).toBeVisible()
  expect(await calmLine(page)).toBe('none')
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined()
  // A link to a section followed before the code arrives: the calm line, not a top that would jump.
  await page.evaluate(() => {
    window.location.hash = '#/learn/when-to-call'
  })
  await expect(page.locator('#learn-opening')).toBeHidden()
  expect(await calmLine(page)).toBe('"Opening…"')
  // With its code, the app draws the whole page in its place: one heading, one top.
  release()
  await expect(page.getByRole('heading', { level: 2, name: questions[6] })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.locator('#learn-opening')).toHaveCount(0)
  expect(await page.locator('.learn-header').evaluate((el) => el.outerHTML)).toBe(sent)
})

test('a link home followed before the app’s code arrives: the home screen as sent, taken over without a complaint', async ({
  page,
}) => {
  const release = await holdBack(page, '**/assets/*.js')
  await page.goto('/#/learn', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Craniosacral therapy, in plain words',
  )
  await page.evaluate(() => {
    window.location.hash = '#/'
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  await expect(page.locator('#learn-opening')).toHaveCount(0)
  // The app hydrates the home screen in place: a mismatch would be a console error (the watcher).
  release()
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
})

test('a link to a section of Learn, or to another screen, opens on the calm line, without Learn’s top', async ({
  page,
}) => {
  await page.route('**/assets/*.js', () => {
    // Never answered: the page is seen as the HTML alone (the test ends first).
  })
  for (const path of ['/#/learn/when-to-call', '/#/preview']) {
    await page.goto('about:blank')
    await page.goto(path, { waitUntil: 'domcontentloaded' })
    await expect(page.locator('#learn-opening'), path).toHaveCount(0)
    expect(await calmLine(page), path).toBe('"Opening…"')
  }
})
