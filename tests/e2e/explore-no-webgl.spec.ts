import { chromiumArgs, chromiumPath } from '../setup/chromium'
import { axeViolations, expect, test } from './fixtures'

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
