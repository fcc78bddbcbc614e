import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from '@playwright/test'
import jsQR from 'jsqr'
import { answerSafetyCheck, axeViolations, expect, test } from './fixtures'

/**
 * Reads the QR code on the page back to its text, as a phone's camera would: a screenshot of it
 * as drawn, its pixels, and a QR decoder.
 */
async function readQr(page: Page, selector: string): Promise<string | null> {
  const png = await page.locator(selector).screenshot()
  const image = await page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    ctx.drawImage(bitmap, 0, 0)
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
    return { data: Array.from(data), width, height }
  }, Array.from(png))
  if (!image) return null
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null
}

/** A clinic file served in place of the site's own, for as long as the page or context lives. */
function serveClinic(target: Page | BrowserContext, file: object) {
  return target.route('**/clinic.json', (route) => route.fulfill({ json: file }))
}

// The QR codes are read from screenshots, as a phone's camera reads paper: at three device pixels
// to a CSS pixel (a printer prints finer still), a printed code's squares are a few pixels wide.
test.use({ deviceScaleFactor: 3 })

test('a clinician signs a routine; its printed QR opens as the clinic’s in a fresh browser, and as someone’s on a site without the key', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000)
  // The clinic's file: its name, and the keys it lists (none yet).
  const clinicFile = { name: 'Hillside Clinic', routineKeys: [] as object[] }
  await serveClinic(page, clinicFile)
  // The clinician: from Settings to the routine maker.
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('link', { name: 'For clinicians: make a routine for a patient' }).click()
  await expect(page).toHaveURL(/#\/clinician$/)
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a routine for a patient')
  // A key for this device, and its entry copied into the clinic's file.
  await page.getByRole('textbox', { name: 'Name for this device' }).fill('Front desk laptop')
  await page.getByRole('button', { name: 'Make a signing key' }).click()
  const entry = JSON.parse(
    await page.getByRole('textbox', { name: 'Entry for clinic.json' }).inputValue(),
  )
  expect(entry).toEqual({ label: 'Front desk laptop', key: expect.stringMatching(/^A[\w-]{43}$/) })
  clinicFile.routineKeys.push(entry)
  await page.goto('about:blank')
  await page.goto('/#/clinician')
  await expect(page.getByText(/This key is in this site’s clinic.json/)).toBeVisible()
  // The key survived the reload: kept on the device.
  await expect(page.getByText('Front desk laptop')).toBeVisible()

  await page.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }).click()
  await page.getByRole('button', { name: 'Add Scalp circles (Head, jaw and scalp)' }).click()
  await page.getByRole('button', { name: 'Add Skull base rest (Head, jaw and scalp)' }).click()
  // Order and holds: the skull base rest moves up and is held longer than the home limit; the
  // scalp circles are held for 20 seconds.
  await page.getByRole('button', { name: 'Move Skull base rest up' }).click()
  const hold = (title: string) =>
    page.getByRole('spinbutton', { name: `Time for this step (seconds): ${title}` })
  await hold('Scalp circles').fill('20')
  await hold('Skull base rest').fill('150')
  await hold('Skull base rest').blur()
  await page
    .getByLabel('A note for your patient (optional)')
    .fill('Lighter than you think; twice a day.')
  await page.getByLabel('Next appointment (optional)').fill('2027-01-12')
  const linkBox = page.getByRole('textbox', { name: 'Link', exact: true })
  await expect(linkBox).toHaveValue(/2027-01-12.*twice/)
  const link = await linkBox.inputValue()
  expect(link).toMatch(
    /#\/routine\/2~settle:30,skull-base-hold:150,scalp-circles:20~2027-01-12~\d{8}~[\w-]{8}~Lighter\+than\+you\+think%3B\+twice\+a\+day\.~[\w-]{86}$/,
  )
  expect(link.startsWith(baseURL ?? 'http')).toBe(true)
  // The QR code reads back to the same link.
  expect(await readQr(page, '.clinician-share .qr-code')).toBe(link)
  expect(await axeViolations(page), 'routine maker, light').toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page), 'routine maker, dark').toEqual([])

  // The handout, as printed: who made it, the steps with their drawings and cautions, the rules,
  // and the same QR code.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' })
  const handout = page.getByRole('region', { name: 'Printed handout' })
  await expect(handout).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Make a routine for a patient' })).toBeHidden()
  await expect(handout.getByRole('heading', { level: 3 })).toHaveText([
    'Settle',
    'Skull base rest',
    'Scalp circles',
    'Every time you practice',
  ])
  await expect(handout).toContainText(
    /Made by Hillside Clinic on the device “Front desk laptop”, .+\. Scan the code to check it/,
  )
  await expect(handout.getByRole('img', { name: /Where the hands rest/ })).toHaveCount(3)
  await expect(handout).toContainText('Stay with this step for about 20 seconds.')
  await expect(handout).toContainText('Stay with this step for about 2 minutes 30 seconds.')
  await expect(handout).toContainText('Your clinic chose a longer hold than usual for this step.')
  await expect(handout).toContainText('It is not craniosacral therapy. It is not a treatment.')
  await expect(handout).toContainText('Check with your provider if your health changes.')
  await expect(handout).toContainText('Never press on the front or sides of your neck')
  await expect(handout).toContainText('A brain aneurysm, now or in the past')
  await expect(handout).toContainText('A sudden, very bad headache')
  await expect(handout).toContainText('To contact your provider, use the number they gave you.')
  // Printed at 0.4 mm a square or more, and never under 3 cm.
  const qr = page.locator('.handout .qr-code')
  const mm = ((await qr.boundingBox())?.width ?? 0) / (96 / 25.4)
  const squares = Number((await qr.getAttribute('viewBox'))?.split(' ')[2])
  expect(mm).toBeGreaterThanOrEqual(29.9)
  expect(mm / squares).toBeGreaterThanOrEqual(0.39)
  const printed = await readQr(page, '.handout .qr-code')
  expect(printed).toBe(link)
  for (const [paper, width] of [
    ['a4', 794],
    ['letter', 816],
  ] as const) {
    await page.setViewportSize({ width, height: 1100 })
    const shot = test.info().outputPath(`handout-${paper}.png`)
    await page.screenshot({ path: shot, fullPage: true })
    // Nothing of the handout runs off the side of the page.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${paper} width`).toBeLessThanOrEqual(0)
    expect((await readFile(shot)).length).toBeGreaterThan(10_000)
  }

  // The patient: the printed code, opened in a fresh browser on the clinic's site.
  const patient = await browser.newContext({ serviceWorkers: 'block' })
  await serveClinic(patient, clinicFile)
  const phone = await patient.newPage()
  await phone.goto(printed ?? '')
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(
    'A routine from Hillside Clinic',
  )
  await expect(phone.getByText(/^Made on the device “Front desk laptop”, /)).toBeVisible()
  await expect(phone.getByRole('figure')).toContainText('A note from Hillside Clinic')
  await expect(phone.getByText('Lighter than you think; twice a day.')).toBeVisible()
  await expect(phone.getByText(/Tuesday, January 12, 2027|Tuesday 12 January 2027/)).toBeVisible()
  await expect(phone.locator('.shared-steps li')).toHaveCount(3)
  await expect(phone.locator('.shared-steps li').nth(1)).toContainText('About 2 minutes 30 seconds')
  expect(await axeViolations(phone), 'a routine from the clinic').toEqual([])
  await phone.getByRole('button', { name: 'Save to my routines' }).click()
  await expect(phone.getByText('Saved. You will find it in Practice at home.')).toBeFocused()
  await phone.getByRole('link', { name: 'Start it now' }).click()
  // The safety check still comes first.
  await expect(phone.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
  await answerSafetyCheck(phone)
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/^From Hillside Clinic, /)
  await phone.getByRole('radio', { name: '6', exact: true }).check()
  await phone.getByRole('button', { name: 'Start' }).click()
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Settle', { timeout: 15_000 })
  await phone.getByRole('button', { name: 'Stop' }).click()
  await phone
    .getByRole('dialog', { name: 'Are you OK?' })
    .getByRole('button', { name: 'End the practice' })
    .click()
  await expect(phone.getByRole('heading', { name: 'That was your practice' })).toBeFocused()
  await phone.getByRole('radio', { name: '2', exact: true }).check()
  // It joins Practice, and the practice lands in the history.
  await phone.getByRole('link', { name: 'Your practice' }).click()
  const kept = phone.locator('.history-item')
  await expect(kept).toHaveCount(1)
  await expect(kept).toContainText('A routine from a link')
  const [json] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Save as JSON' }).click(),
  ])
  const data = JSON.parse(await readFile((await json.path()) ?? '', 'utf8'))
  expect(data.practices[0]).toMatchObject({
    routine: expect.stringMatching(/^shared-/),
    routineTitle: 'A routine from a link',
    tensionBefore: 6,
    tensionAfter: 2,
  })
  await phone.getByRole('button', { name: 'Delete everything' }).click()
  await phone.getByRole('dialog').getByRole('button', { name: 'Delete it all' }).click()
  await expect(kept).toHaveCount(0)
  await phone.goto(`${baseURL}/#/practice`)
  await expect(phone.getByRole('link', { name: /From Hillside Clinic/ })).toBeVisible()
  await patient.close()

  // The same link on a site whose clinic.json lists no such key: someone's routine, holds at most
  // 90 seconds, the note set apart as not checked.
  const elsewhere = await browser.newContext({ serviceWorkers: 'block' })
  await serveClinic(elsewhere, { name: 'Another Clinic' })
  const stranger = await elsewhere.newPage()
  await stranger.goto(printed ?? '')
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(
    'A routine someone shared with you',
  )
  await expect(stranger.getByRole('figure')).toContainText('No clinic has checked it.')
  await expect(
    stranger.getByText(/Without a clinic’s check, each step lasts 90 seconds at most/),
  ).toBeVisible()
  await expect(stranger.locator('.shared-steps li').nth(1)).toContainText(
    'About 1 minute 30 seconds',
  )
  await expect(stranger.getByText(/Hillside/)).toHaveCount(0)
  expect(await axeViolations(stranger), 'a routine someone shared').toEqual([])
  await elsewhere.close()
})

/** The link's checksum (FNV-1a, base 36), as `src/content/sharedRoutine.ts` makes it. */
function checksum(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(36)
}

test('a note with a right-to-left override or hidden characters shows them inert', async ({
  page,
}) => {
  // Made by hand, as a stranger could: "Call 0900 123" with its number reversed on screen.
  const fields = '2~settle:30~-~20261207~-~Call+%E2%80%AE0900+123%E2%80%AC%E2%80%8B+today'
  const code = `${fields}~${checksum(fields)}`
  await page.goto(`/#/routine/${code}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A routine someone shared with you',
  )
  const quote = page.getByRole('figure').locator('blockquote')
  await expect(quote).toHaveText('Call 0900 123 today')
  expect(
    await quote.evaluate((el) =>
      /[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/.test(el.textContent ?? ''),
    ),
  ).toBe(false)
})

test('a damaged, cut-short or newer link saves nothing and offers the standard routines', async ({
  page,
}) => {
  await page.goto('/#/clinician')
  await page.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }).click()
  const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()
  const code = link.split('#/routine/')[1] ?? ''
  for (const [bad, title] of [
    [code.slice(0, -3), 'This link is not complete'],
    [code.replace('settle:30', 'settle:90'), 'This link is not complete'],
    [code.replace(/^2~/, '7~'), 'This routine needs a newer Stillpoint'],
    ['%E0%A4%A', 'This link is not complete'],
  ] as const) {
    await page.goto('about:blank')
    await page.goto(`/#/routine/${bad}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('link', { name: /Neck and shoulders/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0)
    expect(
      await page.evaluate(() => localStorage.getItem('stillpoint:therapist-routines')),
    ).toBeNull()
  }
  expect(await axeViolations(page), 'a link that cannot be used').toEqual([])
})

/** Presses Tab until the focused control has this accessible label (or text), within `limit`. */
async function tabTo(page: Page, label: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      const field = (el as HTMLInputElement | null)?.labels?.[0]?.querySelector('.field-label')
      return el?.getAttribute('aria-label') ?? field?.textContent ?? el?.textContent?.trim() ?? ''
    })
    if (here === label) return
  }
  throw new Error(`Tab never reached "${label}"`)
}

test('the routine maker works by keyboard alone, to a link copied', async ({ page }) => {
  await page.goto('/#/clinician')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await tabTo(page, 'Add Settle (Neck and shoulders)')
  await page.keyboard.press('Enter')
  await tabTo(page, 'Add Scalp circles (Head, jaw and scalp)')
  await page.keyboard.press('Space')
  // Into the routine: the second step's time, one step of 5 seconds up, then it moves up.
  await tabTo(page, 'Time for this step (seconds): Scalp circles')
  await page.keyboard.press('ArrowUp')
  await tabTo(page, 'Move Scalp circles up')
  await page.keyboard.press('Enter')
  await expect(page.locator('.chosen-step-title')).toHaveText(['Scalp circles', 'Settle'])
  // At the top its up arrow is off, and focus waits on its down arrow.
  await expect(page.getByRole('button', { name: 'Move Scalp circles down' })).toBeFocused()
  await tabTo(page, 'A note for your patient (optional)')
  await page.keyboard.type('Slowly.')
  await tabTo(page, 'Copy link')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Link copied.')).toBeVisible()
  const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()
  expect(link).toMatch(/#\/routine\/2~scalp-circles:\d+,settle:30~-~\d{8}~-~Slowly\.~[0-9a-z]+$/)
})
