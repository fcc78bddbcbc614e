import { chromiumArgs, chromiumPath } from '../setup/chromium'
import { axeViolations, enrolKiosk, expect, test } from './fixtures'

// Chromium with no GPU and no software renderer, as on a device that cannot draw 3D at all.
// (`--disable-webgl` alone does not reach a worker's OffscreenCanvas in this Chromium.)
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      ...chromiumArgs.filter((a) => !a.includes('swiftshader')),
      '--disable-software-rasterizer',
      '--disable-webgl',
      '--disable-3d-apis',
    ],
  },
})

test('a flat drawing with the same regions, highlights and selection replaces the 3D view', async ({
  page,
}) => {
  await page.goto('/#/explore')
  await expect(page.getByText('can’t show 3D here')).toBeVisible()
  const drawing = page.getByTestId('svg-body')
  await expect(drawing).toBeVisible()
  for (const region of [
    'cranium',
    'jaw',
    'occiput',
    'cervical',
    'thoracic',
    'lumbar',
    'sacrum',
    'coccyx',
    'shoulders',
    'fascia',
  ]) {
    await expect(drawing.locator(`[data-region="${region}"]`)).toHaveCount(1)
  }
  await drawing.locator('[data-region="lumbar"] rect').first().click()
  await expect(page.getByRole('button', { name: 'Lower back' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(drawing.locator('[data-region="lumbar"]')).toHaveClass(/is-lit/)
  await page.getByRole('button', { name: 'Neck' }).press('Enter')
  await expect(drawing.locator('[data-region="cervical"]')).toHaveClass(/is-selected/)
  await page.getByRole('radio', { name: 'On the table' }).check()
  await expect(page.locator('.svg-table')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('Practice without 3D: the flat drawing sits the figure on its stool and shows the step’s hands', async ({
  page,
}) => {
  await page.goto('/#/practice/just-breathing')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByText('can’t show 3D here')).toBeVisible()
  const drawing = page.getByTestId('svg-body')
  await expect(drawing.getByTestId('svg-stool')).toBeVisible()
  // Settle: both hands in the lap.
  await expect(drawing.locator('.svg-hand')).toHaveCount(2)
  await expect(drawing).toHaveAccessibleName(/sitting/i)
  // Nothing covers the note that this is a flat drawing.
  const note = page.getByText('can’t show 3D here')
  const box = await note.boundingBox()
  const covered = await page.evaluate(
    ({ x, y }) => !document.elementFromPoint(x, y)?.closest('.body-view'),
    { x: (box?.x ?? 0) + 4, y: (box?.y ?? 0) + 4 },
  )
  expect(covered, 'the note is not covered').toBe(false)
})

for (const [width, height] of [
  [390, 844],
  [1280, 900],
  [1920, 1080],
] as const) {
  test(`the Preview without 3D at ${width}×${height}: the caption never covers the note about the flat drawing`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/#/preview')
    await page.getByRole('button', { name: 'Play' }).click()
    const note = page.getByText('can’t show 3D here')
    const caption = page.locator('.preview-stage .caption span')
    await expect(caption).toContainText('Welcome')
    await expect(note).toBeVisible()
    const [n, c] = [await note.boundingBox(), await caption.boundingBox()]
    if (!n || !c) throw new Error('the note and the caption are both on screen')
    const apart = n.y + n.height <= c.y || c.y + c.height <= n.y
    expect(apart, `note ${JSON.stringify(n)} and caption ${JSON.stringify(c)} do not overlap`).toBe(
      true,
    )
    // And the drawing is still on the stage, not pushed out of it.
    const drawing = await page.getByTestId('svg-body').boundingBox()
    expect(drawing?.height ?? 0).toBeGreaterThan(120)
  })
}

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
  [390, 844],
] as const) {
  test(`the kiosk's attract screen without 3D at ${width}×${height}: the invitation to touch never covers the note`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await enrolKiosk(page)
    const note = page.getByText('can’t show 3D here')
    const invite = page.locator('.attract-invite')
    await expect(note).toBeVisible()
    await expect(invite).toBeVisible()
    await expect(page.getByTestId('svg-body')).toBeVisible()
    const [n, i] = [await note.boundingBox(), await invite.boundingBox()]
    if (!n || !i) throw new Error('the note and the invitation are both on screen')
    const apart =
      n.x + n.width <= i.x || i.x + i.width <= n.x || n.y + n.height <= i.y || i.y + i.height <= n.y
    expect(
      apart,
      `note ${JSON.stringify(n)} and invitation ${JSON.stringify(i)} do not overlap`,
    ).toBe(true)
  })
}
