import { describe, expect, it } from 'vitest'
import { createManualClock } from './clock'
import { createPlayer } from './player'
import { createTimeline } from './timeline'

const cues = [
  { at: 0, chapter: 'Welcome', text: 'hello' },
  { at: 3, chapter: 'Welcome', text: 'room' },
  { at: 6, chapter: 'Table', text: 'lie down' },
  { at: 9.5, chapter: 'Hands', text: 'head' },
]

function setup(duration = 12) {
  const clock = createManualClock()
  const player = createPlayer({ timeline: createTimeline(cues, duration), clock })
  const changes: string[] = []
  player.store.subscribe((s) => changes.push(`${s.status}:${s.cueIndex}:${s.chapterIndex}`))
  const run = (seconds: number, step = 1 / 60) => {
    for (let t = 0; t < seconds - 1e-9; t += step) {
      clock.advance(Math.min(step, seconds - t))
      player.tick()
    }
  }
  return { clock, player, changes, run }
}

describe('player', () => {
  it('starts idle on the first cue', () => {
    const { player } = setup()
    expect(player.store.getState()).toEqual({
      status: 'idle',
      cueIndex: 0,
      chapterIndex: 0,
      waitIndex: -1,
    })
    expect(player.frame.cue?.text).toBe('hello')
  })

  it('changes cue exactly at the boundary and not a frame before', () => {
    const { player, clock } = setup()
    player.play()
    clock.advance(2.999)
    player.tick()
    expect(player.store.getState().cueIndex).toBe(0)
    clock.advance(0.001)
    player.tick()
    expect(player.store.getState().cueIndex).toBe(1)
    expect(player.frame.cue?.text).toBe('room')
    expect(player.frame.cueElapsed).toBeCloseTo(0)
  })

  it('updates the store once per discrete change, not once per frame', () => {
    const { player, changes, run } = setup()
    player.play()
    run(12.5)
    // playing, then cue 1, cue 2 (new chapter), cue 3 (new chapter), then ended: five changes
    expect(changes).toEqual([
      'playing:0:0',
      'playing:1:0',
      'playing:2:1',
      'playing:3:2',
      'ended:3:2',
    ])
    expect(player.frame.t).toBe(12)
    expect(player.frame.progress).toBe(1)
  })

  it('keeps the position across pause and resume', () => {
    const { player, clock } = setup()
    player.play()
    clock.advance(4)
    player.pause()
    clock.advance(100)
    player.tick()
    expect(player.frame.t).toBe(4)
    expect(player.store.getState().status).toBe('paused')
    player.play()
    clock.advance(1)
    player.tick()
    expect(player.frame.t).toBe(5)
  })

  it('clamps seeks before 0 and ends on seeks past the end', () => {
    const { player } = setup()
    player.seek(-5)
    expect(player.frame.t).toBe(0)
    player.play()
    player.seek(99)
    expect(player.store.getState().status).toBe('ended')
    expect(player.frame.t).toBe(12)
    expect(player.store.getState().cueIndex).toBe(3)
  })

  it('seeks while paused without starting, and leaves the end state when seeking back', () => {
    const { player, clock } = setup()
    player.play()
    player.pause()
    player.seek(7)
    clock.advance(3)
    player.tick()
    expect(player.frame.t).toBe(7)
    expect(player.store.getState()).toMatchObject({
      status: 'paused',
      cueIndex: 2,
      chapterIndex: 1,
    })
    player.seek(50)
    player.seek(1)
    expect(player.store.getState().status).toBe('paused')
    expect(player.store.getState().cueIndex).toBe(0)
  })

  it('restarts from the beginning when played after the end', () => {
    const { player, run } = setup()
    player.play()
    run(13)
    expect(player.store.getState().status).toBe('ended')
    player.play()
    expect(player.frame.t).toBe(0)
    expect(player.store.getState().status).toBe('playing')
  })

  it('jumps to chapters and ignores unknown ones', () => {
    const { player } = setup()
    player.seekToChapter(2)
    expect(player.frame.t).toBe(9.5)
    expect(player.store.getState().chapterIndex).toBe(2)
    player.seekToChapter(7)
    expect(player.frame.t).toBe(9.5)
  })

  it('survives many fast toggles and ends up in the state of the last one', () => {
    const { player, clock } = setup()
    for (let i = 0; i < 101; i++) {
      player.toggle()
      clock.advance(0.01)
      player.tick()
    }
    expect(player.store.getState().status).toBe('playing')
    // time only advanced while playing: 51 of the 101 slices
    expect(player.frame.t).toBeCloseTo(0.51, 6)
  })

  it('handles an empty timeline by ending at once', () => {
    const clock = createManualClock()
    const player = createPlayer({ timeline: createTimeline([], 0), clock })
    expect(player.store.getState().cueIndex).toBe(-1)
    player.play()
    expect(player.store.getState().status).toBe('ended')
    expect(player.frame.cue).toBeUndefined()
  })

  it('plays a single-cue timeline to its end', () => {
    const clock = createManualClock()
    const player = createPlayer({
      timeline: createTimeline([{ at: 0, chapter: 'Only' }], 2),
      clock,
    })
    player.play()
    clock.advance(2.1)
    player.tick()
    expect(player.store.getState()).toMatchObject({ status: 'ended', cueIndex: 0, chapterIndex: 0 })
  })

  it('is before any cue when the first cue starts late', () => {
    const clock = createManualClock()
    const player = createPlayer({ timeline: createTimeline([{ at: 2, chapter: 'A' }], 5), clock })
    expect(player.frame.cue).toBeUndefined()
    expect(player.store.getState().cueIndex).toBe(-1)
    player.play()
    clock.advance(2)
    player.tick()
    expect(player.store.getState().cueIndex).toBe(0)
  })

  it('hands over to a new clock at the same position and play state', () => {
    const { player, clock } = setup()
    player.play()
    clock.advance(5)
    player.tick()
    const silent = createManualClock()
    player.replaceClock(silent)
    expect(clock.isPlaying()).toBe(false)
    expect(silent.now()).toBe(5)
    expect(silent.isPlaying()).toBe(true)
    silent.advance(1.5)
    player.tick()
    expect(player.frame.t).toBe(6.5)
    expect(player.store.getState().cueIndex).toBe(2)
  })
})

describe('jumps', () => {
  it('tells of every jump of the position once the player has settled, and of nothing else', () => {
    const clock = createManualClock()
    const player = createPlayer({
      timeline: createTimeline(
        [
          { at: 0, chapter: 'A' },
          { at: 5, chapter: 'B' },
        ],
        10,
      ),
      clock,
    })
    const seen: string[] = []
    const stop = player.onJump(() =>
      seen.push(`${player.store.getState().status}@${player.frame.t}`),
    )
    player.play()
    clock.advance(6)
    player.tick()
    player.pause()
    expect(seen).toEqual([])
    player.seek(2)
    player.seekToChapter(1)
    player.seek(99)
    player.play()
    expect(seen).toEqual(['paused@2', 'paused@5', 'ended@10', 'playing@0'])
    stop()
    player.seek(3)
    expect(seen).toHaveLength(4)
  })
})
