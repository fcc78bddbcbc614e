/**
 * Draws the app's icons (the web app manifest's and the home-screen icon) from one SVG mark, in
 * Chromium, so no image tool is needed. `npm run icons` rewrites `public/icons/`; the PNGs are
 * committed with this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const teal = '#2b6963'
const cream = '#f5f1ea'

/** The Stillpoint mark: still water, two rings and a point. `inset` leaves a maskable safe zone. */
export function mark({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const r = (v: number) => (v * scale).toFixed(2)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>Stillpoint</title><rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${teal}"/><circle cx="32" cy="32" r="${r(20)}" fill="none" stroke="${cream}" stroke-width="${r(3)}"/><circle cx="32" cy="32" r="${r(11)}" fill="none" stroke="${cream}" stroke-width="${r(3)}" opacity=".7"/><circle cx="32" cy="32" r="${r(3.5)}" fill="${cream}"/></svg>`
}

const icons = [
  // The tab's icon: a small PNG, not the SVG, which Chromium decodes as a whole SVG document on
  // the page's thread (about 8 ms there while the page starts).
  { file: 'favicon-48.png', size: 48, rounded: true, scale: 1 },
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  // Maskable: full bleed, the mark inside the central 80 % circle every platform keeps.
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.85 },
]

async function main() {
  const out = new URL('../../public/icons/', import.meta.url)
  mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  })
  const page = await browser.newPage()
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size })
    const svg = mark(icon)
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`,
    )
    const png = await page.screenshot({ omitBackground: true })
    writeFileSync(new URL(icon.file, out), png)
    console.log(`public/icons/${icon.file} ${icon.size}×${icon.size} ${png.length} bytes`)
  }
  await browser.close()
}

await main()
