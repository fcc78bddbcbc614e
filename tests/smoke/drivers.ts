/**
 * The three engines behind one small interface: Chromium (Debian's, headless, driven by
 * puppeteer-core), Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi) and WebKit
 * (WebKitGTK's MiniBrowser, driven by WebKitWebDriver through selenium-webdriver). Firefox and
 * WebKit run in a real window under Xvfb. Nothing is downloaded, and each engine's own WebGL and
 * media stacks are the ones exercised.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import puppeteer, { type Browser } from 'puppeteer-core'
import { Builder, By, type WebDriver } from 'selenium-webdriver'
import { chromiumArgs, chromiumPath } from '../setup/chromium'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** A page in one engine, as the smoke journeys use it. */
export interface Driver {
  goto(url: string): Promise<void>
  /** The value of a JavaScript expression in the page (a promise is awaited). */
  value<T>(expression: string): Promise<T>
  /** A real click, through the driver, on the element matching `css` (a user gesture). */
  click(css: string): Promise<void>
  screenshot(path: string): Promise<void>
  close(): Promise<void>
}

/** The engines and the ways the suite runs them. */
export type PassId = 'chromium' | 'firefox' | 'webkit' | 'firefox-flat'

export interface Pass {
  readonly id: PassId
  readonly label: string
  /** How this engine, set up this way, is expected to draw the body (every pass plays sound). */
  readonly expect: { readonly drawing: '3d' | 'flat' }
  /** The Debian packages it needs, and whether they are here. */
  readonly packages: readonly string[]
  readonly present: () => boolean
  readonly launch: () => Promise<Driver>
}

/** A free TCP port on loopback, for the WebKit driver. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function launchChromium(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: chromiumPath(),
    headless: true,
    // As a person's browser: sound only after a tap (the end-to-end tests allow it without one).
    args: chromiumArgs.filter((a) => !a.startsWith('--autoplay-policy')),
  })
  return puppeteerDriver(browser)
}

async function launchFirefox(webgl: boolean): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    // WebGL wants a real window (under Xvfb); the pass without it runs headless.
    headless: !webgl,
    protocol: 'webDriverBiDi',
    args: ['--width=1280', '--height=900'],
    extraPrefsFirefox: {
      // cubeb's mock device plays sound with no sound card.
      'media.cubeb.force_mock_context': true,
      ...(webgl ? {} : { 'webgl.disabled': true }),
    },
  })
  return puppeteerDriver(browser)
}

async function puppeteerDriver(browser: Browser): Promise<Driver> {
  const page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 900 })
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' })
    },
    value: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: (css) => page.click(css),
    async screenshot(path) {
      await page.screenshot({ path })
    },
    close: () => browser.close(),
  }
}

async function launchWebKit(): Promise<Driver> {
  const port = await freePort()
  const service: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' })
  let driver: WebDriver | undefined
  try {
    // The driver listens within a moment of starting; the first session waits for it.
    const until = Date.now() + 15_000
    for (;;) {
      try {
        driver = await new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: MINIBROWSER,
              // As on an iPhone: a sound may start on its own only once a tap has unlocked it.
              args: ['--automation', '--media-playback-requires-user-gesture=true'],
            },
          })
          .build()
        break
      } catch (error) {
        if (Date.now() > until || service.exitCode !== null) throw error
        await new Promise((r) => setTimeout(r, 200))
      }
    }
  } catch (error) {
    service.kill()
    throw error
  }
  const d = driver
  await d.manage().window().setRect({ width: 1280, height: 900 })
  return {
    goto: (url) => d.get(url),
    value: <T>(expression: string) => d.executeScript(`return (${expression})`) as Promise<T>,
    click: async (css) => d.findElement(By.css(css)).click(),
    async screenshot(path) {
      writeFileSync(path, await d.takeScreenshot(), 'base64')
    },
    async close() {
      try {
        await d.quit()
      } finally {
        service.kill()
      }
    },
  }
}

export const passes: readonly Pass[] = [
  {
    id: 'chromium',
    label: 'Chromium (headless, software WebGL, sound only after a tap)',
    expect: { drawing: '3d' },
    packages: ['chromium'],
    present: () => existsSync(chromiumPath()),
    launch: launchChromium,
  },
  {
    id: 'firefox',
    label: 'Firefox (firefox-esr, in a window)',
    expect: { drawing: '3d' },
    packages: ['firefox-esr'],
    present: () => existsSync(FIREFOX),
    launch: () => launchFirefox(true),
  },
  {
    id: 'webkit',
    label: 'WebKit (WebKitGTK MiniBrowser, sound only after a tap, as on an iPhone)',
    expect: { drawing: '3d' },
    packages: ['webkit2gtk-driver'],
    present: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER),
    launch: launchWebKit,
  },
  {
    id: 'firefox-flat',
    label: 'Firefox with WebGL turned off (the flat drawing)',
    expect: { drawing: 'flat' },
    packages: ['firefox-esr'],
    present: () => existsSync(FIREFOX),
    launch: () => launchFirefox(false),
  },
]
