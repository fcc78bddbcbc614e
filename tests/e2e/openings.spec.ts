import type { Page } from '@playwright/test'
import { safetyQuestions } from '@/content/safety'
import { expect, holdBack, test } from './fixtures'

/**
 * The first frame of a link straight to a screen: the HTML carries the tops of Learn, the Preview,
 * Explore and Practice (src/app/prerender.tsx), and the script where the page ends shows the one
 * the link opens (openScreen, src/app/beforePaint.ts), before any of the app's code.
 */

/** What the page shows in place of a screen whose code has not arrived: the calm line, or none. */
const calmLine = (page: Page) =>
  page.evaluate(
    () => getComputedStyle(document.getElementById('main') as Element, '::before').content,
  )

/** Each screen: its heading, and something only the whole screen (its code arrived) shows. */
const screens = [
  {
    name: 'learn',
    heading: 'Craniosacral therapy, in plain words',
    whole: (page: Page) =>
      page.getByRole('heading', { level: 2, name: 'What happens in a session?' }),
  },
  {
    name: 'preview',
    heading: 'Your first session',
    whole: (page: Page) => page.getByRole('button', { name: 'Play', exact: true }),
  },
  {
    name: 'explore',
    heading: 'Explore the body',
    whole: (page: Page) => page.getByRole('complementary', { name: 'Parts of the body' }),
  },
  {
    // A first visit: Practice opens on its safety check, whose top is in the first frame too.
    name: 'practice',
    heading: 'Practice at home',
    whole: (page: Page) => page.getByRole('button', { name: 'Continue' }),
  },
] as const

for (const { name, heading, whole } of screens)
  test(`a link to ${name} shows its top in the first frame, before any of the app’s code, then the screen over it, in the same place`, async ({
    page,
    request,
  }) => {
    // The HTML's copy of the top is the app's own, word for word and attribute for attribute.
    const html = await (await request.get('/')).text()
    const sent = new RegExp(
      `<template data-opening="${name}">.*?(<header class="${name}-header">.*?</header>)`,
      's',
    ).exec(html)?.[1]
    expect(sent).toBeTruthy()
    // The app's code is held back: what shows is the HTML alone.
    const release = await holdBack(page, '**/assets/*.js')
    await page.goto(`/#/${name}`, { waitUntil: 'commit' })
    const h1 = page.getByRole('heading', { level: 1 })
    await expect(h1).toHaveText(heading)
    expect(await calmLine(page)).toBe('none')
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined()
    await expect(page.locator('template')).toHaveCount(0)
    const check = page.getByRole('heading', { level: 2, name: 'Before you practice' })
    await expect(check).toHaveCount(name === 'practice' ? 1 : 0)
    await page.evaluate(() => document.fonts.ready)
    const before = await h1.boundingBox()
    const checkBefore = name === 'practice' ? await check.boundingBox() : null
    // With its code, the app draws the whole screen in its place: one heading, one top, unmoved.
    release()
    await expect(whole(page)).toBeVisible()
    await expect(h1).toHaveCount(1)
    await expect(h1).toHaveText(heading)
    await expect(page.locator('#opening')).toHaveCount(0)
    expect(await page.locator(`.${name}-header`).evaluate((el) => el.outerHTML)).toBe(sent)
    expect(await h1.boundingBox()).toEqual(before)
    if (checkBefore) expect(await check.boundingBox()).toEqual(checkBefore)
  })

test('a return to Practice, with safety answers kept, opens on its plain top, then the routines', async ({
  page,
}) => {
  const answers = Object.fromEntries(safetyQuestions.map((q) => [q.id, 'no']))
  await page.addInitScript(
    (kept) =>
      localStorage.setItem(
        'stillpoint:safety',
        JSON.stringify({ version: 1, data: { answeredAt: Date.now(), answers: kept } }),
      ),
    answers,
  )
  const release = await holdBack(page, '**/assets/*.js')
  await page.goto('/#/practice', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice at home')
  await expect(page.getByText('Opening Practice at home…')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toHaveCount(0)
  release()
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  await expect(page.getByRole('link', { name: /Neck and shoulders/ })).toBeVisible()
  await expect(page.getByText('Opening Practice at home…')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toHaveCount(0)
})

test('a link home followed before the app’s code arrives: the home screen as sent, taken over without a complaint', async ({
  page,
}) => {
  const release = await holdBack(page, '**/assets/*.js')
  await page.goto('/#/preview', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your first session')
  await page.evaluate(() => {
    window.location.hash = '#/'
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  await expect(page.locator('#opening')).toHaveCount(0)
  // The app hydrates the home screen in place: a mismatch would be a console error (the watcher).
  release()
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
})

test('a link to a part of a screen (a section, a routine), or to another screen, opens on the calm line, and another link before the code comes does too', async ({
  page,
}) => {
  await page.route('**/assets/*.js', () => {
    // Never answered: the page is seen as the HTML alone (the test ends first).
  })
  for (const path of ['/#/learn/when-to-call', '/#/practice/neck-and-shoulders', '/#/history']) {
    await page.goto('about:blank')
    await page.goto(path, { waitUntil: 'domcontentloaded' })
    await expect(page.locator('#opening'), path).toHaveCount(0)
    await expect(page.locator('template'), path).toHaveCount(0)
    expect(await calmLine(page), path).toBe('"Opening…"')
  }
  // From a screen's top to a section of it: the calm line, not a top that would jump.
  await page.goto('about:blank')
  await page.goto('/#/learn', { waitUntil: 'domcontentloaded' })
  await expect(page.locator('#opening')).toBeVisible()
  await page.evaluate(() => {
    window.location.hash = '#/learn/when-to-call'
  })
  await expect(page.locator('#opening')).toHaveCount(0)
  expect(await calmLine(page)).toBe('"Opening…"')
})
