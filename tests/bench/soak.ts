import type { Browser, Page } from '@playwright/test'
import type { Journey } from './journeys'

export interface Sample {
  readonly heapBytes: number
  readonly domNodes: number
  readonly listeners: number
  /** three.js geometries and textures alive on the GPU, where a 3D view is open. */
  readonly geometries: number | null
  readonly textures: number | null
}

export interface SoakResult {
  readonly journey: string
  readonly rounds: number
  readonly start: Sample
  readonly end: Sample
}

/** Runs `journey` `rounds` times in one page, sampling memory after a forced GC at both ends. */
export async function soak(
  browser: Browser,
  base: string,
  journey: Journey,
  rounds: number,
): Promise<SoakResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const sample = await sampler(page)
  await journey.run(page, base) // warm up: first-visit allocations are not a leak
  const start = await sample()
  for (let i = 0; i < rounds; i++) await journey.run(page, base)
  const end = await sample()
  await page.close()
  return { journey: journey.name, rounds, start, end }
}

/** Samples a page's memory after a forced GC: JS heap, DOM nodes, listeners, three.js objects. */
export async function sampler(page: Page): Promise<() => Promise<Sample>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  return async (): Promise<Sample> => {
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    const three = await page.evaluate(async () => {
      const info = await window.__stillpointScene?.info()
      return info
        ? { geometries: info.geometries, textures: info.textures }
        : { geometries: null, textures: null }
    })
    return {
      heapBytes: get('JSHeapUsedSize'),
      domNodes: get('Nodes'),
      listeners: get('JSEventListeners'),
      ...three,
    }
  }
}
