import type { Page } from '@playwright/test'
import { ATTRACT_LINE_SECONDS, attractLines } from '../../src/content/kiosk'
import {
  acceptFailedLoads,
  answerSafetyCheck,
  axeViolations,
  enrolKiosk,
  everySound,
  expect,
  keptSounds,
  STAFF_PIN,
  soundingMedia,
  test,
  trackMedia,
  visitorKeys,
} from './fixtures'

/** Serves a clinic file (what the kiosk does, not whether the device is one) and counts reads. */
function kioskFile(page: Page, kiosk: object, clinic: object = {}) {
  const reads = { count: 0 }
  void page.route('**/clinic.json', (route) => {
    reads.count++
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...clinic, kiosk }),
    })
  })
  return reads
}

/**
 * A device enrolled as a kiosk with this clinic file, loaded afresh (the file kept) on its attract
 * screen, or home. Fresh: a hash-only navigation would keep the setup page's document and timers,
 * which a clock installed afterwards does not reach.
 */
async function kioskWith(page: Page, kiosk: object, clinic: object = {}) {
  const reads = kioskFile(page, kiosk, clinic)
  await enrolKiosk(page)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('stillpoint-device:clinic')))
    .not.toBeNull()
  await page.goto('about:blank')
  await page.goto('/')
  return reads
}

/** Loads `path` as a new document (for a clock installed just before). */
async function loadAfresh(page: Page, path: string) {
  await page.goto('about:blank')
  await page.goto(path)
}

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
  // In steps of 10 s, each a turn for the page to render: the watch reads the time it was given
  // at its last tick, as it would on a screen left alone for minutes.
  for (let left = seconds * 1000; left > 0; left -= 10_000) {
    await page.clock.runFor(Math.min(left, 10_000))
    await page.evaluate(() => document.querySelectorAll('dialog[open]').length)
  }
}

test('the attract screen turns the body quietly until someone touches it', async ({ page }) => {
  await trackMedia(page)
  await kioskWith(page, {}, { name: 'Riverside Clinic' })
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
    await page.setViewportSize({ width, height })
    await kioskWith(page, {}, { name: 'Riverside Clinic' })
    await page.clock.install()
    await loadAfresh(page, '/')
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
  await kioskWith(page, { idleSeconds: 30, warningSeconds: 60 })
  await page.clock.install()
  await loadAfresh(page, '/')
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
  await kioskWith(page, { idleSeconds: 30, warningSeconds: 20, attract: false })
  await page.clock.install()
  await loadAfresh(page, '/#/learn')
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
    await kioskWith(page, { idleSeconds: 30, warningSeconds: 20 })
    await page.clock.install()
    await loadAfresh(page, '/')
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

/** Opens the staff PIN pad from the keyboard, as staff with a keyboard do. */
async function openPad(page: Page) {
  await page.keyboard.press('Control+Alt+k')
  const pad = page.getByRole('dialog', { name: 'Staff only' })
  await expect(pad).toBeVisible()
  return pad
}

test('"I\'m done" ends a visit at once: nothing kept, a thank-you, and Back finds nothing of it', async ({
  page,
}) => {
  await kioskWith(page, { idleSeconds: 300 })
  const entries = await page.evaluate(() => history.length)
  await touchToBegin(page).click()
  // A visitor answers the safety check and walks through several screens.
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await answerSafetyCheck(page)
  await page.getByRole('link', { name: /Neck and shoulders/ }).click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  // Visitors see their own settings, not the clinic's setup.
  await expect(page.getByText('Clinic setup')).toHaveCount(0)
  await page.keyboard.press('Escape')
  // Every screen replaced the last: the visit left no trail in the browser's history.
  expect(await page.evaluate(() => history.length)).toBe(entries)
  await page.getByRole('button', { name: 'I’m done' }).click()
  await expect(touchToBegin(page)).toBeVisible()
  await expect(
    page.getByText('Thank you. Everything from your visit has been cleared.'),
  ).toBeVisible()
  expect(await visitorKeys(page)).toEqual([])
  expect(await page.evaluate(() => history.length)).toBe(entries)
  await expect(page).toHaveURL(/#\/$/)
  // The next visitor starts from the start: the safety questions again.
  await touchToBegin(page).click()
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
})

test('staff: the public file’s PIN opens nothing; the device’s PIN does, after a wait for wrong tries', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // An older clinic file still holds a PIN anyone can read: it is ignored.
  await kioskWith(page, { exitPin: '2468' })
  await touchToBegin(page).click()
  // A visitor cannot set the device up again, either.
  await page.goto('/#/kiosk/setup')
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByRole('heading', { name: /Set up this device/ })).toHaveCount(0)
  // A short press on the corner is nothing; three seconds opens the PIN pad.
  const corner = page.getByTestId('staff-corner')
  const box = await corner.boundingBox()
  if (!box) throw new Error('no staff corner')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.waitForTimeout(800)
  await page.mouse.up()
  await expect(page.getByRole('dialog', { name: 'Staff only' })).toBeHidden()
  await page.mouse.down()
  const pad = page.getByRole('dialog', { name: 'Staff only' })
  await expect(pad).toBeVisible({ timeout: 6000 })
  await page.mouse.up()
  expect(await axeViolations(page), 'PIN pad').toEqual([])
  // The file's PIN is wrong here, and so are two more: then each try waits.
  for (const wrong of ['2468', '13572468', '99999999']) {
    await page.keyboard.type(wrong)
    await pad.getByRole('button', { name: 'Unlock' }).click()
    await expect(pad.locator('.pin-dots')).toContainText(/0 digits entered|Too many/)
  }
  await expect(
    pad.getByText(/Too many wrong tries\. You can try again in 0:[0-3]\d\./),
  ).toBeVisible()
  await expect(pad.getByRole('button', { name: 'Unlock' })).toBeDisabled()
  // A reload does not end the wait.
  await page.reload()
  await touchToBegin(page).click()
  const again = await openPad(page)
  await expect(again.getByText(/Too many wrong tries/)).toBeVisible()
  // Once the wait is over (moved on here, as half a minute would), the device's PIN lets staff in.
  await page.evaluate(() => {
    const key = 'stillpoint-device:pin-attempts'
    const a = JSON.parse(localStorage.getItem(key) ?? '{}')
    localStorage.setItem(key, JSON.stringify({ ...a, lastAt: a.lastAt - 31_000 }))
  })
  await page.reload()
  await touchToBegin(page).click()
  const open = await openPad(page)
  await page.keyboard.type(STAFF_PIN)
  await page.keyboard.press('Enter')
  const staff = page.getByRole('dialog', { name: 'Staff', exact: true })
  await expect(staff).toBeVisible()
  expect(await axeViolations(page), 'staff menu').toEqual([])
  await expect(open).toBeHidden()
  // The clinic's setup, for staff: the ignored PIN is listed, and never shown.
  await expect(staff.getByText('kiosk.exitPin')).toBeVisible()
  await expect(staff).not.toContainText('2468')
  // The routine maker, for staff, with the way back in reach.
  await staff.getByRole('button', { name: 'Make a routine for a patient' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a routine for a patient')
  await page
    .getByRole('complementary', { name: 'Staff' })
    .getByRole('button', { name: 'Back to kiosk' })
    .click()
  await expect(touchToBegin(page)).toBeVisible()
  // Staff mode ended with it: the routine maker is not for visitors.
  await touchToBegin(page).click()
  await page.goto('/#/clinician')
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByRole('dialog', { name: 'Staff', exact: true })).toHaveCount(0)
})

test('staff mode ends with every reset, and by itself', async ({ page }) => {
  await kioskWith(page, { idleSeconds: 30, warningSeconds: 20 })
  await page.clock.install()
  await loadAfresh(page, '/')
  await touchToBegin(page).click()
  await openPad(page)
  await page.keyboard.type(STAFF_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Staff', exact: true })).toBeVisible()
  // Two minutes without a touch: "Still there?", then back to the kiosk, the menu gone.
  await walkAway(page, 125)
  await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeVisible()
  await walkAway(page, 21)
  await expect(touchToBegin(page)).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Staff', exact: true })).toHaveCount(0)
  await touchToBegin(page).click()
  await expect(page.getByRole('heading', { name: 'Where would you like to start?' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('an enrolled kiosk stays a kiosk whatever happens to clinic.json, and never shows the full app first', async ({
  page,
  watch,
}) => {
  test.setTimeout(90_000)
  await page.route('**/clinic.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ name: 'Riverside Clinic', kiosk: { idleSeconds: 45 } }),
    }),
  )
  await enrolKiosk(page)
  await expect(page.getByText('at Riverside Clinic')).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('stillpoint-device:clinic')))
    .toContain('Riverside Clinic')
  // Note whether the full app's header is ever drawn, in every frame from the very first paint of
  // each load. (The HTML holds the home screen, prerendered; a kiosk hides it until its attract
  // screen renders.)
  await page.addInitScript(() => {
    const w = window as unknown as { __sawApp?: boolean }
    w.__sawApp = false
    const frame = () => {
      const header = document.querySelector('.app-header')
      if (
        header &&
        header.getClientRects().length > 0 &&
        getComputedStyle(header).visibility !== 'hidden'
      )
        w.__sawApp = true
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  const answers: [string, (r: import('@playwright/test').Route) => Promise<void>][] = [
    ['a 404', (r) => r.fulfill({ status: 404, body: 'Not found' })],
    ['a 500', (r) => r.fulfill({ status: 500, body: 'Oops' })],
    [
      'a stray comma',
      (r) => r.fulfill({ contentType: 'application/json', body: '{ "name": "X", }' }),
    ],
    [
      'a captive portal',
      (r) =>
        r.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Sign in to Wi-Fi</h1>' }),
    ],
    ['no network', (r) => r.abort('internetdisconnected')],
  ]
  for (const [what, answer] of answers) {
    await page.unroute('**/clinic.json')
    await page.route('**/clinic.json', answer)
    await page.reload()
    await expect(touchToBegin(page), what).toBeVisible()
    // The last good file stays in force: the clinic's name, and the device a kiosk.
    await expect(page.getByText('at Riverside Clinic'), what).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { __sawApp?: boolean }).__sawApp),
      what,
    ).toBe(false)
    await touchToBegin(page).click()
    await expect(page.getByRole('button', { name: 'I’m done' }), what).toBeVisible()
    expect(await visitorKeys(page), what).toEqual([])
  }
  // The browser reports the refused loads on its console; nothing else may have gone wrong.
  acceptFailedLoads(watch)
})

test('a patient’s browser never becomes a kiosk from the clinic’s file, and keeps what it saved', async ({
  page,
}) => {
  kioskFile(page, { enabled: true, exitPin: '2468', idleSeconds: 30 }, { name: 'Riverside Clinic' })
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Dark' }).check()
  await page.keyboard.press('Escape')
  await page.goto('/#/practice')
  await answerSafetyCheck(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Choose a routine' })).toBeVisible()
  await expect(touchToBegin(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'I’m done' })).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toContain('dark')
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:safety'))).toContain('"no"')
})

test('nothing leads out of the app on a kiosk: no context menu, no selecting, the number as text', async ({
  page,
}) => {
  await kioskWith(page, {}, { name: 'Riverside Clinic', phone: '+1 (555) 010-2030' })
  await touchToBegin(page).click()
  await page.getByRole('link', { name: /Learn about CST/ }).click()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toBeVisible()
  // The heading is found and pressed in one step in the page, as a finger would: a locator finds
  // its element and runs a function on it in two round trips, and an element the page replaced
  // in between is no longer in the document, where the kiosk's guard listens.
  const blocked = await page.evaluate(() => {
    const h = document.querySelector('main h1')
    if (!h) return null
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
    const drag = new DragEvent('dragstart', { bubbles: true, cancelable: true })
    return {
      menu: !h.dispatchEvent(menu),
      drag: !h.dispatchEvent(drag),
      select: getComputedStyle(h).userSelect,
    }
  })
  expect(blocked).toEqual({ menu: true, drag: true, select: 'none' })
  // The clinic's number is there to read; nothing opens the phone's dialler.
  await expect(page.getByText('+1 (555) 010-2030').first()).toBeVisible()
  expect(await page.locator('a[href^="tel:"], a[href^="http"]').count()).toBe(0)
})

test('a kiosk left on reads its clinic file every hour and at each reset; a clock set back stalls nothing', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const reads = await kioskWith(
    page,
    { idleSeconds: 30, warningSeconds: 20 },
    { name: 'Riverside Clinic' },
  )
  await page.clock.install()
  await loadAfresh(page, '/')
  await expect(touchToBegin(page)).toBeVisible()
  await expect.poll(() => reads.count).toBeGreaterThan(0)
  const before = reads.count
  // An hour passes at once (each timer due fires once, as for a screen that slept).
  await page.clock.fastForward(60 * 60 * 1000 + 1000)
  await expect.poll(() => reads.count).toBe(before + 1)
  // A visitor; the wall clock is set back an hour mid-visit; the wipe still comes on time.
  await page.clock.resume()
  await touchToBegin(page).click()
  await pauseSoon(page)
  await page.clock.runFor(15_000)
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) - 60 * 60 * 1000)
  await page.clock.runFor(16_000)
  await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeVisible()
  await page.clock.runFor(21_000)
  await expect(touchToBegin(page)).toBeVisible()
  // The reset read the file again.
  await expect.poll(() => reads.count).toBeGreaterThan(before + 1)
})

test('staff turn kiosk mode off on the device: an ordinary browser again, that keeps what it saves', async ({
  page,
}) => {
  await kioskWith(page, {})
  await touchToBegin(page).click()
  await openPad(page)
  await page.keyboard.type(STAFF_PIN)
  await page.keyboard.press('Enter')
  const staff = page.getByRole('dialog', { name: 'Staff', exact: true })
  await staff.getByRole('button', { name: 'Turn off kiosk mode on this device…' }).click()
  // The device starts afresh as an ordinary browser: the page reloads. Wait for the new page,
  // not the old one's last frame (reading storage in between raced the reload).
  const reloaded = page.waitForEvent('load')
  await staff.getByRole('button', { name: 'Turn kiosk mode off' }).click()
  await reloaded
  // The reloaded page's HTML shows the home screen at once; its buttons answer once the app runs.
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.app)).toBe('ready')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  await expect(touchToBegin(page)).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('stillpoint-device:kiosk'))).toBeNull()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Dark' }).check()
  await page.reload()
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:settings'))).toContain('dark')
  await expect(touchToBegin(page)).toHaveCount(0)
})

test('the setup screen asks for 6 to 8 digits, twice, and keeps only a hash', async ({ page }) => {
  await page.goto('/#/kiosk/setup')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Set up this device as a waiting-room kiosk',
  )
  expect(await axeViolations(page), 'kiosk setup').toEqual([])
  const pin = page.getByLabel('Staff PIN (6 to 8 digits)')
  const again = page.getByLabel('The same PIN again')
  const go = page.getByRole('button', { name: 'Turn on kiosk mode' })
  await pin.fill('2468')
  await again.fill('2468')
  await go.click()
  await expect(page.getByRole('alert')).toHaveText(/6 to 8 digits/)
  await pin.fill('24681357')
  await again.fill('24681358')
  await go.click()
  await expect(page.getByRole('alert')).toHaveText(/not the same/)
  await again.fill('24681357')
  await go.click()
  await expect(touchToBegin(page)).toBeVisible()
  const kept = await page.evaluate(() => localStorage.getItem('stillpoint-device:kiosk') ?? '')
  expect(kept).not.toContain('24681357')
  expect(JSON.parse(kept)).toMatchObject({ version: 1, iterations: 310_000 })
})
