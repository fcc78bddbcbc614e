import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { isHomeHash } from '@/app/routes'

/**
 * Every end-to-end test runs with three watchers: no console error may appear, no request may
 * leave the app's own origin, and the Content-Security-Policy must never have to block anything.
 * A test that trips any of them fails, whatever else it checked.
 */
export const test = base.extend<{ watch: { consoleErrors: string[]; foreignRequests: string[] } }>({
  // The HTML holds the home screen before any script runs, and its buttons answer only once the
  // app has taken it over: every load of the app's page (goto, reload) waits for the app to say
  // it is running (`data-app` on <html>), as a person's second look would.
  page: async ({ page, baseURL }, use) => {
    const own = new URL(baseURL ?? 'http://127.0.0.1').origin
    // Asked from here, not polled in the page: a test may have installed a fake clock there.
    // Only the home screen is in the HTML: another route shows nothing to press until the app
    // renders it, which Playwright's own waiting covers.
    const running = async () => {
      const url = new URL(page.url())
      if (url.origin !== own || !isHomeHash(url.hash)) return
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.app), { timeout: 30_000 })
        .toBe('ready')
    }
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (...args) => {
      const response = await goto(...args)
      await running()
      return response
    }
    page.reload = async (...args) => {
      const response = await reload(...args)
      await running()
      return response
    }
    await use(page)
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const consoleErrors: string[] = []
      const foreignRequests: string[] = []
      const own = new URL(baseURL ?? 'http://127.0.0.1').origin
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text())
      })
      page.on('pageerror', (err) => consoleErrors.push(String(err)))
      await page.addInitScript(() => {
        const seen: string[] = []
        ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        )
      })
      page.on('request', (req) => {
        const url = new URL(req.url())
        if (url.protocol === 'data:' || url.protocol === 'blob:') return
        if (url.origin !== own) foreignRequests.push(req.url())
      })
      const watch = { consoleErrors, foreignRequests }
      await use(watch)
      const csp = page.isClosed()
        ? []
        : await page
            .evaluate(
              () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
            )
            .catch(() => [])
      expect(csp, 'Content-Security-Policy violations').toEqual([])
      expect(foreignRequests, 'requests to other origins').toEqual([])
      expect(consoleErrors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** WCAG 2.2 AA, as axe knows it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe on the page as it is now and returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page)
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/**
 * Holds back every request matching `pattern` (a slow line, on demand) until the returned
 * function is called; then they go on.
 */
export async function holdBack(page: Page, pattern: string | RegExp): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(pattern, async (route) => {
    await held
    await route.continue()
  })
  return () => release()
}

/**
 * Waits until the page's styles and web fonts are in and short animations have finished, so
 * layout and contrast are final. (Not a quiet network: a kiosk keeps every sound on the device in
 * the background, and a screen is final long before that ends.)
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  // The app's code is asked for only after the first paint, and its first render is a React
  // transition: on a busy machine both can come after the load event. Until then the screen is the
  // HTML's (the home, or Learn's top) and a key pressed finds controls that do nothing yet, so
  // wait until the app says it is running (`data-app`, App.tsx).
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet),
  )
  await page.evaluate(async () => {
    await document.fonts.ready
    const finite = document.getAnimations().filter((a) => {
      const timing = a.effect?.getComputedTiming()
      if (!timing || timing.iterations === Number.POSITIVE_INFINITY) return false
      // A slow decoration that ends only after many seconds (the home's two breaths of its rings,
      // behind the text) is not waited for, as an endless one is not: layout and contrast do not
      // depend on it. Entrances and glides, a second or two, are.
      return Number(timing.endTime) - Number(timing.localTime ?? 0) <= 5000
    })
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)))
  })
}

/**
 * For tests that make a request fail on purpose: takes the browser's own "Failed to load
 * resource" reports out of the watched console errors, so any other error still fails the test.
 * (A worker's failed request is not always reported to the page; the test itself checks that the
 * request was made and failed.)
 */
export function acceptFailedLoads(watch: { consoleErrors: string[] }): void {
  const others = watch.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...others)
}

export {
  answerSafetyCheck,
  enrolKiosk,
  everySound,
  keptSounds,
  STAFF_PIN,
  soundingMedia,
  trackMedia,
  visitorKeys,
} from '../setup/visitor'
