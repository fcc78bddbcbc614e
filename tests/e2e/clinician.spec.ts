import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
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

test('a clinician makes a routine; its QR, handout and link carry it to a patient who practices it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000)
  // The clinician: from Settings to the routine maker.
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('link', { name: 'For clinicians: make a routine for a patient' }).click()
  await expect(page).toHaveURL(/#\/clinician$/)
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a routine for a patient')
  await page.getByRole('button', { name: 'Add Settle (Neck and shoulders)' }).click()
  await page.getByRole('button', { name: 'Add Scalp circles (Head, jaw and scalp)' }).click()
  await page.getByRole('button', { name: 'Add Skull base rest (Head, jaw and scalp)' }).click()
  // Order and holds: the skull base rest moves up, the scalp circles are held for 20 seconds.
  await page.getByRole('button', { name: 'Move Skull base rest up' }).click()
  const hold = page.getByRole('spinbutton', { name: 'Time for this step (seconds): Scalp circles' })
  await hold.fill('20')
  await hold.blur()
  await page
    .getByLabel('A note for your patient (optional)')
    .fill('Lighter than you think; twice a day.')
  await page.getByLabel('Next appointment (optional)').fill('2027-01-12')
  const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()
  expect(link).toMatch(/#\/routine\/1~settle:30,skull-base-hold:\d+,scalp-circles:20~2027-01-12~/)
  expect(link.startsWith(baseURL ?? 'http')).toBe(true)
  // The QR code reads back to the same link.
  expect(await readQr(page, '.clinician-share .qr-code')).toBe(link)
  expect(await axeViolations(page), 'routine maker, light').toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page), 'routine maker, dark').toEqual([])

  // The handout, as printed: the steps with their drawings, the rules, and the same QR code.
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
  await expect(handout.getByRole('img', { name: /Where the hands rest/ })).toHaveCount(3)
  await expect(handout).toContainText('Stay with this step for about 20 seconds.')
  await expect(handout).toContainText('Never press on the front or sides of your neck')
  await expect(handout).toContainText('A brain aneurysm, now or in the past')
  await expect(handout).toContainText('A sudden, very bad headache')
  await expect(handout).toContainText('To contact your provider, use the number they gave you.')
  expect(await readQr(page, '.handout .qr-code')).toBe(link)
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

  // The patient: the link, opened in a fresh browser.
  const patient = await browser.newContext({ serviceWorkers: 'block' })
  const phone = await patient.newPage()
  await phone.goto(link)
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('A routine from your therapist')
  await expect(phone.getByText('Lighter than you think; twice a day.')).toBeVisible()
  await expect(phone.getByText(/Tuesday, January 12, 2027|Tuesday 12 January 2027/)).toBeVisible()
  await expect(phone.locator('.shared-steps li')).toHaveCount(3)
  expect(await axeViolations(phone), 'a routine from your therapist').toEqual([])
  await phone.getByRole('button', { name: 'Save to my routines' }).click()
  await expect(phone.getByText('Saved. You will find it in Practice at home.')).toBeFocused()
  await phone.getByRole('link', { name: 'Start it now' }).click()
  // The safety check still comes first.
  await expect(phone.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
  await answerSafetyCheck(phone)
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/^From your therapist, /)
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
  await expect(kept).toContainText('From your therapist')
  const [json] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Save as JSON' }).click(),
  ])
  const data = JSON.parse(await readFile((await json.path()) ?? '', 'utf8'))
  expect(data.practices[0]).toMatchObject({
    routine: expect.stringMatching(/^therapist-/),
    routineTitle: 'From your therapist',
    tensionBefore: 6,
    tensionAfter: 2,
  })
  await phone.getByRole('button', { name: 'Delete everything' }).click()
  await phone.getByRole('dialog').getByRole('button', { name: 'Delete it all' }).click()
  await expect(kept).toHaveCount(0)
  await phone.goto(`${baseURL}/#/practice`)
  await expect(phone.getByRole('link', { name: /From your therapist/ })).toBeVisible()
  await patient.close()
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
    [code.replace(/^1~/, '7~'), 'This routine needs a newer Stillpoint'],
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
  expect(link).toMatch(/#\/routine\/1~scalp-circles:\d+,settle:30~-~[0-9a-z]+~Slowly\.$/)
})
