import { describe, expect, it } from 'vitest'
import { createManualClock, createPerformanceClock } from './clock'

describe('performance clock', () => {
  function fakeWall() {
    let ms = 1000
    return { now: () => ms, advance: (s: number) => (ms += s * 1000) }
  }

  it('stands still until played, then follows the wall clock', () => {
    const wall = fakeWall()
    const clock = createPerformanceClock(wall.now)
    wall.advance(5)
    expect(clock.now()).toBe(0)
    clock.play()
    wall.advance(2.5)
    expect(clock.now()).toBeCloseTo(2.5)
  })

  it('keeps its position across pause and resume', () => {
    const wall = fakeWall()
    const clock = createPerformanceClock(wall.now)
    clock.play()
    wall.advance(3)
    clock.pause()
    wall.advance(60) // a long time in a background tab
    expect(clock.now()).toBeCloseTo(3)
    clock.play()
    wall.advance(1)
    expect(clock.now()).toBeCloseTo(4)
  })

  it('measures from timestamps, so a single late reading after a throttled gap is exact', () => {
    const wall = fakeWall()
    const clock = createPerformanceClock(wall.now)
    clock.play()
    wall.advance(37.25)
    expect(clock.now()).toBeCloseTo(37.25, 6)
  })

  it('seeks while playing and while paused', () => {
    const wall = fakeWall()
    const clock = createPerformanceClock(wall.now)
    clock.seek(10)
    expect(clock.now()).toBe(10)
    clock.play()
    wall.advance(1)
    clock.seek(2)
    expect(clock.now()).toBe(2)
    wall.advance(1)
    expect(clock.now()).toBeCloseTo(3)
    expect(clock.isPlaying()).toBe(true)
  })

  it('treats a second play as a no-op instead of restarting', () => {
    const wall = fakeWall()
    const clock = createPerformanceClock(wall.now)
    clock.play()
    wall.advance(2)
    clock.play()
    wall.advance(2)
    expect(clock.now()).toBeCloseTo(4)
  })
})

describe('manual clock', () => {
  it('moves only when advanced while playing', () => {
    const clock = createManualClock()
    clock.advance(1)
    expect(clock.now()).toBe(0)
    clock.play()
    clock.advance(1.5)
    expect(clock.now()).toBe(1.5)
    clock.pause()
    clock.advance(1)
    expect(clock.now()).toBe(1.5)
    expect(clock.isPlaying()).toBe(false)
  })
})
