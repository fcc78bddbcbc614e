import type { Page } from '@playwright/test'

/** Opens `url` and waits until the screen is up: its heading, and the 3D view where it has one. */
export async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' })
  await page.locator('h1').first().waitFor({ timeout: 30_000 })
  if (await page.locator('.body-view').count()) {
    await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 60_000 })
  }
}
