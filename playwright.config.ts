import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './tests/setup/chromium'

// Another checkout can run its browser tests beside this one on another port (E2E_PORT).
const PORT = Number(process.env.E2E_PORT ?? 4174)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Room for a busy 2-core machine: tests wait on conditions, so a quiet one is not slowed.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
    // The service worker would answer requests that tests stub with page.route, and would carry
    // one test's caches into the next: it is on only where a test says so (offline.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, grepInvert: /@timing/ },
    // Tests that measure timing to the millisecond (captions against the sound): `npm test` runs
    // them on their own after all the others (`--project=timing`), so that another test's
    // software-rendered 3D in the other worker cannot starve the page of the CPU at the moment
    // measured, as it did on a busy 2-core CI machine (a caption 142 ms late once; alone, 2-16 ms).
    { name: 'timing', use: { browserName: 'chromium' }, grep: /@timing/ },
  ],
  webServer: {
    command: `node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
