import type { Page } from '@playwright/test'
import { acceptFailedLoads, axeViolations, expect, settled, test } from './fixtures'
import { cameraAt, framesDrawn } from './scene'

async function openExplore(page: Page, path = '') {
  await page.goto(`/?inspect#/explore${path}`)
  await expect(page.locator('.body-view[data-ready="true"]')).toBeVisible({ timeout: 20_000 })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
}

test.describe('Explore the body in 3D', () => {
  test('the canvas draws a figure, not a blank box', async ({ page }) => {
    await openExplore(page)
    const { drawn, colours } = (await page.evaluate(() =>
      window.__stillpointScene?.coverage(),
    )) ?? { drawn: 0, colours: 0 }
    expect(drawn).toBeGreaterThan(0.05)
    expect(colours).toBeGreaterThan(50)
    await expect(
      page.getByRole('img', { name: /calm figure of a person standing upright/ }),
    ).toBeVisible()
  })

  test('a tap on the head selects it, names it and explains it', async ({ page }) => {
    await openExplore(page)
    const point = await page.evaluate(() => window.__stillpointScene?.regionPoint('cranium'))
    if (!point) throw new Error('no inspector')
    await page.mouse.click(point.x, point.y)
    await expect(page.getByRole('button', { name: 'Head', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('heading', { level: 2, name: /^Head/ })).toBeVisible()
    await expect(page.locator('.body-label')).toHaveText('Head')
  })

  test('keyboard alone selects regions, turns and zooms the view', async ({ page }) => {
    await openExplore(page)
    await page.getByRole('button', { name: 'Lower back' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Lower back' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.locator('.explore-info')).toContainText('Five large bones')
    await expect(page.getByRole('img', { name: /Lower back is highlighted/ })).toBeVisible()

    const stage = page.locator('.body-stage')
    await stage.focus()
    await page.waitForTimeout(2500) // let the camera arrive
    const before = await cameraAt(page)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('+')
    const after = await cameraAt(page)
    expect(Math.hypot(after[0] - before[0], after[2] - before[2])).toBeGreaterThan(0.05)
    await page.keyboard.press('Shift+ArrowUp')
    const panned = await cameraAt(page)
    expect(panned[1] - after[1], 'Shift+Up moves the view up').toBeGreaterThan(0.01)
    await page.getByRole('button', { name: 'Reset view' }).press('Enter')
  })

  test('the camera glides to a new shot, and cuts under reduced motion', async ({ page }) => {
    const apart = (a: readonly number[], b: readonly number[]) =>
      Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0))
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await page.emulateMedia({ reducedMotion })
      await openExplore(page)
      const start = await cameraAt(page)
      await page.getByRole('button', { name: 'Jaw' }).click()
      // Follow the camera until it has left and come to rest, keeping every place it was seen.
      const seen: (readonly number[])[] = [start]
      await expect
        .poll(
          async () => {
            const at = await cameraAt(page)
            const last = seen.at(-1) ?? start
            seen.push(at)
            return apart(at, start) > 0.01 && apart(at, last) < 1e-4
          },
          { intervals: [40], timeout: 15_000 },
        )
        .toBe(true)
      const end = seen.at(-1) ?? start
      // Places on the way: neither where it began nor where it stopped.
      const between = seen.filter((p) => apart(p, start) > 1e-3 && apart(p, end) > 1e-3)
      if (reducedMotion === 'reduce') expect(between, 'cut: straight there').toEqual([])
      else expect(between.length, 'glide: seen on its way').toBeGreaterThan(0)
    }
  })

  test('nothing is drawn while nothing moves', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openExplore(page, '/sacrum')
    await page.waitForTimeout(800)
    const start = await framesDrawn(page)
    await page.waitForTimeout(2000)
    expect(await framesDrawn(page)).toBe(start)
  })

  test('both poses and the spine sweep pass axe', async ({ page }) => {
    await openExplore(page)
    await page.getByRole('radio', { name: 'On the table' }).check()
    await page.getByRole('button', { name: 'Show the whole spine' }).click()
    await expect(page.getByRole('img', { name: /lying face-up.*whole spine/ })).toBeVisible()
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
  })

  test('a lost WebGL context falls back to the drawing, and 3D can come back', async ({ page }) => {
    await openExplore(page, '/thoracic')
    await page.evaluate(() => window.__stillpointScene?.loseContext())
    await expect(page.getByText('The 3D view stopped, so here is a flat drawing')).toBeVisible()
    await expect(page.getByTestId('svg-body')).toBeVisible()
    await expect(page.locator('[data-region="thoracic"]')).toHaveClass(/is-lit/)
    await page.getByRole('button', { name: 'Try 3D again' }).click()
    await expect(page.locator('.body-view[data-ready="true"][data-mode="3d"]')).toBeVisible({
      timeout: 20_000,
    })
  })
})

test('on a phone, keyboard focus in the list never hides under the sticky body', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openExplore(page)
  for (const name of ['Upper back', 'Tailbone', 'Fascia', 'Show the whole spine']) {
    await page.getByRole('button', { name, exact: true }).focus()
    const [stageBottom, top] = await page.evaluate(() => [
      document.querySelector('.explore-stage')?.getBoundingClientRect().bottom ?? 0,
      document.activeElement?.getBoundingClientRect().top ?? 0,
    ])
    expect(top, name).toBeGreaterThanOrEqual(stageBottom - 1)
  }
})

test('a body model that fails to load gives the flat drawing and a calm note', async ({
  page,
  watch,
}) => {
  let aborted = 0
  await page.route('**/models/body.spb', (route) => {
    aborted++
    return route.abort()
  })
  await page.goto('/#/explore/sacrum')
  await expect(
    page.getByText('The 3D body could not be loaded, so here is a flat drawing'),
  ).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.getByTestId('svg-body').locator('[data-region="sacrum"]')).toHaveClass(
    /is-selected/,
  )
  await page.getByRole('button', { name: 'Tailbone' }).click()
  await expect(page.getByTestId('svg-body').locator('[data-region="coccyx"]')).toHaveClass(
    /is-selected/,
  )
  expect(aborted, 'the model was asked for, and failed').toBeGreaterThan(0)
  acceptFailedLoads(watch)
})

test('where a worker cannot draw, the page draws the body itself, and taps still select', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // A browser without OffscreenCanvas in workers.
    Reflect.deleteProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen')
  })
  await openExplore(page)
  await expect(page.locator('canvas[data-thread="page"]')).toBeAttached()
  const { drawn } = (await page.evaluate(() => window.__stillpointScene?.coverage())) ?? {
    drawn: 0,
  }
  expect(drawn).toBeGreaterThan(0.05)
  const point = await page.evaluate(() => window.__stillpointScene?.regionPoint('lumbar'))
  if (!point) throw new Error('no inspector')
  await page.mouse.click(point.x, point.y)
  await expect(page.getByRole('button', { name: 'Lower back', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('dragging turns the body and the wheel zooms; neither selects anything', async ({ page }) => {
  await openExplore(page)
  const before = await cameraAt(page)
  const box = await page.locator('.body-stage canvas').boundingBox()
  if (!box) throw new Error('no canvas')
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  await page.mouse.move(cx + 60, cy, { steps: 6 })
  await page.mouse.move(cx + 160, cy, { steps: 6 })
  await page.mouse.up()
  await expect
    .poll(async () => {
      const after = await cameraAt(page)
      return Math.hypot(after[0] - before[0], after[2] - before[2])
    })
    .toBeGreaterThan(0.2)
  const turned = await cameraAt(page)
  await page.mouse.wheel(0, -400)
  await expect
    .poll(async () => {
      const zoomed = await cameraAt(page)
      return Math.hypot(...zoomed) - Math.hypot(...turned)
    })
    .toBeLessThan(-0.05)
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0)
})
