/**
 * The cross-engine smoke suite: the built app (dist/) served by `vite preview`, each journey in
 * Chromium, Firefox, WebKit, and Firefox once more with WebGL turned off (the flat drawing). Runs
 * itself under Xvfb when there is no display.
 *
 *   tsx tests/smoke/run.ts [--engine=chromium,firefox,webkit,firefox-flat] [--journey=home,learn,explore,preview,practice]
 *
 * Prints one line per journey and exits non-zero when any fails or an engine is missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withPreviewServer } from '../setup/server'
import { type Pass, type PassId, passes } from './drivers'
import { type JourneyResult, journeys, knownMessages, runJourney } from './journeys'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

if (!process.env.DISPLAY) {
  // Firefox with WebGL and WebKit both want a window: give them a virtual screen.
  const self = fileURLToPath(import.meta.url)
  const run = spawnSync(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1280x1024x24',
      process.execPath,
      ...process.execArgv,
      self,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  )
  if (run.error) {
    console.error(
      `Could not start xvfb-run (${run.error.message}). Install it with: sudo apt-get install -y xvfb xauth`,
    )
    process.exit(1)
  }
  process.exit(run.status ?? 1)
}

const only = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length)
const chosen = only ? only.split(',').map((s) => s.trim()) : passes.map((p) => p.id)
const unknown = chosen.filter((id) => !passes.some((p) => p.id === id))
if (unknown.length > 0) {
  console.error(
    `Unknown engine ${unknown.join(', ')}. Engines: ${passes.map((p) => p.id).join(', ')}`,
  )
  process.exit(1)
}
const onlyJourneys = process.argv
  .find((a) => a.startsWith('--journey='))
  ?.slice('--journey='.length)
  .split(',')
const selected = passes.filter((p) => chosen.includes(p.id as PassId))
const missing = selected.filter((p) => !p.present())
if (missing.length > 0) {
  const packages = [...new Set(missing.flatMap((p) => p.packages))]
  console.error(
    `\nThe cross-engine tests need ${missing.map((p) => p.label).join(' and ')}, and ${missing.length === 1 ? 'it is' : 'they are'} not installed. Install them from Debian with:\n\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')} xvfb xauth\n`,
  )
  process.exit(1)
}
if (!existsSync(`${ROOT}/dist/index.html`)) {
  // Alone (not after the end-to-end tests, which build first): build once.
  console.log('No build in dist/ yet: building…')
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

const shots = `${ROOT}/.bench/smoke`
mkdirSync(shots, { recursive: true })
const port = Number(process.env.SMOKE_PORT ?? 4186)

async function runPass(pass: Pass, base: string): Promise<JourneyResult[]> {
  const started = Date.now()
  const d = await pass.launch()
  const results: JourneyResult[] = []
  try {
    for (const journey of journeys.filter((j) => !onlyJourneys || onlyJourneys.includes(j.id))) {
      const r = await runJourney(journey, d, base, pass, shots)
      results.push(r)
      console.log(
        `  ${r.ok ? '✓' : '✘'} ${journey.id.padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${r.facts}${r.error ? `\n      ${r.error}` : ''}`,
      )
    }
  } finally {
    await d.close().catch(() => undefined)
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s with the browser's start)`)
  return results
}

const failures = await withPreviewServer(
  async (base) => {
    let failed = 0
    for (const pass of selected) {
      console.log(`\n${pass.label}`)
      try {
        failed += (await runPass(pass, base)).filter((r) => !r.ok).length
      } catch (error) {
        failed++
        console.log(
          `  ✘ could not start: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    return failed
  },
  { port },
)

console.log(
  `\nKnown messages from dependencies, allowed: ${knownMessages.map((k) => `"${k.pattern.source}" (${k.why})`).join('; ')}`,
)
console.log(failures === 0 ? 'All engines passed.' : `${failures} failed.`)
process.exit(failures === 0 ? 0 : 1)
