import type { Page } from '@playwright/test'
import { answerSafetyCheck } from '../setup/visitor'

/** A journey a person takes, repeated by the soak to find what leaks. */
export interface Journey {
  readonly name: string
  run(page: Page, base: string): Promise<void>
}

export const journeys: readonly Journey[] = [
  {
    name: 'learn',
    async run(page, base) {
      await page.goto(`${base}/#/`)
      await page.getByRole('link', { name: /Learn about CST/ }).click()
      await page.getByRole('heading', { level: 1, name: /in plain words/ }).waitFor()
      await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(3).click()
      await page.getByRole('button', { name: 'Settings' }).click()
      await page.getByRole('radio', { name: 'Larger' }).check()
      await page.getByRole('radio', { name: 'Standard' }).check()
      await page.keyboard.press('Escape')
      await page.getByRole('link', { name: 'Stillpoint, home' }).click()
      await page.getByRole('heading', { level: 1, name: /A calm guide/ }).waitFor()
    },
  },
  {
    name: 'explore',
    async run(page, base) {
      await page.goto(`${base}/?inspect#/explore`)
      await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
      for (const region of ['Head', 'Neck', 'Sacrum', 'Shoulders']) {
        await page.getByRole('button', { name: region, exact: true }).click()
      }
      await page.getByRole('radio', { name: 'On the table' }).check()
      await page.getByRole('button', { name: 'Show the whole spine' }).click()
      await page.getByRole('link', { name: 'Stillpoint, home' }).click()
      await page.getByRole('heading', { level: 1, name: /A calm guide/ }).waitFor()
      // End on the 3D view so its geometry and texture counts can be read.
      await page.goto(`${base}/?inspect#/explore/jaw`)
      await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
      await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
    },
  },
  {
    name: 'preview',
    async run(page, base) {
      await page.goto(`${base}/?inspect#/preview`)
      await page.getByRole('button', { name: 'Play' }).click()
      await page.waitForTimeout(1500)
      const chapters = page.getByRole('navigation', { name: 'Chapters' })
      for (const chapter of ['Hands on the head', 'The neck', 'Along the spine']) {
        await chapters.getByRole('button', { name: new RegExp(chapter) }).click()
        await page.waitForTimeout(400)
      }
      await page.getByRole('button', { name: 'Pause' }).click()
      await page.getByRole('link', { name: 'Stillpoint, home' }).click()
      await page.getByRole('heading', { level: 1, name: /A calm guide/ }).waitFor()
      // The ambient bed fades out for half a second after leaving before it is released.
      await page.waitForTimeout(1000)
    },
  },
  {
    name: 'practice',
    async run(page, base) {
      await page.goto(`${base}/?inspect#/practice/neck-and-shoulders`)
      const check = page.locator('.safety-questions')
      await page.locator('.safety-check, .routine-before').first().waitFor()
      if (await check.isVisible()) await answerSafetyCheck(page)
      await page.getByRole('radio', { name: '6', exact: true }).check()
      await page.getByRole('button', { name: 'Start' }).click()
      await page.waitForTimeout(1500)
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.getByRole('button', { name: 'Stop' }).click()
      await page.getByRole('button', { name: 'I feel fine, continue' }).click()
      await page.waitForTimeout(400)
      await page.getByRole('button', { name: 'Stop' }).click()
      await page.getByRole('button', { name: 'End the practice' }).click()
      await page.getByRole('radio', { name: '3', exact: true }).check()
      await page.getByRole('link', { name: 'Back home' }).click()
      await page.getByRole('heading', { level: 1, name: /A calm guide/ }).waitFor()
      // End in the player, held, so the body's geometries and textures can be counted.
      await page.goto(`${base}/?inspect#/practice/evening-rest`)
      await page.getByRole('button', { name: 'Start' }).click()
      await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.getByRole('button', { name: 'Pause' }).click()
      await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
    },
  },
]
