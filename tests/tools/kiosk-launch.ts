/**
 * Checks the kiosk launch line (public/kiosk/launch-kiosk.sh `start`) for real: starts Debian's
 * Chromium with exactly those flags on a 1920×1080 virtual screen (Xvfb), against the production
 * build, enrolls the device as staff do (#/kiosk/setup, a PIN typed twice), and asks it over the
 * DevTools protocol whether the page fills the screen with no browser interface and shows the
 * attract screen. Needs `xvfb-run` (apt-get install -y xvfb xauth). (The policy file turns the
 * DevTools protocol off, so it is not installed here; `kioskPolicy.test.ts` checks it.)
 *
 *   npm run build && npx tsx tests/tools/kiosk-launch.ts
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { kioskFlags } from './kioskFlags'

const PORT = 4183
const DEBUG = 9333

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const v = await probe().catch(() => undefined)
    if (v !== undefined) return v
    await wait(250)
  }
  throw new Error(`timed out waiting for ${what}`)
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid)
  } catch {
    // already gone
  }
}

async function main() {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { detached: true, stdio: 'ignore' },
  )
  const profile = mkdtempSync(join(tmpdir(), 'stillpoint-kiosk-'))
  const url = `http://127.0.0.1:${PORT}/#/kiosk/setup`
  const browser = spawn(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1920x1080x24',
      '/usr/bin/chromium',
      ...kioskFlags,
      '--window-size=1920,1080',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${DEBUG}`,
      // Chromium refuses to run as root with its sandbox (CI runs as root; a kiosk should not).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Software GL under Xvfb, as on a machine without a GPU.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      url,
    ],
    { detached: true, stdio: 'ignore' },
  )
  try {
    await until('the server', async () =>
      (await fetch(`http://127.0.0.1:${PORT}/`)).ok ? true : undefined,
    )
    await until('Chromium', async () =>
      (await fetch(`http://127.0.0.1:${DEBUG}/json/version`)).ok ? true : undefined,
    )
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG}`)
    const page = await until('the page', async () =>
      cdp
        .contexts()[0]
        ?.pages()
        .find((p) => p.url().startsWith(`http://127.0.0.1:${PORT}`)),
    )
    // Staff enroll the device on the device itself.
    await page.getByLabel('Staff PIN (6 to 8 digits)').fill('24681357', { timeout: 30_000 })
    await page.getByLabel('The same PIN again').fill('24681357')
    await page.getByRole('button', { name: 'Turn on kiosk mode' }).click()
    await page.getByRole('button', { name: 'Touch anywhere to begin' }).waitFor({ timeout: 30_000 })
    const view = await page.evaluate(() => ({
      inner: [window.innerWidth, window.innerHeight],
      screen: [screen.width, screen.height],
      outer: [window.outerWidth, window.outerHeight],
    }))
    console.log(JSON.stringify(view))
    await page.screenshot({ path: join(tmpdir(), 'stillpoint-kiosk-launch.png') })
    // No browser interface (the page is the whole window), and the window is the screen (Xvfb
    // with no window manager leaves a pixel's edge).
    const noInterface = view.inner[0] === view.outer[0] && view.inner[1] === view.outer[1]
    const fills = view.screen.every((s, i) => Math.abs(s - (view.inner[i] ?? 0)) <= 2)
    if (!noInterface) throw new Error('browser interface is showing around the page')
    if (!fills) throw new Error('the page does not fill the screen')
    // The first touch asks for full screen, which the kiosk allows.
    await page.mouse.click(960, 540)
    await page.getByRole('heading', { name: 'Where would you like to start?' }).waitFor()
    const full = await page.evaluate(() => !!document.fullscreenElement)
    console.log(`after the first touch: home screen, fullscreen ${full}`)
    console.log(
      'kiosk launch line: the page fills 1920×1080 with no browser interface, attract screen up',
    )
    await cdp.close()
  } finally {
    stop(browser)
    stop(server)
    await wait(1000)
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  }
}

await main()
