import { describe, expect, it } from 'vitest'
import { createSceneRun, heldRun, runTimeAt, SEEK_EASE_MS } from './runClock'
import { GLIDE_SECONDS } from './runView'
import type { BodyMoment } from './sceneTypes'

const plan: readonly BodyMoment[] = [
  { at: 0, shot: 'whole-body', focus: [], therapistHands: [] },
  { at: 20, shot: 'head', focus: ['cranium'], therapistHands: ['cranium'] },
]

describe('runTimeAt', () => {
  it('carries a playing run on with the wall clock, and holds a paused one', () => {
    expect(runTimeAt({ t: 10, playing: true, wallMs: 1000 }, 3000)).toBe(12)
    expect(runTimeAt({ t: 10, playing: false, wallMs: 1000 }, 3000)).toBe(10)
    expect(runTimeAt({ t: 0, playing: true, wallMs: 1000 }, 0)).toBe(0)
  })
})

describe('heldRun', () => {
  it('stays at the start of its plan, and never signals', () => {
    const held = heldRun(plan)
    expect(held.signal()).toMatchObject({ timebase: { t: 0, playing: false }, moment: 0 })
    expect(heldRun(plan.slice(1)).signal().moment).toBe(-1)
    const heard: unknown[] = []
    held.listen((s) => heard.push(s))()
    expect(heard).toEqual([])
  })
})

describe('the scene side of a run', () => {
  it('draws nothing while paused, and eases after a jump', () => {
    const run = createSceneRun(plan)
    run.setTimebase({ t: 5, playing: false, wallMs: 0 }, 0, false)
    expect(run.frame(0, false)).toMatchObject({ t: 5, changing: false, wakeInMs: null })
    // A seek while paused: a jump, eased over a short wall time, then still.
    run.setTimebase({ t: 20, playing: false, wallMs: 100 }, 100, true)
    const easing = run.frame(100 + SEEK_EASE_MS / 2, false)
    expect(easing).toMatchObject({ jumps: 1, changing: true })
    expect(easing.settle).toBeCloseTo(0.5)
    expect(easing.view.to).toBe('head')
    expect(run.frame(100 + SEEK_EASE_MS, false)).toMatchObject({ settle: 1, changing: false })
    // Under reduced motion a jump is a cut.
    run.setTimebase({ t: 2, playing: false, wallMs: 2000 }, 2000, true)
    expect(run.frame(2000, true)).toMatchObject({ settle: 1, changing: false })
  })

  it('playing, asks for frames through a glide, and wakes up for the next one', () => {
    const run = createSceneRun(plan)
    run.setTimebase({ t: 5, playing: true, wallMs: 0 }, 0, false)
    const steady = run.frame(0, false)
    expect(steady.changing).toBe(false)
    expect(steady.wakeInMs).toBeCloseTo((20 - GLIDE_SECONDS - 5) * 1000)
    // A timebase that is not a seek moves the reckoning without an ease, even a long way.
    run.setTimebase({ t: 6.05, playing: true, wallMs: 1000 }, 1000, false)
    expect(run.frame(1000, false)).toMatchObject({ jumps: 0, settle: 1 })
    const gliding = run.frame((20 - GLIDE_SECONDS / 2 - 5) * 1000, false)
    expect(gliding).toMatchObject({ changing: true, jumps: 0 })
    expect(gliding.view.gliding).toBe(true)
  })
})
