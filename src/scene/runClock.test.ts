import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createSceneRun,
  FOLLOW_MS,
  followRun,
  nextTimebase,
  type RunReading,
  runTimeAt,
  SEEK_EASE_MS,
} from './runClock'
import { GLIDE_SECONDS } from './runView'
import type { BodyMoment, Timebase } from './sceneTypes'

const plan: readonly BodyMoment[] = [
  { at: 0, shot: 'whole-body', focus: [], hands: [] },
  { at: 20, shot: 'head', focus: ['cranium'], hands: ['cranium'] },
]

describe('runTimeAt', () => {
  it('carries a playing run on with the wall clock, and holds a paused one', () => {
    expect(runTimeAt({ t: 10, playing: true, wallMs: 1000 }, 3000)).toBe(12)
    expect(runTimeAt({ t: 10, playing: false, wallMs: 1000 }, 3000)).toBe(10)
    expect(runTimeAt({ t: 0, playing: true, wallMs: 1000 }, 0)).toBe(0)
  })
})

describe('nextTimebase: what the page sends the scene', () => {
  const sent: Timebase = { t: 10, playing: true, wallMs: 0 }
  it('sends on every change of the run', () => {
    expect(nextTimebase(sent, { t: 10.5, playing: true }, null, 500)).toEqual({
      t: 10.5,
      playing: true,
      wallMs: 500,
    })
  })
  it('stays quiet while the scene reckons right, and resends when it drifts', () => {
    expect(nextTimebase(sent, { t: 10.52, playing: true }, 10.3, 500)).toBeNull()
    expect(nextTimebase(sent, { t: 10.3, playing: true }, 10.1, 500)?.t).toBe(10.3)
  })
  it('holds the scene while a playing run does not move (a voice still loading)', () => {
    expect(nextTimebase(sent, { t: 10, playing: true }, 10, 250)).toEqual({
      t: 10,
      playing: false,
      wallMs: 250,
    })
    const held = { t: 10, playing: false, wallMs: 250 }
    expect(nextTimebase(held, { t: 10, playing: true }, 10, 500)).toBeNull()
    expect(nextTimebase(held, { t: 10.2, playing: true }, 10, 750)?.playing).toBe(true)
  })
})

describe('followRun', () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  function fakeRun() {
    let reading: RunReading = { t: 0, playing: false }
    let listener: () => void = () => {}
    return {
      timing: {
        read: () => reading,
        subscribe(onChange: () => void) {
          listener = onChange
          return () => {
            listener = () => {}
          }
        },
      },
      set(next: RunReading) {
        reading = next
        listener()
      },
      move(t: number) {
        reading = { ...reading, t }
      },
    }
  }

  it('sends at once, on each change, and only looks again while the run plays', () => {
    vi.useFakeTimers()
    let now = 0
    const sent: Timebase[] = []
    const run = fakeRun()
    const stop = followRun(
      run.timing,
      (tb) => sent.push(tb),
      () => now,
    )
    expect(sent).toEqual([{ t: 0, playing: false, wallMs: 0 }])
    run.set({ t: 5, playing: false }) // a seek while held
    expect(sent.at(-1)).toEqual({ t: 5, playing: false, wallMs: 0 })
    vi.advanceTimersByTime(FOLLOW_MS * 4)
    expect(sent).toHaveLength(2)
    run.set({ t: 5, playing: true })
    expect(sent.at(-1)?.playing).toBe(true)
    // The voice has not started: the position stays put, so the scene is told to hold.
    now = FOLLOW_MS
    vi.advanceTimersByTime(FOLLOW_MS)
    expect(sent.at(-1)).toEqual({ t: 5, playing: false, wallMs: FOLLOW_MS })
    // It starts: the scene plays on from where the voice is.
    now = FOLLOW_MS * 2
    run.move(5.2)
    vi.advanceTimersByTime(FOLLOW_MS)
    expect(sent.at(-1)).toEqual({ t: 5.2, playing: true, wallMs: FOLLOW_MS * 2 })
    const count = sent.length
    stop()
    run.set({ t: 9, playing: false })
    vi.advanceTimersByTime(FOLLOW_MS * 4)
    expect(sent).toHaveLength(count)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('the scene side of a run', () => {
  it('draws nothing while paused, and eases after a jump', () => {
    const run = createSceneRun(plan)
    run.setTimebase({ t: 5, playing: false, wallMs: 0 }, 0)
    expect(run.frame(0, false)).toMatchObject({ t: 5, changing: false, wakeInMs: null })
    // A seek while paused: a jump, eased over a short wall time, then still.
    expect(run.setTimebase({ t: 20, playing: false, wallMs: 100 }, 100)).toBe(true)
    const easing = run.frame(100 + SEEK_EASE_MS / 2, false)
    expect(easing).toMatchObject({ jumps: 1, changing: true })
    expect(easing.settle).toBeCloseTo(0.5)
    expect(easing.view.to).toBe('head')
    expect(run.frame(100 + SEEK_EASE_MS, false)).toMatchObject({ settle: 1, changing: false })
    // Under reduced motion a jump is a cut.
    run.setTimebase({ t: 2, playing: false, wallMs: 2000 }, 2000)
    expect(run.frame(2000, true)).toMatchObject({ settle: 1, changing: false })
  })

  it('playing, asks for frames through a glide, and wakes up for the next one', () => {
    const run = createSceneRun(plan)
    run.setTimebase({ t: 5, playing: true, wallMs: 0 }, 0)
    const steady = run.frame(0, false)
    expect(steady.changing).toBe(false)
    expect(steady.wakeInMs).toBeCloseTo((20 - GLIDE_SECONDS - 5) * 1000)
    // A timebase that agrees with the scene's reckoning is not a jump.
    expect(run.setTimebase({ t: 6.05, playing: true, wallMs: 1000 }, 1000)).toBe(false)
    const gliding = run.frame((20 - GLIDE_SECONDS / 2 - 5) * 1000, false)
    expect(gliding).toMatchObject({ changing: true, jumps: 0 })
    expect(gliding.view.gliding).toBe(true)
  })
})
