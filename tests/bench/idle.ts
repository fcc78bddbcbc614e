import type { Browser, CDPSession, Page } from '@playwright/test'
import { openReady } from './ready'

/** Seconds of CPU, all the browser's processes together, spent while a page sat idle. */
export interface IdleCpu {
  readonly route: string
  readonly motion: 'allowed' | 'reduced'
  /** CPU seconds over the whole window, every process (browser, renderer, GPU, utilities). */
  readonly cpuSeconds: number
  readonly windowSeconds: number
  /** Both windows measured back to back, CPU seconds each; `cpuSeconds` is the quieter. */
  readonly windows: readonly number[]
}

/** Waits this long after the page is ready for its opening work (fonts, the model, a glide) to end. */
export const SETTLE_SECONDS = 3
/** The idle window measured, as the issue asks: CPU per 5 s with no input. */
export const IDLE_SECONDS = 5

/**
 * CPU the whole browser spends while `path` sits with no input: total CPU time of every browser
 * process (CDP SystemInfo.getProcessInfo) before and after an idle window, once the page is ready
 * (its heading, and the 3D view where there is one) and has settled. Compositor and GPU work
 * counts too, so an animation that costs nothing on the page's thread still shows up here.
 *
 * Two windows are measured back to back and the quieter one is reported, with both printed. A
 * freshly started Chromium does its own housekeeping about 30 s in (its databases' maintenance in the
 * browser process, a memory-reducing GC in each renderer): 0.1-0.2 s that lands in whichever route's
 * window falls there, with or without motion. Anything the page keeps doing shows in both windows.
 */
export async function measureIdleCpu(
  browser: Browser,
  base: string,
  route: string,
  path: string,
  motion: 'allowed' | 'reduced',
  windowSeconds = IDLE_SECONDS,
  /** Done first, in the same context (a kiosk is enrolled before its attract screen is measured). */
  prepare?: (page: Page) => Promise<void>,
): Promise<IdleCpu> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: motion === 'reduced' ? 'reduce' : 'no-preference',
  })
  const page = await context.newPage()
  const cdp = await browser.newBrowserCDPSession()
  try {
    await prepare?.(page)
    await openReady(page, `${base}${path}`)
    await page.evaluate(() => document.fonts.ready)
    // The offline copy installs a few seconds after load (main.tsx): part of settling, not idling.
    await page.evaluate(() =>
      Promise.race([
        'serviceWorker' in navigator ? navigator.serviceWorker.ready : undefined,
        new Promise((done) => setTimeout(done, 30_000)),
      ]),
    )
    // Animations that end (the home's two breaths, a camera glide) are the page settling too;
    // what runs for good (a loading ring, an attract loop) is measured.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
    )
    await page.waitForTimeout(SETTLE_SECONDS * 1000)
    const windows: number[] = []
    let measured = 0
    for (let i = 0; i < 2; i++) {
      const before = await processCpu(cdp)
      const started = performance.now()
      await page.waitForTimeout(windowSeconds * 1000)
      windows.push(spentSince(before, await processCpu(cdp)))
      measured = Math.max(measured, (performance.now() - started) / 1000)
    }
    return {
      route,
      motion,
      cpuSeconds: Math.min(...windows),
      windowSeconds: Math.round(measured * 100) / 100,
      windows,
    }
  } finally {
    await cdp.detach()
    await context.close()
  }
}

/** CPU per 5 s window over the first 30 s after navigation, every browser process. */
export interface OpeningCpu {
  readonly route: string
  /** CPU seconds in each 5 s window from the moment the page was asked for. */
  readonly windows: readonly number[]
  /** The busiest window, CPU seconds per 5 s. */
  readonly maxPer5s: number
  /**
   * Each window's CPU by kind of process (renderer: the page's and its workers' threads, the
   * service worker's too; GPU: compositing and software WebGL; browser; network; audio …), so a
   * busy window says what it was busy with.
   */
  readonly byProcess: readonly Readonly<Record<string, number>>[]
}

/** The opening measured, as issue 32 asks: six 5-second windows from navigation. */
export const OPENING_WINDOWS = 6

/**
 * CPU the whole browser spends while `path` opens: from the request, six back-to-back windows of
 * IDLE_SECONDS each, with no input (a first impression: the page loading, its opening animations,
 * the offline copy installing a few seconds in). Motion allowed, as most visitors have it.
 */
export async function measureOpeningCpu(
  browser: Browser,
  base: string,
  route: string,
  path: string,
): Promise<OpeningCpu> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const cdp = await browser.newBrowserCDPSession()
  try {
    // The new context's own start-up is not the page's: let it pass on a blank page first.
    await page.goto('about:blank')
    await page.waitForTimeout(1000)
    const windows: number[] = []
    const byProcess: Record<string, number>[] = []
    let before = await processCpu(cdp)
    let next = performance.now() + IDLE_SECONDS * 1000
    void page.goto(`${base}${path}`, { waitUntil: 'commit' }).catch(() => undefined)
    for (let i = 0; i < OPENING_WINDOWS; i++) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())))
      const now = await processCpu(cdp)
      windows.push(spentSince(before, now))
      byProcess.push(spentByKind(before, now))
      before = now
      next += IDLE_SECONDS * 1000
    }
    return { route, windows, maxPer5s: Math.max(...windows), byProcess }
  } finally {
    await cdp.detach()
    await context.close()
  }
}

/** One process's CPU seconds so far, and its kind ("renderer", "GPU", "browser", a utility's name). */
interface ProcessCpu {
  readonly kind: string
  readonly seconds: number
}

/** CPU seconds so far of every browser process, by process id. */
async function processCpu(cdp: CDPSession): Promise<Map<number, ProcessCpu>> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { id: number; type: string; cpuTime: number }[]
  }
  return new Map(processInfo.map((p) => [p.id, { kind: processKind(p.type), seconds: p.cpuTime }]))
}

/** "network.mojom.NetworkService" -> "network"; "renderer", "GPU", "browser" as they are. */
function processKind(type: string): string {
  const service = /^(\w+)\.mojom\./.exec(type)
  return service?.[1] ?? type
}

/**
 * Each process's CPU seconds between two readings: its own growth, a new one's from zero.
 * (Summing the totals instead counts a process that ended between them, such as a renderer
 * swapped on navigation, as negative time; what it spent in its last moments is not counted.)
 */
function* grown(
  before: ReadonlyMap<number, ProcessCpu>,
  now: ReadonlyMap<number, ProcessCpu>,
): Generator<ProcessCpu> {
  for (const [id, p] of now)
    yield { kind: p.kind, seconds: Math.max(0, p.seconds - (before.get(id)?.seconds ?? 0)) }
}

const toMs = (seconds: number) => Math.round(seconds * 1000) / 1000

/** CPU seconds spent between two readings, every process together (rounded to the millisecond). */
function spentSince(before: Map<number, ProcessCpu>, now: Map<number, ProcessCpu>): number {
  let spent = 0
  for (const p of grown(before, now)) spent += p.seconds
  return toMs(spent)
}

/** The same, summed by kind of process (rounded to the millisecond; kinds that spent nothing left out). */
export function spentByKind(
  before: ReadonlyMap<number, ProcessCpu>,
  now: ReadonlyMap<number, ProcessCpu>,
): Record<string, number> {
  const spent: Record<string, number> = {}
  for (const p of grown(before, now)) spent[p.kind] = (spent[p.kind] ?? 0) + p.seconds
  return Object.fromEntries(
    Object.entries(spent)
      .map(([kind, seconds]) => [kind, toMs(seconds)] as const)
      .filter(([, seconds]) => seconds > 0)
      .sort((a, b) => b[1] - a[1]),
  )
}
