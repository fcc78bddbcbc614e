/**
 * What a first visit does, in any engine: home, Learn, Explore, the Preview and a home-practice
 * routine. Each journey opens a fresh page (with `?inspect`, so the app keeps its console messages
 * and exposes its clocks) and fails on what a person would notice, and on any console error,
 * warning, uncaught error, unhandled rejection or refused request.
 */
import type { PageMessage } from '../../src/app/inspectMessages'
import type { Driver, Pass } from './drivers'

/**
 * Messages that come from a dependency and cannot be fixed here, each with why. Anything else
 * fails the journey.
 */
export const knownMessages: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  {
    pattern: /^THREE\.Clock: This module has been deprecated\. Please use THREE\.Timer instead\.$/,
    why: '@react-three/fiber 9.8.2 (its latest release) makes a THREE.Clock for every canvas (`clock: new THREE.Clock()` in its store); only its 10.0 pre-releases drop it. Our code uses no THREE.Clock.',
  },
]

export interface JourneyResult {
  readonly journey: string
  readonly ok: boolean
  readonly ms: number
  /** What the journey saw, for the report (the drawing's mode and thread, the voice, …). */
  readonly facts: string
  readonly error?: string
}

interface Context {
  readonly d: Driver
  readonly base: string
  readonly pass: Pass
  readonly shots: string
  /** Adds a fact to the report. */
  readonly note: (fact: string) => void
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `expression` until it is truthy; fails with `what` after `timeoutMs`. */
async function until(d: Driver, expression: string, what: string, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await d.value<boolean>(`!!(${expression})`)) return
    if (Date.now() > end) throw new Error(`waited ${timeoutMs / 1000} s for ${what}`)
    await sleep(100)
  }
}

let marks = 0
/** Clicks, through the driver, the element `find` (an expression) returns, once it is there. */
async function clickOn(d: Driver, find: string, what: string, timeoutMs?: number) {
  await until(d, `(() => { const e = ${find}; return e && !e.disabled })()`, what, timeoutMs)
  const mark = `m${++marks}`
  await d.value(`(${find}).setAttribute('data-smoke', '${mark}')`)
  await d.click(`[data-smoke="${mark}"]`)
}

const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === ${JSON.stringify(name)})`
const text = (css: string) => `(document.querySelector(${JSON.stringify(css)})?.textContent ?? '')`

async function open(c: Context, route: string) {
  await c.d.goto('about:blank')
  await c.d.goto(`${c.base}/?inspect#${route}`)
  // The HTML holds the home screen before any script runs: wait for the app itself.
  await until(
    c.d,
    `document.documentElement.dataset.app === 'ready' && document.querySelector('main h1')`,
    `the ${route} screen`,
  )
}

/** The body is drawn the way this engine should draw it. */
async function bodyDrawn(c: Context) {
  await until(
    c.d,
    `document.querySelector('.body-view[data-ready="true"]')`,
    'the body to be drawn',
  )
  const mode = await c.d.value<string>(`document.querySelector('.body-view').dataset.mode`)
  const thread = await c.d.value<string | null>('window.__stillpointScene?.thread ?? null')
  c.note(`body ${mode}${thread ? ` (${thread} thread)` : ''}`)
  if (c.pass.expect.drawing === '3d' && mode !== '3d')
    throw new Error(`the body is ${mode}, not 3D`)
  if (c.pass.expect.drawing === 'flat') {
    await until(c.d, `document.querySelector('[data-testid="svg-body"]')`, 'the flat drawing')
    await until(c.d, `document.querySelector('.body-note')`, 'the note about the flat drawing')
  }
}

/** The run's clock (`clock`, an inspector's expression) is the voice: its sound, not silence. */
async function voiceSounds(c: Context, clock: string, when = '') {
  const voice = await c.d.value<string>(`${clock}.voice()`)
  c.note(`voice ${voice}${when ? ` ${when}` : ''}`)
  if (voice !== 'audio') throw new Error(`the voice is ${voice}${when ? ` ${when}` : ''}`)
}

export const journeys: readonly {
  readonly id: string
  readonly run: (c: Context) => Promise<void>
}[] = [
  {
    id: 'home',
    async run(c) {
      await open(c, '/')
      const links = await c.d.value<number>(
        `document.querySelectorAll('main a[href^="#/"]').length`,
      )
      if (links < 3) throw new Error(`home offers ${links} journeys`)
      c.note(`${links} journeys offered`)
    },
  },
  {
    id: 'learn',
    async run(c) {
      await open(c, '/learn')
      const sections = await c.d.value<number>(`document.querySelectorAll('main h2').length`)
      if (sections < 3) throw new Error(`Learn shows ${sections} sections`)
      c.note(`${sections} sections`)
    },
  },
  {
    id: 'explore',
    async run(c) {
      await open(c, '/explore')
      await bodyDrawn(c)
    },
  },
  {
    id: 'preview',
    async run(c) {
      await open(c, '/preview')
      await bodyDrawn(c)
      await clickOn(c.d, button('Play'), 'Play to be ready', 30_000)
      const p = 'window.__stillpointPreview'
      await until(c.d, `${p} && ${p}.time() > 1.5`, 'the narration clock to move', 30_000)
      await voiceSounds(c, p)
      await until(c.d, `/Welcome/.test(${text('.caption')})`, 'the first caption')
      const first = await c.d.value<string>(text('.caption'))
      if (c.pass.expect.drawing === 'flat') {
        // Nothing covers the note that this is a flat drawing, the caption least of all.
        const overlap = await c.d.value<boolean>(`(() => {
          const n = document.querySelector('.body-note').getBoundingClientRect()
          const c = document.querySelector('.caption span').getBoundingClientRect()
          return !(n.bottom <= c.top || c.bottom <= n.top || n.right <= c.left || c.right <= n.left)
        })()`)
        if (overlap) throw new Error('the caption covers the note about the flat drawing')
      }
      // Forward 15 s (a tap): the caption moves on with the voice, and the voice goes on.
      await clickOn(c.d, button('Forward 15 seconds'), 'Forward')
      await until(
        c.d,
        `${text('.caption')} && ${text('.caption')} !== ${JSON.stringify(first)}`,
        'the caption to move on',
      )
      const at = await c.d.value<number>(`${p}.time()`)
      await until(c.d, `${p}.time() > ${at + 1}`, 'the clock to go on after the skip')
      await c.d.screenshot(`${c.shots}/${c.pass.id}-preview.png`)
      await clickOn(c.d, button('Pause'), 'Pause')
    },
  },
  {
    id: 'practice',
    async run(c) {
      await open(c, '/practice/just-breathing')
      await until(
        c.d,
        `document.querySelector('.safety-check, .routine-before')`,
        'the safety check or the routine',
      )
      if (await c.d.value<boolean>(`!!document.querySelector('.safety-check')`)) {
        const groups = await c.d.value<number>(
          `document.querySelectorAll('.safety-questions fieldset').length`,
        )
        for (let i = 0; i < groups; i++) {
          await clickOn(
            c.d,
            `[...document.querySelectorAll('.safety-questions fieldset')[${i}].querySelectorAll('label')].find((l) => l.textContent.trim() === 'No')`,
            `the answer "No" to question ${i + 1}`,
          )
        }
        await clickOn(c.d, button('Continue'), 'Continue')
      }
      await clickOn(
        c.d,
        `[...document.querySelectorAll('label.tension-level')].find((l) => l.textContent.trim() === '5')`,
        'the tension scale',
      )
      await clickOn(c.d, button('Start'), 'Start', 30_000)
      const p = 'window.__stillpointPractice'
      await until(c.d, `${p} && ${p}.time() > 1`, 'the routine to start', 30_000)
      await voiceSounds(c, p)
      // The next step's clip starts from the routine's own clock, long after the tap on Start:
      // on WebKit, a sound the first tap did not unlock stays silent here.
      const second = await c.d.value<string>(`${p}.steps[1]`)
      const at = await c.d.value<number>(`${p}.step(${JSON.stringify(second)}).voiceAt`)
      await c.d.value(`${p}.seek(${at - 0.4})`)
      await until(c.d, `${p}.time() > ${at + 1.5}`, 'the second step to be under way', 30_000)
      await voiceSounds(c, p, 'in step 2')
      // The clip of the second step is the element playing now.
      const playing = await c.d.value<string[]>(
        `(window.Howler?._howls ?? []).flatMap((h) => h._sounds.map((s) => s._node)).filter((n) => n instanceof HTMLMediaElement && !n.paused && n.currentTime > 0.5).map((n) => n.src.split('/').pop())`,
      )
      c.note(`playing ${playing.join(', ') || 'nothing'}`)
      if (!playing.some((src) => src.includes(second))) {
        throw new Error(
          `the second step's clip is not playing (playing: ${playing.join(', ') || 'nothing'})`,
        )
      }
      await c.d.screenshot(`${c.shots}/${c.pass.id}-practice.png`)
      await clickOn(c.d, button('Pause'), 'Pause')
    },
  },
]

/** The page's messages, less the known ones. */
export async function unexpectedMessages(d: Driver): Promise<PageMessage[]> {
  const all = (await d.value<PageMessage[] | null>('window.__stillpointMessages ?? null')) ?? []
  return all.filter((m) => !knownMessages.some((k) => k.pattern.test(m.text)))
}

/** Runs one journey and reports it; never throws. */
export async function runJourney(
  journey: (typeof journeys)[number],
  d: Driver,
  base: string,
  pass: Pass,
  shots: string,
): Promise<JourneyResult> {
  const facts: string[] = []
  const start = Date.now()
  try {
    await journey.run({ d, base, pass, shots, note: (f) => facts.push(f) })
    const messages = await unexpectedMessages(d)
    if (messages.length > 0) {
      throw new Error(`console: ${messages.map((m) => `[${m.kind}] ${m.text}`).join(' | ')}`)
    }
    return { journey: journey.id, ok: true, ms: Date.now() - start, facts: facts.join('; ') }
  } catch (error) {
    await d.screenshot(`${shots}/${pass.id}-${journey.id}-failed.png`).catch(() => undefined)
    return {
      journey: journey.id,
      ok: false,
      ms: Date.now() - start,
      facts: facts.join('; '),
      error: error instanceof Error ? error.message : String(error),
    }
  }
}
