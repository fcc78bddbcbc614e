import type { Page } from '@playwright/test'
import { ATTRACT_LINE_SECONDS, attractLines } from '../../src/content/kiosk'
import {
  answerSafetyCheck,
  axeViolations,
  everySound,
  expect,
  keptSounds,
  soundingMedia,
  test,
  trackMedia,
  visitorKeys,
} from './fixtures'

const kioskFile = (page: Page, kiosk: object, clinic: object = {}) =>
  page.route('**/clinic.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...clinic, kiosk }),
    }),
  )

const touchToBegin = (page: Page) => page.getByRole('button', { name: 'Touch anywhere to begin' })

/**
 * Stops the page's clock a moment from now. The moment is read from the page, so on a busy
 * machine it may have passed by the time the pause arrives; then it asks again, a little further on.
 */
async function pauseSoon(page: Page) {
  for (let ahead = 250; ; ahead *= 2) {
    try {
      await page.clock.pauseAt(await page.evaluate((ms) => Date.now() + ms, ahead))
      return
    } catch (error) {
      if (ahead >= 4000 || !String(error).includes('to the past')) throw error
    }
  }
}

/** Lets kiosk time pass in big steps. (Time stops flowing by itself, so a slow machine cannot stretch the steps.) */
async function walkAway(page: Page, seconds: number) {
  await pauseSoon(page)
  await page.clock.runFor(seconds * 1000)
}

test('the attract screen turns the body quietly until someone touches it', async ({ page }) => {
  await trackMedia(page)
  await kioskFile(page, { enabled: true }, { name: 'Riverside Clinic' })
  await page.goto('/')
  await expect(touchToBegin(page)).toBeVisible()
  await expect(page.getByText('at Riverside Clinic')).toBeVisible()
  await expect(page.locator('.attract .body-view[data-mode="3d"][data-ready="true"]')).toBeVisible({
    timeout: 20_000,
  })
  const firstLine = await page.locator('.attract-line').textContent()
  expect(firstLine).toMatch(/gentle, hands-on treatment/)
  expect(await axeViolations(page), 'attract screen').toEqual([])
  // No sound before the first touch: nothing has even been asked to play. (The kiosk does fetch
  // every sound meanwhile, to keep it for offline use.)
  expect(
    await page.evaluate(() => (window as unknown as { __media: unknown[] }).__media.length),
  ).toBe(0)
  expect(await soundingMedia(page)).toEqual([])
  // A touch anywhere begins, in full screen where the browser allows it.
  await page.mouse.click(200, 300)
  await expect(page.getByRole('heading', { name: 'Where would you like to start?' })).toBeVisible()
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true)
  // A visitor's text size is in reach, and kept for their visit only.
  await page.getByRole('radio', { name: 'Larger' }).check()
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger')
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toBeNull()
})

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
  [390, 844],
] as const) {
  test(`the attract screen at ${width}×${height}: the invitation to touch covers none of its words`, async ({
    page,
  }) => {
    await page.clock.install()
    await page.setViewportSize({ width, height })
    await kioskFile(page, { enabled: true }, { name: 'Riverside Clinic' })
    await page.goto('/')
    await expect(touchToBegin(page)).toBeVisible()
    // Time moves only when the test moves it, so no line changes while its box is read.
    await pauseSoon(page)
    const invite = await page.locator('.attract-invite').boundingBox()
    // Every line in turn (a line rests 8 s, and they go round), the longest included, starting
    // from whichever shows now.
    const first = attractLines.indexOf((await page.locator('.attract-line').textContent()) ?? '')
    expect(first, 'the line showing is one of the attract lines').toBeGreaterThanOrEqual(0)
    for (let n = 0; n < attractLines.length; n++) {
      const text = attractLines[(first + n) % attractLines.length] as string
      await expect(page.locator('.attract-line')).toHaveText(text)
      for (const part of ['.attract-brand', '.attract-title', '.attract-line']) {
        const box = await page.locator(part).boundingBox()
        if (!box || !invite) throw new Error(`${part} and the invitation are on screen`)
        expect(
          box.y + box.height <= invite.y ||
            invite.x + invite.width <= box.x ||
            box.x + box.width <= invite.x,
          `${part} ${JSON.stringify(box)} ends above the invitation ${JSON.stringify(invite)}`,
        ).toBe(true)
      }
      await page.clock.runFor(ATTRACT_LINE_SECONDS * 1000)
    }
  })
}

test('a kiosk keeps nothing of a visitor, and starts over after "Still there?"', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.clock.install()
  await kioskFile(page, { enabled: true, idleSeconds: 30, warningSeconds: 60 })
  await page.goto('/')
  await touchToBegin(page).click()
  // A visitor answers the safety check, changes the text size and opens a routine.
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await answerSafetyCheck(page)
  await page.getByRole('radio', { name: 'Larger' }).check()
  await page.getByRole('link', { name: /Neck and shoulders/ }).click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  expect(await visitorKeys(page), 'nothing about the visitor is kept on the device').toEqual([])
  // Then walks away.
  await walkAway(page, 31)
  const dialog = page.getByRole('dialog', { name: 'Still there?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('.kiosk-idle-count')).toHaveText(/^(5[5-9]|60)$/)
  // axe needs its own timers; the minute of warning leaves it room. The kiosk has kept every sound
  // on the device by now, for a waiting room that loses its network.
  await page.clock.resume()
  await expect.poll(() => keptSounds(page), { timeout: 60_000 }).toEqual(everySound)
  expect(await axeViolations(page), 'Still there?').toEqual([])
  await walkAway(page, 61)
  await expect(dialog).toBeHidden()
  // Back to the attract screen, with nothing of the visitor left.
  await expect(touchToBegin(page)).toBeVisible()
  await expect(page).toHaveURL(/#\/$/)
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBeUndefined()
  // The next visitor is asked the safety questions again.
  await touchToBegin(page).click()
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
})

test('"I\'m still here" keeps the visit; a touch does too', async ({ page }) => {
  await page.clock.install()
  await kioskFile(page, { enabled: true, idleSeconds: 30, warningSeconds: 20, attract: false })
  await page.goto('/#/learn')
  await page.getByRole('heading', { level: 1 }).waitFor()
  // The kiosk's watch has loaded (its chunk brings the visitor's text size too).
  await expect(page.getByRole('radio', { name: 'Larger' })).toBeVisible()
  await walkAway(page, 31)
  await page.getByRole('button', { name: 'I’m still here' }).click()
  await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeHidden()
  await page.clock.runFor(25_000)
  await expect(page).toHaveURL(/#\/learn$/)
})

for (const journey of ['preview', 'practice'] as const)
  test(`a visitor who leaves mid-${journey === 'preview' ? 'narration' : 'practice'}: the reset stops the sound and wipes everything`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await trackMedia(page)
    await page.clock.install()
    await kioskFile(page, { enabled: true, idleSeconds: 30, warningSeconds: 20 })
    await page.goto('/')
    await touchToBegin(page).click()
    if (journey === 'preview') {
      await page.getByRole('link', { name: /Preview a session/ }).click()
      await page.getByRole('button', { name: 'Play', exact: true }).click()
    } else {
      await page.getByRole('link', { name: /Practice at home/ }).click()
      await answerSafetyCheck(page)
      await page.getByRole('link', { name: /Neck and shoulders/ }).click()
      await page.getByRole('radio', { name: '6', exact: true }).check()
      await page.getByRole('button', { name: 'Start' }).click()
    }
    await expect.poll(() => soundingMedia(page), { timeout: 20_000 }).not.toEqual([])
    // Sound that plays is someone listening: no "Still there?" meanwhile.
    await page.clock.runFor(45_000)
    await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeHidden()
    // The visitor pauses and is called in.
    await page.getByRole('button', { name: 'Pause' }).first().click()
    await walkAway(page, 31)
    await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeVisible()
    await walkAway(page, 21)
    await expect(touchToBegin(page)).toBeVisible()
    await expect.poll(() => soundingMedia(page)).toEqual([])
    expect(await visitorKeys(page)).toEqual([])
    if (journey === 'practice') {
      await touchToBegin(page).click()
      await page.getByRole('link', { name: /Practice at home/ }).click()
      await expect(page.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
    }
  })

test('staff leave kiosk mode with the PIN; a wrong PIN only shakes', async ({ page }) => {
  await kioskFile(page, { enabled: true, exitPin: '2468' })
  await page.goto('/')
  await touchToBegin(page).click()
  // A short press on the corner is nothing.
  const box = await page.getByTestId('staff-corner').boundingBox()
  if (!box) throw new Error('no staff corner')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.waitForTimeout(800)
  await page.mouse.up()
  await expect(page.getByRole('dialog', { name: 'Staff: leave kiosk mode' })).toBeHidden()
  // Three seconds opens the PIN pad.
  await page.mouse.down()
  const pad = page.getByRole('dialog', { name: 'Staff: leave kiosk mode' })
  await expect(pad).toBeVisible({ timeout: 6000 })
  await page.mouse.up()
  expect(await axeViolations(page), 'PIN pad').toEqual([])
  // The shake lasts 400 ms: note it as it happens, rather than hope a busy machine catches it.
  await pad.locator('.pin-pad').evaluate((form) => {
    const w = window as unknown as { __shook?: boolean }
    w.__shook = false
    new MutationObserver(() => {
      if (form.hasAttribute('data-wrong')) w.__shook = true
    }).observe(form, { attributes: true, attributeFilter: ['data-wrong'] })
  })
  for (const d of '1357') await pad.getByRole('button', { name: d, exact: true }).click()
  await pad.getByRole('button', { name: 'Unlock' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shook?: boolean }).__shook))
    .toBe(true)
  await expect(pad.getByText(/Wrong PIN\. Try again\.\s+0 digits entered/)).toBeAttached()
  await expect(pad).toBeVisible()
  await page.keyboard.type('2468')
  await page.keyboard.press('Enter')
  await expect(pad).toBeHidden()
  // Staff choices: leave, or leave for the clinicians' page.
  const staff = page.getByRole('dialog', { name: 'Staff' })
  await expect(staff.getByRole('button', { name: 'Make a routine for a patient' })).toBeVisible()
  await staff.getByRole('button', { name: 'Leave kiosk mode' }).click()
  await expect(staff).toBeHidden()
  // Kiosk mode is off for this tab: settings are kept again, and stay so after a reload.
  await expect(page.getByRole('radio', { name: 'Larger' })).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  await expect(touchToBegin(page)).toBeHidden()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Dark' }).check()
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toContain('dark')
})

test('with no PIN configured, a long press on the corner opens nothing', async ({ page }) => {
  await kioskFile(page, { enabled: true })
  await page.goto('/')
  await touchToBegin(page).click()
  await expect(page.getByTestId('staff-corner')).toHaveCount(0)
  await page.keyboard.press('Control+Alt+k')
  await expect(page.getByRole('dialog')).toBeHidden()
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
  await expect(touchToBegin(page)).toBeVisible()
  // In kiosk mode the visitor starts from the defaults, and what they change is not saved.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .toBeUndefined()
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toContain('dark')
})
