import { createFakeTrack, type FakeTrack } from '@tests/fakes/fakeTrack'
import { describe, expect, it } from 'vitest'
import { createManualClock } from '@/engine/clock'
import { layoutSteps } from '@/engine/run'
import { createNarratedRun, type SoundNote } from './narratedRun'
import type { Soundscape } from './soundscape'
import { createClipVoice, createTrackVoice } from './voice'

/** Two steps: a 3 s clip at 2 s, hold to 10 s; a 4 s clip at 12 s, hold to 20 s. */
function setup(loaded = true) {
  let ms = 0
  const a = createFakeTrack(3, loaded)
  const b = createFakeTrack(4, loaded)
  const voice = createClipVoice(
    [
      { at: 2, duration: 3, track: a },
      { at: 12, duration: 4, track: b },
    ],
    20,
    () => ms,
  )
  /** Wall time passes, and a sounding clip moves with it, as real audio would. */
  const pass = (seconds: number, steps = 1) => {
    for (let i = 0; i < steps; i++) {
      ms += (seconds / steps) * 1000
      for (const t of [a, b]) t.advance(seconds / steps)
      voice.now()
    }
  }
  return { voice, a, b, pass }
}

describe('a clip per step as the clock', () => {
  it('runs silently until a clip is due, then the clip is the clock', () => {
    const { voice, a, pass } = setup()
    voice.play()
    pass(1.5)
    expect(voice.now()).toBeCloseTo(1.5)
    expect(a.isPlaying()).toBe(false)
    pass(0.5)
    expect(a.isPlaying()).toBe(true)
    expect(voice.now()).toBeCloseTo(2)
    a.advance(1.25) // the voice runs a little ahead of the wall clock: the voice wins
    expect(voice.now()).toBeCloseTo(3.25)
  })

  it('after a clip ends, the hold goes on silently from its end until the next clip', () => {
    const { voice, a, b, pass } = setup()
    voice.play()
    pass(2)
    pass(3, 3) // the clip plays to its end
    expect(a.isPlaying()).toBe(false)
    expect(voice.now()).toBeCloseTo(5)
    pass(4)
    expect(voice.now()).toBeCloseTo(9)
    pass(3, 3)
    expect(b.isPlaying()).toBe(true)
    expect(voice.now()).toBeCloseTo(12, 0)
  })

  it('pauses and resumes in a hold and inside a clip', () => {
    const { voice, a, pass } = setup()
    voice.play()
    pass(6)
    voice.pause()
    pass(10)
    expect(voice.now()).toBeCloseTo(6)
    voice.play()
    pass(1)
    expect(voice.now()).toBeCloseTo(7)
    voice.seek(3)
    pass(0.5)
    expect(a.isPlaying()).toBe(true)
    voice.pause()
    expect(a.isPlaying()).toBe(false)
    expect(voice.now()).toBeCloseTo(3.5)
  })

  it('a seek into a clip cues it at that point; a seek into a hold is silent', () => {
    const { voice, a, b, pass } = setup()
    voice.play()
    voice.seek(13)
    expect(b.isPlaying()).toBe(true)
    expect(b.calls).toContain('seek 1')
    pass(1)
    expect(voice.now()).toBeCloseTo(14)
    voice.seek(8)
    expect(b.isPlaying()).toBe(false)
    expect(a.isPlaying()).toBe(false)
    pass(1)
    expect(voice.now()).toBeCloseTo(9)
    expect(voice.isPlaying()).toBe(true)
  })

  it('holds at the start of a clip that has not loaded, and says it is waiting', () => {
    const { voice, a, pass } = setup(false)
    voice.play()
    pass(3)
    expect(voice.waiting()).toBe(true)
    expect(voice.loaded()).toBe(false)
    expect(voice.now()).toBeCloseTo(2, 0)
    pass(2)
    expect(voice.now()).toBeCloseTo(2, 0)
    a.finishLoading()
    a.play()
    expect(voice.waiting()).toBe(false)
    a.advance(1)
    expect(voice.now()).toBeCloseTo(3, 0)
  })

  it('reports a failure of any clip, and releases every clip when done', () => {
    const { voice, a, b } = setup()
    const failures: string[] = []
    voice.onFailure((f) => failures.push(f))
    b.fail('load')
    expect(failures).toEqual(['load'])
    voice.dispose()
    expect(a.calls).toContain('unload')
    expect(b.calls).toContain('unload')
  })
})

describe('a narrated routine', () => {
  const routine = layoutSteps(
    [
      { id: 'settle', title: 'Settle', spokenDuration: 3, hold: 5 },
      { id: 'scalp', title: 'Scalp', spokenDuration: 4, hold: 4 },
    ],
    { leadIn: 2, gap: 2 },
  )
  const quiet = (log: string[]): Soundscape<'pad'> => ({
    setLevels: () => undefined,
    setBed: () => undefined,
    setActive: () => undefined,
    setDucked: () => undefined,
    chime: () => log.push('chime'),
    dispose: () => undefined,
  })

  it('chimes as each step begins and goes on silently from the same place when a clip fails', () => {
    let ms = 0
    const clips = [createFakeTrack(3), createFakeTrack(4)]
    const log: string[] = []
    const notes: SoundNote[] = []
    const silent = createManualClock()
    const run = createNarratedRun({
      run: routine,
      voice: createClipVoice(
        routine.cues.map((s, i) => ({
          at: s.at,
          duration: s.spokenDuration,
          track: clips[i] as FakeTrack,
        })),
        routine.duration,
        () => ms,
      ),
      soundscape: quiet(log),
      levels: { voice: 1, ambient: 0.5, chimes: 0.6 },
      onNote: (n) => notes.push(n),
      nowMs: () => ms,
      silentClock: () => silent,
    })
    run.play()
    for (let i = 0; i < 120; i++) {
      ms += 100
      for (const c of clips) c.advance(0.1)
      run.tick()
    }
    expect(run.player.frame.t).toBeCloseTo(12, 0)
    expect(run.player.store.getState().chapterIndex).toBe(1)
    expect(log).toEqual(['chime', 'chime'])
    clips[1]?.fail('play')
    expect(run.voice()).toBe('silent')
    expect(notes).toEqual(['voice-blocked'])
    expect(silent.now()).toBeCloseTo(12, 0)
    expect(silent.isPlaying()).toBe(true)
  })

  it('the walkthrough track voice says it is loaded when its track is', () => {
    const track = createFakeTrack(10, false)
    const voice = createTrackVoice(track, 10)
    expect(voice.loaded()).toBe(false)
    track.finishLoading()
    expect(voice.loaded()).toBe(true)
  })
})
