/**
 * npm run bench: builds, serves and measures Stillpoint. Prints a table and writes the same
 * numbers as JSON to .bench/results/. Budgets come from tests/bench/budgets.json; a number over
 * budget is marked, never fatal (noise must not fail anyone's build).
 *
 * Options: --runs=N (Lighthouse runs per route and preset, default 3), --soak=N (journey
 * repetitions, default 10), --routes=home,learn, --skip-lighthouse, --kiosk-cycles=N and
 * --kiosk-minutes=M (the kiosk soak's limits, default 500 cycles or 10 minutes),
 * --only=kiosk,scene (just those sections: lighthouse, bytes, opening, idle, scene, walkthrough, practice,
 * history, soak, kiosk).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { TURN_CYCLE_SECONDS } from '../../src/scene/turn'
import { chromiumArgs, chromiumPath } from '../setup/chromium'
import { assertPortFree, previewPort, withPreviewServer } from '../setup/server'
import { enrolKiosk } from '../setup/visitor'
import { analyseBundle } from './bundle'
import { type HistoryReport, measureHistory } from './history'
import {
  IDLE_SECONDS,
  type IdleCpu,
  measureIdleCpu,
  measureOpeningCpu,
  OPENING_WINDOWS,
  type OpeningCpu,
} from './idle'
import { journeys } from './journeys'
import { type AttractFrames, attractFrames, type KioskSoak, kioskSoak } from './kiosk'
import { type LighthouseRun, medianRun, type Preset, runLighthouse } from './lighthouse'
import { measurePractice } from './practice'
import { measureRouteBytes, type RouteBytes } from './routeBytes'
import { measurePausedPreview, measureScene, PAUSED_SECONDS } from './scene'
import { soak } from './soak'
import { measureWalkthrough } from './walkthrough'

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=')
    return [k ?? '', v ?? 'true'] as const
  }),
)
const runs = Number(args.get('runs') ?? 3)
const soakRounds = Number(args.get('soak') ?? 10)
const kioskCycles = Number(args.get('kiosk-cycles') ?? 500)
const kioskMinutes = Number(args.get('kiosk-minutes') ?? 10)
/** `--only=kiosk,idle` runs just those sections (lighthouse, bytes, opening, idle, scene, walkthrough, practice, history, soak, kiosk). */
const only = args.get('only')?.split(',')
const section = (name: string) => !only || only.includes(name)
const routes: Record<string, string> = {
  home: '/#/',
  learn: '/#/learn',
  explore: '/#/explore',
  preview: '/#/preview',
  practice: '/#/practice',
  history: '/#/history',
  clinician: '/#/clinician',
}
const chosen = (args.get('routes') ?? Object.keys(routes).join(',')).split(',')
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'))
const DEBUG_PORT = 9339

const manifest = JSON.parse(readFileSync('src/content/narration.manifest.json', 'utf8')) as {
  walkthroughs: Record<string, { files: { webm: string; mp3: string } }>
  beds: Record<string, { file: string }>
  chime: { webm: string; mp3: string }
  routines: Record<string, Record<string, { files: { webm: string; mp3: string } }>>
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const over = (value: number, limit: number | undefined, higherIsBetter = false) =>
  limit === undefined
    ? ''
    : (higherIsBetter ? value < limit : value > limit)
      ? '  ✗ over budget'
      : '  ✓'

/** One route's Lighthouse medians as a table row, marked against its budgets. */
const lighthouseRow = (name: string, preset: Preset, m: LighthouseRun) => {
  const b = budgets.lighthouse?.[name]?.[preset] ?? {}
  return [
    name.padEnd(10),
    preset.padEnd(8),
    String(m.performance).padStart(4),
    String(m.accessibility).padStart(5),
    String(m.fcpMs).padStart(8),
    String(m.lcpMs).padStart(8),
    String(m.tbtMs).padStart(7),
    String(m.ttiMs).padStart(7),
    String(m.cls).padStart(6),
    over(m.performance, b.performance, true) || '',
    m.accessibility < (b.accessibility ?? 0) ? ' ✗ a11y under budget' : '',
  ]
}

// Fail before the build, not after it, when an old server still holds the port.
await assertPortFree()
console.log('Building the production bundle…')
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })

const bundle = analyseBundle('dist')
const firstScreenKB = kb(bundle.firstScreen.jsGzipBytes + bundle.firstScreen.cssGzipBytes)
console.log('\n## Bundle (gzip unless noted)')
console.log('file'.padEnd(64), 'raw kB'.padStart(9), 'gzip kB'.padStart(9), '  loaded')
for (const a of bundle.assets.filter((x) => x.kind === 'js' || x.kind === 'css')) {
  console.log(
    a.file.padEnd(64),
    String(kb(a.rawBytes)).padStart(9),
    String(kb(a.gzipBytes)).padStart(9),
    a.firstScreen ? '  first screen' : '  later',
  )
}
console.log(
  `first screen JS + CSS: ${firstScreenKB} kB${over(firstScreenKB, budgets.bundle.firstScreenGzipKB)} (CSS ${kb(bundle.firstScreen.cssGzipBytes)} kB of it inside the HTML, which is ${kb(bundle.firstScreen.htmlGzipBytes)} kB as sent)`,
)
const three = bundle.assets.find((a) => a.kind === 'js' && /sceneWorker/.test(a.file))
if (three) {
  console.log(
    `3D chunk (${three.file}): ${kb(three.gzipBytes)} kB${over(kb(three.gzipBytes), budgets.bundle.threeChunkGzipKB)}`,
  )
}
console.log(`loaded later JS + CSS: ${kb(bundle.later.jsGzipBytes + bundle.later.cssGzipBytes)} kB`)
console.log(
  `media: audio ${kb(bundle.media.audioBytes)} kB, fonts (woff2) ${kb(bundle.media.fontBytes)} kB, 3D model ${kb(bundle.media.modelBytes)} kB (gzip ${kb(bundle.media.modelGzipBytes)} kB), other ${kb(bundle.media.otherBytes)} kB`,
)

// Each body model on its own: a page loads one figure's file (the seated pose adds its skin).
for (const model of bundle.assets.filter((a) => a.kind === 'model')) {
  console.log(
    `body model ${model.file}: ${kb(model.rawBytes)} kB, ${kb(model.gzipBytes)} kB gzip${over(kb(model.gzipBytes), budgets.bundle.bodyModelGzipKB)}`,
  )
}

const fileKB = (path: string) => kb(readFileSync(`dist/${path}`).length)
const biggestBed = Math.max(...Object.values(manifest.beds).map((b) => fileKB(b.file)))
const walkthroughDownload = Object.fromEntries(
  (['webm', 'mp3'] as const).map((format) => {
    const w = manifest.walkthroughs['first-session']?.files[format] ?? ''
    const mb = (fileKB(w) + biggestBed + fileKB(manifest.chime[format])) / 1024
    return [format, Math.round(mb * 100) / 100]
  }),
)
console.log(
  `walkthrough download, narration + largest bed + chime: Opus/WebM ${walkthroughDownload.webm} MB, MP3 ${walkthroughDownload.mp3} MB${over(Math.max(walkthroughDownload.webm ?? 0, walkthroughDownload.mp3 ?? 0), budgets.bundle.walkthroughDownloadMB)}`,
)

const practiceChunk = bundle.assets.find((a) => a.kind === 'js' && /PracticeRoute/.test(a.file))
if (practiceChunk) {
  console.log(
    `Practice chunk (${practiceChunk.file}): ${kb(practiceChunk.gzipBytes)} kB gzip, loaded ${practiceChunk.firstScreen ? 'on the first screen ✗' : 'when Practice opens ✓'}`,
  )
}
const routineAudioMB = Object.fromEntries(
  (['webm', 'mp3'] as const).map((format) => {
    const total = Object.values(manifest.routines)
      .flatMap((steps) => Object.values(steps))
      .reduce((sum, step) => sum + fileKB(step.files[format]), 0)
    return [format, Math.round((total / 1024) * 100) / 100]
  }),
)
console.log(
  `routine audio, all routines' step clips: Opus/WebM ${routineAudioMB.webm} MB, MP3 ${routineAudioMB.mp3} MB${over(Math.max(routineAudioMB.webm ?? 0, routineAudioMB.mp3 ?? 0), budgets.bundle.routineAudioMB)}`,
)

const results = await withPreviewServer(async (base) => {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`],
  })
  try {
    const lighthouse: Record<
      string,
      Partial<Record<Preset, LighthouseRun & { runs: LighthouseRun[] }>>
    > = {}
    if (!args.has('skip-lighthouse') && section('lighthouse')) {
      console.log(`\n## Lighthouse 12 (median of ${runs})`)
      console.log(
        'route'.padEnd(10),
        'preset'.padEnd(8),
        'perf',
        ' a11y',
        '  FCP ms',
        '  LCP ms',
        ' TBT ms',
        ' TTI ms',
        '   CLS',
      )
      for (const name of chosen) {
        const path = routes[name]
        if (!path)
          throw new Error(`Unknown route "${name}"; known: ${Object.keys(routes).join(', ')}`)
        for (const preset of ['mobile', 'desktop'] as const) {
          const all: LighthouseRun[] = []
          for (let i = 0; i < runs; i++)
            all.push(await runLighthouse(`${base}${path}`, preset, DEBUG_PORT))
          const m = medianRun(all)
          lighthouse[name] = { ...lighthouse[name], [preset]: { ...m, runs: all } }
          console.log(...lighthouseRow(name, preset, m))
        }
      }
    }

    const bytes: RouteBytes[] = []
    if (section('bytes')) {
      console.log(
        '\n## What each route downloads until it is ready (over the wire; worker scripts counted from the build)',
      )
      for (const name of chosen) {
        const r = await measureRouteBytes(browser, base, name, routes[name] ?? '', bundle.assets)
        bytes.push(r)
        const parts = Object.entries(r.byKind)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')
        const workers = r.workerScripts.map((w) => `${w.file} ${kb(w.gzipBytes)} kB`).join(', ')
        console.log(
          `${name.padEnd(10)} ${String(kb(r.totalBytes)).padStart(8)} kB (${parts})${workers ? `; worker script: ${workers}` : ''}`,
        )
      }
    }

    const opening: OpeningCpu[] = []
    if (section('opening')) {
      console.log(
        `\n## CPU while opening (every browser process, ${OPENING_WINDOWS} windows of ${IDLE_SECONDS} s from navigation, no input)`,
      )
      for (const name of chosen) {
        const r = await measureOpeningCpu(browser, base, name, routes[name] ?? '')
        opening.push(r)
        const busiest = r.byProcess[r.windows.indexOf(r.maxPer5s)] ?? {}
        const what = Object.entries(busiest)
          .map(([kind, seconds]) => `${kind} ${seconds.toFixed(2)}`)
          .join(', ')
        console.log(
          `${name.padEnd(14)} busiest ${r.maxPer5s.toFixed(3)} s per ${IDLE_SECONDS} s (windows: ${r.windows.join(', ')} s)${over(r.maxPer5s, budgets.idle.openingCpuSecondsPer5s)}`,
        )
        console.log(`${''.padEnd(14)} busiest window by process: ${what}`)
      }
    }

    const idle: IdleCpu[] = []
    if (section('idle')) {
      console.log(
        `\n## CPU while idle (every browser process, ${IDLE_SECONDS} s with no input once the page has settled)`,
      )
      const ib = budgets.idle
      for (const [name, path] of [
        ...chosen.map((n) => [n, routes[n] ?? ''] as const),
        ['kiosk attract', '/'] as const,
      ]) {
        for (const motion of ['allowed', 'reduced'] as const) {
          // The attract screen turns in cycles (a glide, then a rest): measured over a whole
          // cycle and reported per minute.
          const attract = name === 'kiosk attract'
          const r = await measureIdleCpu(
            browser,
            base,
            name,
            path,
            motion,
            attract ? TURN_CYCLE_SECONDS : IDLE_SECONDS,
            attract ? (page) => enrolKiosk(page, { base }) : undefined,
          )
          idle.push(r)
          const perMinute = Math.round((r.cpuSeconds / r.windowSeconds) * 60 * 100) / 100
          const per5s = Math.round((r.cpuSeconds / r.windowSeconds) * IDLE_SECONDS * 1000) / 1000
          // The attract screen moves on purpose, all day: its budget is per minute.
          const verdict = attract
            ? over(perMinute, ib.attractCpuSecondsPerMinute)
            : over(per5s, ib.cpuSecondsPer5s)
          console.log(
            `${name.padEnd(14)} motion ${motion.padEnd(8)} ${per5s.toFixed(3)} s per ${IDLE_SECONDS} s (${perMinute} s a minute; the quieter of two ${r.windowSeconds} s windows: ${r.windows.join(' and ')} s)${verdict}`,
          )
        }
      }
    }

    let sceneReport: Awaited<ReturnType<typeof measureScene>> | null = null
    let pausedFrames: number | null = null
    if (section('scene')) {
      console.log('\n## 3D scene (explore screen, 1280x800, SwiftShader)')
      sceneReport = await measureScene(browser, base)
      console.log(
        `drawn on: ${sceneReport.thread === 'worker' ? 'a worker (OffscreenCanvas)' : "the page's thread"}`,
      )
      const sb = budgets.scene
      console.log(`draw calls ${sceneReport.drawCalls}${over(sceneReport.drawCalls, sb.drawCalls)}`)
      console.log(`triangles ${sceneReport.triangles}${over(sceneReport.triangles, sb.triangles)}`)
      console.log(`geometries ${sceneReport.geometries}, textures ${sceneReport.textures}`)
      console.log(`first frame with the body: ${sceneReport.firstBodyFrameMs} ms after navigation`)
      console.log(
        `fps while the camera moves: ${sceneReport.fpsMoving} (reference scene ${sceneReport.referenceFps}, ratio ${sceneReport.fpsRatio})${over(sceneReport.fpsRatio, sb.fpsRatio, true)}`,
      )
      console.log(
        `frames drawn in 5 idle seconds: ${sceneReport.idleFrames}${over(sceneReport.idleFrames, sb.idleFrames)}`,
      )

      pausedFrames = await measurePausedPreview(browser, base)
      console.log(
        `frames drawn in ${PAUSED_SECONDS} s while the session preview is paused: ${pausedFrames}${over(pausedFrames, sb.pausedPreviewFrames)}`,
      )
    }
    let walkthrough: Awaited<ReturnType<typeof measureWalkthrough>> | null = null
    if (section('walkthrough')) {
      console.log('\n## Session preview (1280x800, real audio playback)')
      walkthrough = await measureWalkthrough(
        browser,
        base,
        Object.values(manifest.beds).map((b) => `${base}/${b.file}`),
      )
      const wb = budgets.walkthrough
      console.log(
        `caption changes off the sound (narration element's currentTime) by at most ${walkthrough.captionOffsetMaxMs} ms (median ${walkthrough.captionOffsetMedianMs} ms signed, ${walkthrough.captionOffsetAbsMedianMs} ms absolute; + is late; ${walkthrough.captionChanges} changes: ${walkthrough.captionOffsetsMs.join(', ')})${over(walkthrough.captionOffsetMaxMs, wb.captionOffsetMs)}${walkthrough.captionOffsetMaxMs > wb.captionOffsetGoalMs ? ` (goal ${wb.captionOffsetGoalMs} ms not met)` : ` (goal ${wb.captionOffsetGoalMs} ms met)`}`,
      )
      console.log(
        `currentTime had not moved since the previous frame in ${walkthrough.currentTimeStaleFrames} of ${walkthrough.currentTimeFrames} frames while playing; extrapolated at most ${walkthrough.captionOffsetExtrapolatedMaxMs} ms into an offset`,
      )
      for (const s of walkthrough.seams) {
        console.log(
          `loop seam ${s.file.split('/').pop()} ch${s.channel}: seam step ${s.seam.toFixed(5)}, largest step inside ${s.inside.toFixed(5)}${over(s.seam, s.inside)}`,
        )
      }
      console.log(
        `play to sound, cached: ${walkthrough.playToSoundMs} ms (median; runs ${walkthrough.playToSoundRunsMs.join(', ')})${over(walkthrough.playToSoundMs, wb.playToSoundMs)}`,
        `play to the run following the voice: ${walkthrough.playToRunMs} ms (median; runs ${walkthrough.playToRunRunsMs.join(', ')})`,
      )
    }
    let practice: Awaited<ReturnType<typeof measurePractice>> | null = null
    if (section('practice')) {
      console.log('\n## Practice step changes (1280x800, real audio playback)')
      practice = await measurePractice(browser, base)
      const pb = budgets.practice
      for (const c of practice.changes) {
        console.log(
          `${c.step}: chime ${c.chimeMs ?? 'none'} ms after the caption; caption at run ${c.captionAt.toFixed(3)} s for a step at ${c.stepAt.toFixed(3)} s; the voice started sounding ${c.clipMs ?? 'never'} ms (run clock, read from its media element) after its moment`,
        )
      }
      console.log(
        `step change to chime and caption: at most ${practice.chimeMaxMs} ms apart (wall clock)${over(practice.chimeMaxMs, pb.stepChangeSpreadMs)}; voice off its moment by at most ${practice.clipMaxMs} ms; caption off the step's start on the run clock by at most ${practice.runClockMaxMs} ms${over(practice.runClockMaxMs, pb.stepChangeSpreadMs)}`,
      )
    }
    let history: HistoryReport | null = null
    if (section('history')) {
      console.log('\n## A large history (a fresh browser; what a person does, through the screen)')
      history = await measureHistory(browser, base)
      console.log(
        `bring in ${history.practices} practices (${kb(history.fileBytes)} kB file): ${history.readMs} ms from choosing the file to the counts, ${history.addMs} ms from "Add them" to the history showing them`,
      )
      console.log(
        `open the history with them kept: ${history.openMs} ms to its list (with none kept: ${history.openEmptyMs} ms; median of 3 fresh loads)`,
      )
    }
    const soaks = []
    if (section('soak')) {
      console.log(`\n## Memory soak (${soakRounds} rounds per journey)`)
      for (const journey of journeys) {
        const s = await soak(browser, base, journey, soakRounds)
        soaks.push(s)
        const growth = Math.round(((s.end.heapBytes - s.start.heapBytes) / 1024 / 1024) * 100) / 100
        console.log(
          `${journey.name}: JS heap ${kb(s.start.heapBytes)} kB → ${kb(s.end.heapBytes)} kB (${growth >= 0 ? '+' : ''}${growth} MB)${over(growth, budgets.soak.heapGrowthMB)}; DOM nodes ${s.start.domNodes} → ${s.end.domNodes}; listeners ${s.start.listeners} → ${s.end.listeners}${s.end.geometries === null ? '' : `; three.js geometries ${s.start.geometries} → ${s.end.geometries}, textures ${s.start.textures} → ${s.end.textures}`}`,
        )
      }
    }
    let kiosk: { soak: KioskSoak; attract: AttractFrames } | null = null
    if (section('kiosk')) {
      console.log('\n## Kiosk (1920x1080)')
      const attract = await attractFrames(browser, base)
      const kb_ = budgets.kiosk
      console.log(
        `attract screen: ${attract.perMinute} frames a minute drawn (${attract.reducedMotionPerMinute} under reduced motion; measured over ${attract.seconds} s)${over(attract.perMinute, kb_.attractFramesPerMinute)}`,
      )
      console.log(
        `kiosk soak: up to ${kioskCycles} cycles or ${kioskMinutes} min of attract → touch → a journey → idle reset…`,
      )
      const ks = await kioskSoak(browser, base, kioskCycles, kioskMinutes)
      const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`
      const parts = ks.composition
      console.log(
        `${ks.cycles} cycles in ${ks.seconds} s (500 would take about ${ks.projected500Minutes} min)`,
      )
      console.log(
        `JS heap ${kb(ks.start.heapBytes)} kB → ${kb(ks.end.heapBytes)} kB (${signed(ks.heapGrowthPercent)} %; second half of the cycles ${signed(ks.secondHalfHeapGrowthPercent)} %)`,
      )
      console.log(
        `  the app's objects ${kb(parts.start.objectBytes)} → ${parts.mid ? `${kb(parts.mid.objectBytes)} → ` : ''}${kb(parts.end.objectBytes)} kB (${signed(ks.objectGrowthPercent)} %)${over(ks.objectGrowthPercent, kb_.objectGrowthPercent)}`,
      )
      console.log(
        `  compiled code ${kb(parts.start.codeBytes)} → ${parts.mid ? `${kb(parts.mid.codeBytes)} → ` : ''}${kb(parts.end.codeBytes)} kB (the engine optimising what each visit runs; it slows as it goes)`,
      )
      console.log(
        `DOM nodes ${ks.start.domNodes} → ${ks.end.domNodes}; listeners ${ks.start.listeners} → ${ks.end.listeners}; three.js geometries ${ks.start.geometries} → ${ks.end.geometries}, textures ${ks.start.textures} → ${ks.end.textures}; sound left playing after a reset: ${ks.soundingAfterReset}; resets that left anything of a visitor: ${ks.keptAfterReset}`,
      )
      kiosk = { soak: ks, attract }
    }
    return {
      lighthouse,
      bytes,
      idle,
      opening,
      scene: sceneReport && { ...sceneReport, pausedPreviewFrames: pausedFrames },
      walkthrough,
      practice,
      history,
      soaks,
      kiosk,
    }
  } finally {
    await browser.close()
  }
})

// The same build under a plain static server with gzip (`serve`), as a clinic's host might serve
// it: Lighthouse mobile on each route, printed beside vite preview's numbers above.
const staticLighthouse: Record<string, LighthouseRun & { runs: LighthouseRun[] }> = {}
if (!args.has('skip-lighthouse') && section('lighthouse')) {
  await withPreviewServer(
    async (base) => {
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`],
      })
      try {
        console.log(
          `\n## Lighthouse 12, mobile, a plain static server with gzip (serve), median of ${runs}`,
        )
        for (const name of chosen) {
          const all: LighthouseRun[] = []
          for (let i = 0; i < runs; i++)
            all.push(await runLighthouse(`${base}${routes[name]}`, 'mobile', DEBUG_PORT))
          const m = medianRun(all)
          staticLighthouse[name] = { ...m, runs: all }
          const viaVite = results.lighthouse[name]?.mobile?.performance
          console.log(
            ...lighthouseRow(name, 'mobile', m),
            viaVite === undefined ? '' : ` (vite preview: ${viaVite})`,
          )
        }
      } finally {
        await browser.close()
      }
    },
    { server: 'static', port: previewPort() + 1 },
  )
}

const report = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  budgets,
  bundle: {
    firstScreenGzipKB: firstScreenKB,
    laterGzipKB: kb(bundle.later.jsGzipBytes + bundle.later.cssGzipBytes),
    media: bundle.media,
    walkthroughDownloadMB: walkthroughDownload,
    routineAudioMB,
    assets: bundle.assets,
  },
  ...results,
  staticLighthouse,
}
mkdirSync('.bench/results', { recursive: true })
const stamp = report.date.replace(/[:.]/g, '-')
writeFileSync(`.bench/results/bench-${stamp}.json`, `${JSON.stringify(report, null, 2)}\n`)
writeFileSync('.bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nSaved .bench/results/bench-${stamp}.json (and latest.json)`)
