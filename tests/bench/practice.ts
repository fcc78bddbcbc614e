import type { Browser } from '@playwright/test'

/** One step change of a routine, seen in the browser. */
export interface StepChange {
  readonly step: string
  /** Wall-clock ms from the caption changing to the chime starting (+: chime later). */
  readonly chimeMs: number | null
  /** Run-clock ms from the step's voice moment (1.5 s after its chime) to its clip starting to sound, read from the clip's own media element. */
  readonly clipMs: number | null
  /** Run time (s) at the caption change, and the step's start on the run. */
  readonly captionAt: number
  readonly stepAt: number
}

export interface PracticeReport {
  readonly changes: readonly StepChange[]
  /** The largest |caption - chime| (wall clock) and |voice moment - clip| (run clock), ms. */
  readonly chimeMaxMs: number
  readonly clipMaxMs: number
  /** The largest |caption change - step start| on the run clock, ms. */
  readonly runClockMaxMs: number
}

interface Event {
  readonly kind: 'chime' | 'clip' | 'caption'
  readonly wall: number
  readonly t: number
  readonly what: string
  /** For a clip: the media element's own position when it started sounding, s. */
  readonly position?: number
}

/**
 * Plays a routine across each of its step changes (from just before each, so the chime sounds
 * as it would in a whole run) with real audio, and records when the caption changed, when the
 * chime started (a short Web Audio buffer) and when the step's clip started sounding (its media element).
 */
export async function measurePractice(browser: Browser, base: string): Promise<PracticeReport> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f' })
  await page.addInitScript(() => {
    const events: Event[] = []
    const w = window as unknown as { __practiceEvents: Event[] }
    w.__practiceEvents = events
    const now = () => window.__stillpointPractice?.time() ?? Number.NaN
    const start = AudioBufferSourceNode.prototype.start
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...a) {
      // The chime is a few seconds long; the beds loop for tens of seconds.
      if ((this.buffer?.duration ?? 99) < 10)
        events.push({ kind: 'chime', wall: performance.now(), t: now(), what: '' })
      return start.apply(this, a as Parameters<typeof start>)
    }
    // A clip's start is read from its own media element, as the caption-sync measure reads the
    // narration's: when it starts sounding ('playing'), the run clock then, less how far into the
    // clip the element already is, is the run time at which the clip started. (Its source may be
    // a blob: URL from the audio cache, so clips are told apart by when they sound, not by name.)
    const get = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')?.get
    const seen = new WeakSet<HTMLMediaElement>()
    const play = HTMLMediaElement.prototype.play
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!seen.has(this)) {
        seen.add(this)
        this.addEventListener('playing', () => {
          if (this.muted) return
          events.push({
            kind: 'clip',
            wall: performance.now(),
            t: now(),
            what: this.currentSrc || this.src,
            position: get ? (get.call(this) as number) : this.currentTime,
          })
        })
      }
      return play.call(this)
    }
    new MutationObserver(() => {
      const cue = document.querySelector('.caption')?.getAttribute('data-cue') ?? ''
      if (cue) events.push({ kind: 'caption', wall: performance.now(), t: now(), what: cue })
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-cue'] })
  })
  await page.goto(`${base}/?inspect#/practice/just-breathing`)
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForFunction(() => !!window.__stillpointPractice)
  const steps = ['settle-breath', 'slow-breaths', 'rest-breath']
  const changes: StepChange[] = []
  for (const [i, id] of steps.entries()) {
    const { at, voiceAt } = await page.evaluate(
      (s) => window.__stillpointPractice?.step(s) ?? { at: 0, voiceAt: 0 },
      id,
    )
    if (i > 0) {
      await page.evaluate((t) => window.__stillpointPractice?.seek(t), at - 1.5)
      await page.waitForTimeout(200)
    }
    await page.evaluate(() => {
      ;(window as unknown as { __practiceEvents: Event[] }).__practiceEvents.length = 0
    })
    // Until the step's voice has been sounding a moment (it starts 1.5 s after the chime; waiting
    // only to the step's start + 1 s, as this did, saw no clip start at all and printed "never").
    await page.waitForFunction(
      (t) => (window.__stillpointPractice?.time() ?? 0) > t + 0.5,
      Math.max(at, voiceAt),
      { timeout: 30_000 },
    )
    const events = await page.evaluate(
      () => (window as unknown as { __practiceEvents: Event[] }).__practiceEvents,
    )
    const caption = events.find((e) => e.kind === 'caption' && e.what === id)
    const chime = events.find((e) => e.kind === 'chime')
    if (!caption) throw new Error(`No caption change seen for step ${id}`)
    // The first clip to start sounding after the step's caption changed is the step's own.
    const clip = events.find((e) => e.kind === 'clip' && e.wall >= caption.wall - 1)
    changes.push({
      step: id,
      chimeMs: chime ? Math.round((chime.wall - caption.wall) * 10) / 10 : null,
      clipMs: clip ? Math.round((clip.t - (clip.position ?? 0) - voiceAt) * 1000) : null,
      captionAt: caption.t,
      stepAt: at,
    })
  }
  await page.close()
  const maxAbs = (xs: readonly (number | null)[]) =>
    Math.max(...xs.map((x) => (x === null ? Number.POSITIVE_INFINITY : Math.abs(x))))
  return {
    changes,
    chimeMaxMs: maxAbs(changes.map((c) => c.chimeMs)),
    clipMaxMs: maxAbs(changes.map((c) => c.clipMs)),
    runClockMaxMs: Math.round(maxAbs(changes.map((c) => (c.captionAt - c.stepAt) * 1000))),
  }
}
