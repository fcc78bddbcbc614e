import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

export type Preset = 'mobile' | 'desktop'

export interface LighthouseRun {
  readonly performance: number
  readonly accessibility: number
  readonly fcpMs: number
  readonly lcpMs: number
  readonly tbtMs: number
  /** Lighthouse's time to interactive: the main thread quiet and the page's code running. */
  readonly ttiMs: number
  readonly cls: number
}

/** One Lighthouse run against a Chromium already listening on `port` (remote debugging). */
export async function runLighthouse(
  url: string,
  preset: Preset,
  port: number,
): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    preset === 'desktop' ? desktopConfig : undefined,
  )
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    ttiMs: Math.round(audit('interactive')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
  }
}

/** The median of each metric over several runs (the machine is noisy; one run is not a number). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const median = (pick: (r: LighthouseRun) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b)
    const mid = sorted.length >> 1
    return sorted.length % 2
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  }
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    fcpMs: median((r) => r.fcpMs),
    lcpMs: median((r) => r.lcpMs),
    tbtMs: median((r) => r.tbtMs),
    ttiMs: median((r) => r.ttiMs),
    cls: median((r) => r.cls),
  }
}
