import type { Page } from '@playwright/test'
import type { Vec3 } from '@/content/shots'
import { expect } from './fixtures'

/** What the 3D view's test inspector (`?inspect`) reports, shared by the specs that read it. */

/** Frames the scene has drawn so far (-1 before it has any). */
export const framesDrawn = (page: Page) =>
  page.evaluate(() => window.__stillpointScene?.frames ?? -1)

/** Where the camera is now, metres. */
export const cameraAt = async (page: Page): Promise<Vec3> =>
  (await page.evaluate(() => window.__stillpointScene?.camera())) ?? [0, 0, 0]

/**
 * Waits until `quietMs` (a quarter of a second unless told) passes with no frame drawn. A longer
 * quiet suits a check that nothing more is drawn: on a busy machine, the last of a change's frames
 * (a pause's settling, say) can come after a quarter of a second with none.
 */
export async function untilStill(page: Page, timeoutMs: number, quietMs = 250) {
  await expect
    .poll(
      async () => {
        const a = await framesDrawn(page)
        await page.waitForTimeout(quietMs)
        return (await framesDrawn(page)) - a
      },
      { timeout: timeoutMs },
    )
    .toBe(0)
}
