import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { framesDrawn, untilStill } from './scene'

/**
 * The seated figure and the person's own hands, drawn for real in Chromium's software WebGL: the
 * scene stays within its budgets (draw calls, triangles) and draws nothing while nothing moves.
 * The pose and hands are set through the inspector's test-only URL parameters on the Explore
 * page (`?inspect&pose=…&shot=…&left=…&right=…`), so this needs no routine page.
 */

const budget = { calls: 30, triangles: 80_000 }

async function open(page: Page, query: string) {
  await page.goto('about:blank')
  await page.goto(`/?inspect&${query}#/explore`)
  await expect(page.locator('.body-view[data-ready="true"][data-mode="3d"]')).toBeVisible({
    timeout: 30_000,
  })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
}

const cases = [
  { pose: 'seated', shot: 'whole-body', left: 'lap', right: 'lap' },
  { pose: 'seated', shot: 'head', left: 'scalp', right: 'scalp' },
  { pose: 'seated', shot: 'upper-back', left: 'shoulder', right: 'lap' },
  { pose: 'seated', shot: 'neck', left: 'neck-back', right: 'neck-back' },
  { pose: 'lying', shot: 'neck', left: 'skull-base', right: 'skull-base' },
  { pose: 'lying', shot: 'whole-body', left: 'belly', right: 'none' },
] as const

for (const c of cases) {
  test(`${c.pose}, ${c.shot}, hands ${c.left} and ${c.right}: within budget, and still when nothing moves`, async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const models: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/models/')) models.push(new URL(r.url()).pathname)
    })
    // The same pose and shot with no hands first: what the body alone draws.
    await open(page, new URLSearchParams({ ...c, left: 'none', right: 'none' }).toString())
    await untilStill(page, 8_000)
    const bare = await page.evaluate(() => window.__stillpointScene?.info())
    models.length = 0
    await open(page, new URLSearchParams(c).toString())
    await untilStill(page, 8_000)
    const info = await page.evaluate(() => window.__stillpointScene?.info())
    if (!info || !bare) throw new Error('no inspector')
    expect(info.calls, 'draw calls').toBeLessThanOrEqual(budget.calls)
    expect(info.triangles, 'triangles').toBeLessThanOrEqual(budget.triangles)
    // The hands are drawn: one hand mesh (in two passes) on top of the body alone.
    expect(info.triangles - bare.triangles, 'triangles the hands add').toBeGreaterThan(1_000)
    const before = await framesDrawn(page)
    await page.waitForTimeout(2_000)
    expect(await framesDrawn(page), 'frames drawn while still').toBe(before)
    const seatedModel = models.some((m) => m.endsWith('/body-seated.spb'))
    expect(seatedModel, 'the seated skin is fetched for the seated pose only').toBe(
      c.pose === 'seated',
    )
  })
}

test('Explore never fetches the seated model', async ({ page }) => {
  const models: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/models/')) models.push(new URL(r.url()).pathname)
  })
  await open(page, '')
  await page.getByRole('radio', { name: 'On the table' }).check()
  await page.waitForTimeout(500)
  expect(models.map((m) => m.split('/').pop())).toEqual(['body.spb'])
})
