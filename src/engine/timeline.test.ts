import { describe, expect, it } from 'vitest'
import { activeIndex, clampTime, createTimeline, TimelineError } from './timeline'

const cue = (at: number, chapter: string) => ({ at, chapter })

describe('createTimeline', () => {
  it('derives chapters from runs of cues with one title', () => {
    const t = createTimeline(
      [cue(0, 'A'), cue(5, 'A'), cue(10, 'B'), cue(20, 'C'), cue(25, 'C')],
      30,
    )
    expect(t.chapters).toEqual([
      { title: 'A', at: 0, end: 10, firstCue: 0 },
      { title: 'B', at: 10, end: 20, firstCue: 2 },
      { title: 'C', at: 20, end: 30, firstCue: 3 },
    ])
  })

  it('rejects unsorted cues, cues outside the track and impossible durations', () => {
    expect(() => createTimeline([cue(5, 'A'), cue(2, 'A')], 10)).toThrow(TimelineError)
    expect(() => createTimeline([cue(-1, 'A')], 10)).toThrow(TimelineError)
    expect(() => createTimeline([cue(10, 'A')], 10)).toThrow(/outside/)
    expect(() => createTimeline([], Number.NaN)).toThrow(TimelineError)
    expect(() => createTimeline([], -1)).toThrow(TimelineError)
  })

  it('accepts an empty timeline and a single cue', () => {
    expect(createTimeline([], 0).chapters).toEqual([])
    expect(createTimeline([cue(0, 'Only')], 3).chapters).toEqual([
      { title: 'Only', at: 0, end: 3, firstCue: 0 },
    ])
  })

  it('lets two cues share a start time (the later one wins)', () => {
    const t = createTimeline([cue(0, 'A'), cue(4, 'A'), cue(4, 'B')], 8)
    expect(activeIndex(t.cues, 4)).toBe(2)
  })
})

describe('activeIndex', () => {
  const cues = [cue(0, 'A'), cue(2, 'A'), cue(4.5, 'B')]
  it('finds the active cue exactly at and between boundaries', () => {
    expect(activeIndex(cues, 0)).toBe(0)
    expect(activeIndex(cues, 1.999999)).toBe(0)
    expect(activeIndex(cues, 2)).toBe(1)
    expect(activeIndex(cues, 4.499)).toBe(1)
    expect(activeIndex(cues, 4.5)).toBe(2)
    expect(activeIndex(cues, 1e9)).toBe(2)
  })
  it('is -1 before the first cue and for an empty list', () => {
    expect(activeIndex([cue(1, 'A')], 0.5)).toBe(-1)
    expect(activeIndex([], 3)).toBe(-1)
  })
  it('agrees with a linear scan on many random lists', () => {
    for (let run = 0; run < 200; run++) {
      const ats = Array.from({ length: run % 17 }, () => Math.round(Math.random() * 100) / 4).sort(
        (a, b) => a - b,
      )
      const list = ats.map((at) => ({ at }))
      const t = Math.random() * 30 - 2
      const linear = list.reduce((found, c, i) => (c.at <= t ? i : found), -1)
      expect(activeIndex(list, t)).toBe(linear)
    }
  })
})

describe('chapter lookup and clampTime', () => {
  it('finds chapters by time', () => {
    const t = createTimeline([cue(1, 'A'), cue(10, 'B')], 20)
    expect(activeIndex(t.chapters, 0)).toBe(-1)
    expect(activeIndex(t.chapters, 1)).toBe(0)
    expect(activeIndex(t.chapters, 19)).toBe(1)
  })
  it('clamps NaN, negatives and overshoot', () => {
    expect(clampTime(Number.NaN, 10)).toBe(0)
    expect(clampTime(-3, 10)).toBe(0)
    expect(clampTime(11, 10)).toBe(10)
    expect(clampTime(4, 10)).toBe(4)
  })
})
