import { describe, expect, it } from 'vitest'
import { createManualClock } from './clock'
import { createPlayer } from './player'
import { createRun, layoutSteps, RunError, segmentEnd } from './run'
import { TimelineError } from './timeline'

const breath = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }

describe('layoutSteps', () => {
  const run = layoutSteps(
    [
      { id: 'settle', title: 'Settle', spokenDuration: 5, hold: 30, breath },
      { id: 'scalp', title: 'Scalp', spokenDuration: 6, hold: 60 },
      {
        id: 'lie-down',
        title: 'Lie down',
        spokenDuration: 4,
        hold: 45,
        waitBefore: 'Lie down, then press Next.',
      },
    ],
    { leadIn: 2, gap: 3 },
  )

  it('places each step after the last hold and a gap, and ends with the last hold', () => {
    expect(run.cues.map((s) => s.at)).toEqual([2, 2 + 35 + 3, 2 + 35 + 3 + 66 + 3])
    expect(run.duration).toBe(2 + 35 + 3 + 66 + 3 + 49)
    expect(run.cues[0]).toMatchObject({ kind: 'step', chapter: 'Settle', hold: 30, breath })
    expect(run.cues[1]).not.toHaveProperty('breath')
  })

  it('makes each step its own chapter and a wait where a step asks for one', () => {
    expect(run.chapters.map((c) => c.title)).toEqual(['Settle', 'Scalp', 'Lie down'])
    expect(run.waits).toEqual([{ at: 109, prompt: 'Lie down, then press Next.' }])
  })

  it('ends a step at the end of its hold, not at the next step', () => {
    expect(segmentEnd(run, 0)).toBe(37)
    expect(segmentEnd(run, 2)).toBe(run.duration)
  })

  it('refuses a step with a negative or missing length', () => {
    expect(() =>
      layoutSteps([{ id: 'x', title: 'X', spokenDuration: 3, hold: -1 }], { leadIn: 0, gap: 1 }),
    ).toThrow(RunError)
    expect(() =>
      layoutSteps([{ id: 'x', title: 'X', spokenDuration: Number.NaN, hold: 1 }], {
        leadIn: 0,
        gap: 1,
      }),
    ).toThrow(RunError)
  })

  it('lets a chime ring out before each voice: the step begins, then its words are spoken', () => {
    const r = layoutSteps(
      [
        { id: 'a', title: 'A', spokenDuration: 5, hold: 10 },
        { id: 'b', title: 'B', spokenDuration: 4, hold: 20 },
      ],
      { leadIn: 2, gap: 1.5, voiceDelay: 1.5 },
    )
    expect(r.cues.map((c) => [c.at, c.voiceAt])).toEqual([
      [2, 3.5],
      [20, 21.5],
    ])
    expect(segmentEnd(r, 0)).toBe(18.5)
    expect(r.duration).toBe(45.5)
    expect(() => layoutSteps([], { leadIn: 0, gap: 1, voiceDelay: -1 })).toThrow(RunError)
    // Without a delay, the voice starts with the step.
    expect(run.cues.every((c) => c.voiceAt === c.at)).toBe(true)
  })

  it('does not wait before the first step: pressing Play is the first "ready"', () => {
    const r = layoutSteps(
      [{ id: 'a', title: 'A', spokenDuration: 1, hold: 1, waitBefore: 'Ready?' }],
      {
        leadIn: 0,
        gap: 1,
      },
    )
    expect(r.waits).toEqual([])
  })
})

describe('createRun', () => {
  const cues = [
    { at: 0, chapter: 'A' },
    { at: 5, chapter: 'B' },
  ]
  it('checks its waits lie inside the run, after its start, in order', () => {
    expect(createRun(cues, 10, [{ at: 5, prompt: 'ok' }]).waits).toHaveLength(1)
    expect(() => createRun(cues, 10, [{ at: 0, prompt: 'start' }])).toThrow(RunError)
    expect(() => createRun(cues, 10, [{ at: 10, prompt: 'end' }])).toThrow(RunError)
    expect(() =>
      createRun(cues, 10, [
        { at: 6, prompt: 'b' },
        { at: 4, prompt: 'a' },
      ]),
    ).toThrow(RunError)
  })
  it('checks its segments like a timeline', () => {
    expect(() =>
      createRun(
        [
          { at: 4, chapter: 'A' },
          { at: 1, chapter: 'B' },
        ],
        10,
      ),
    ).toThrow(TimelineError)
  })
  it('a walkthrough segment ends where the next begins', () => {
    expect(segmentEnd(createRun(cues, 10), 0)).toBe(5)
    expect(segmentEnd(createRun(cues, 10), 1)).toBe(10)
  })
})

describe('a player on a run with wait points', () => {
  const setup = () => {
    const clock = createManualClock()
    const run = createRun(
      [
        { at: 0, chapter: 'Seated' },
        { at: 10, chapter: 'Lying' },
      ],
      20,
      [{ at: 10, prompt: 'Lie down, then press Next.' }],
    )
    const player = createPlayer({ timeline: run, clock })
    return { clock, player }
  }

  it('stops exactly at the wait, however large the step of time that crossed it', () => {
    const { clock, player } = setup()
    player.play()
    clock.advance(13.7) // a tab asleep in the background
    player.tick()
    expect(player.store.getState()).toMatchObject({ status: 'waiting', waitIndex: 0 })
    expect(player.frame.t).toBe(10)
    expect(clock.isPlaying()).toBe(false)
    clock.advance(5)
    player.tick()
    expect(player.frame.t).toBe(10)
  })

  it('goes on when the person is ready, and does not stop there again', () => {
    const { clock, player } = setup()
    player.play()
    clock.advance(11)
    player.tick()
    player.play()
    expect(player.store.getState()).toMatchObject({ status: 'playing', waitIndex: -1 })
    clock.advance(2)
    player.tick()
    expect(player.frame.t).toBe(12)
    expect(player.store.getState().status).toBe('playing')
  })

  it('toggle goes on from a wait; a seek leaves the wait held', () => {
    const { clock, player } = setup()
    player.play()
    clock.advance(11)
    player.tick()
    player.toggle()
    expect(player.store.getState().status).toBe('playing')
    player.seek(3)
    clock.advance(8)
    player.tick()
    expect(player.store.getState().status).toBe('waiting')
    player.seek(2)
    expect(player.store.getState()).toMatchObject({ status: 'paused', waitIndex: -1 })
  })

  it('a seek past a wait does not stop there, and a paused run never waits', () => {
    const { clock, player } = setup()
    player.seek(15)
    player.play()
    clock.advance(2)
    player.tick()
    expect(player.store.getState().status).toBe('playing')
    expect(player.frame.t).toBe(17)
  })
})
