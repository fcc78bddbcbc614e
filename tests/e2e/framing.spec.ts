import type { Page } from '@playwright/test'
import { firstSessionScript } from '@/content/firstSession'
import { type RegionId, regions } from '@/content/regions'
import type { PoseId, ShotId } from '@/content/shots'
import { expect, test } from './fixtures'
import { cameraAt } from './scene'

/**
 * Every camera shot shows what it is about: the region it explains falls inside the picture, with
 * a margin, at a phone's, a tablet's and a kiosk's size, in every pose; in the Preview the caption
 * does not cover it. Each region's box (the bone itself, or every vertebra of a section) is
 * projected through the live camera once it has come to rest (`regionBox` in the scene's test
 * inspector), so a change to a shot, to the figure or to the page's layout that crops a region
 * fails here.
 */

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'kiosk', width: 1920, height: 1080 },
] as const

/** What each shot is about, where no cue says. */
const shotRegions: Readonly<Record<ShotId, readonly RegionId[]>> = {
  'whole-body': ['cranium', 'cervical', 'thoracic', 'lumbar', 'sacrum'],
  head: ['cranium'],
  face: ['jaw'],
  neck: ['cervical', 'occiput'],
  'upper-back': ['thoracic'],
  'lower-back': ['lumbar'],
  sacrum: ['sacrum', 'coccyx'],
}

/** A margin inside the canvas's edges, as a share of its smaller side. */
const MARGIN = 0.02

/** Waits until the camera has stopped moving (reduced motion cuts; a glide settles). */
async function cameraAtRest(page: Page) {
  await expect
    .poll(
      async () => {
        const a = await cameraAt(page)
        await page.waitForTimeout(150)
        const b = await cameraAt(page)
        return Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(1e-4)
}

async function whenDrawn(page: Page) {
  await expect(page.locator('.body-view[data-ready="true"][data-mode="3d"]')).toBeVisible({
    timeout: 30_000,
  })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
}

/** Problems with `regions` as the camera frames them now (an empty list when all is well). */
async function framingProblems(
  page: Page,
  what: string,
  regions: readonly RegionId[],
  caption?: { top: number; bottom: number; left: number; right: number } | null,
): Promise<string[]> {
  const problems: string[] = []
  const canvas = await page.locator('.body-view canvas').boundingBox()
  for (const region of regions) {
    const box = await page.evaluate((r) => window.__stillpointScene?.regionBox(r), region)
    if (!box || !canvas) {
      problems.push(`${what}: no box for ${region}`)
      continue
    }
    const m = MARGIN * Math.min(box.width, box.height)
    const out = [
      box.left < m && `left ${Math.round(box.left)}`,
      box.right > box.width - m && `right ${Math.round(box.right - box.width)} past`,
      box.top < m && `top ${Math.round(box.top)}`,
      box.bottom > box.height - m && `bottom ${Math.round(box.bottom - box.height)} past`,
    ].filter(Boolean)
    if (out.length) problems.push(`${what}: ${region} cut (${out.join(', ')})`)
    if (caption) {
      const page = {
        left: canvas.x + box.left,
        right: canvas.x + box.right,
        top: canvas.y + box.top,
        bottom: canvas.y + box.bottom,
      }
      const overlap =
        Math.max(0, Math.min(page.right, caption.right) - Math.max(page.left, caption.left)) *
        Math.max(0, Math.min(page.bottom, caption.bottom) - Math.max(page.top, caption.top))
      const area = (page.right - page.left) * (page.bottom - page.top)
      // A corner of a region's box may pass under the caption; the region itself may not.
      if (area > 0 && overlap / area > 0.15)
        problems.push(
          `${what}: the caption covers ${Math.round((overlap / area) * 100)} % of ${region}`,
        )
    }
  }
  return problems
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Each chapter of the walkthrough, with the shot and regions of its first cue. */
const chapters = (() => {
  const seen = new Map<string, { shot: ShotId; regions: readonly RegionId[] }>()
  for (const cue of firstSessionScript.cues) {
    if (seen.has(cue.chapter)) continue
    const regions = cue.focus.length ? cue.focus : shotRegions[cue.shot]
    seen.set(cue.chapter, { shot: cue.shot, regions })
  }
  return [...seen].map(([title, c]) => ({ slug: slug(title), ...c }))
})()

for (const size of sizes) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('the Preview, lying on the table: each chapter shows its region, clear of the caption', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      const problems: string[] = []
      for (const chapter of chapters) {
        await page.goto('about:blank')
        await page.goto(`/?inspect#/preview/${chapter.slug}`)
        await whenDrawn(page)
        await cameraAtRest(page)
        const caption = page.locator('.preview-stage .caption span')
        const captionBox = (await caption.count()) > 0 ? await caption.first().boundingBox() : null
        const rect = captionBox && {
          left: captionBox.x,
          right: captionBox.x + captionBox.width,
          top: captionBox.y,
          bottom: captionBox.y + captionBox.height,
        }
        problems.push(
          ...(await framingProblems(
            page,
            `${chapter.slug} (${chapter.shot})`,
            chapter.regions,
            rect,
          )),
        )
      }
      expect(problems).toEqual([])
    })

    test('Explore, standing: each region is framed whole when chosen', async ({ page }) => {
      test.setTimeout(120_000)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto('/?inspect#/explore')
      await whenDrawn(page)
      const problems: string[] = []
      // Every region Explore offers, but fascia: everywhere under the skin, it has no box.
      for (const { id: region } of regions.filter((r) => r.id !== 'fascia')) {
        await page.evaluate((r) => {
          window.location.hash = `#/explore/${r}`
        }, region)
        await cameraAtRest(page)
        problems.push(...(await framingProblems(page, `explore/${region}`, [region])))
      }
      expect(problems).toEqual([])
    })

    for (const pose of ['lying', 'seated'] as const satisfies readonly PoseId[]) {
      test(`every shot ${pose === 'lying' ? 'lying down' : 'sitting'} shows its regions`, async ({
        page,
      }) => {
        test.setTimeout(180_000)
        await page.emulateMedia({ reducedMotion: 'reduce' })
        const problems: string[] = []
        for (const [shot, regions] of Object.entries(shotRegions)) {
          await page.goto('about:blank')
          await page.goto(`/?inspect&pose=${pose}&shot=${shot}#/explore`)
          await whenDrawn(page)
          await cameraAtRest(page)
          problems.push(...(await framingProblems(page, `${pose} ${shot}`, regions)))
        }
        expect(problems).toEqual([])
      })
    }
  })
}
