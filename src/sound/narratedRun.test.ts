import { createFakeTrack } from '@tests/fakes/fakeTrack'
import { describe, expect, it } from 'vitest'
import type { Walkthrough } from '@/content/walkthrough'
import { createManualClock, type ManualClock } from '@/engine/clock'
import { createTimeline } from '@/engine/timeline'
import { BLOCKED_MS, createNarratedRun, LOAD_GIVE_UP_MS, type SoundNote } from './narratedRun'
import type { Soundscape } from './soundscape'
import { createTrackVoice } from './voice'

const walkthrough: Walkthrough = {
  id: 'test',
  title: 'Test',
  duration: 30,
  cues: [
    {
      kind: 'cue',
      id: 'a',
      at: 1,
      spokenDuration: 3,
      chapter: 'One',
      spoken: 'A.',
      caption: 'A.',
      focus: [],
      shot: 'whole-body',
    },
    {
      kind: 'cue',
      id: 'b',
      at: 10,
      spokenDuration: 3,
      chapter: 'Two',
      spoken: 'B.',
      caption: 'B.',
      focus: ['cranium'],
      shot: 'head',
    },
    {
      kind: 'cue',
      id: 'c',
      at: 20,
      spokenDuration: 3,
      chapter: 'Three',
      spoken: 'C.',
      caption: 'C.',
      focus: ['sacrum'],
      shot: 'sacrum',
    },
  ],
}

function fakeScape() {
  const log: string[] = []
  const scape: Soundscape<'pad'> = {
    setLevels: () => log.push('levels'),
    setBed: () => log.push('bed'),
    setActive: (a) => log.push(a ? 'active' : 'inactive'),
    setDucked: (d) => log.push(d ? 'duck' : 'unduck'),
    chime: () => log.push('chime'),
    dispose: () => log.push('dispose'),
  }
  return { scape, log }
}

function setup(loaded = true) {
  const track = createFakeTrack(30, loaded)
  const { scape, log } = fakeScape()
  const notes: SoundNote[] = []
  let ms = 0
  let silent: ManualClock | null = null
  const session = createNarratedRun({
    run: createTimeline(walkthrough.cues, walkthrough.duration),
    voice: createTrackVoice(track, walkthrough.duration),
    soundscape: scape,
    levels: { voice: 1, ambient: 0.5, chimes: 0.6 },
    onNote: (n) => notes.push(n),
    nowMs: () => ms,
    silentClock: () => {
      silent = createManualClock()
      return silent
    },
  })
  const wait = (msMore: number) => {
    ms += msMore
  }
  return { session, track, log, notes, wait, silent: () => silent }
}

const state = (s: ReturnType<typeof setup>['session']) => s.player.store.getState()

describe('a walkthrough run', () => {
  it('follows the voice: captions and chapters move when the narration moves', () => {
    const { session, track } = setup()
    session.play()
    track.advance(10.5)
    session.tick()
    expect(session.player.frame.cue?.id).toBe('b')
    expect(state(session).chapterIndex).toBe(1)
    expect(session.voice()).toBe('audio')
  })

  it('ducks the bed while the voice speaks, and lifts it in the silences', () => {
    const { session, track, log } = setup()
    session.play()
    track.advance(2)
    session.tick()
    expect(log.at(-1)).toBe('duck')
    track.advance(3)
    session.tick()
    expect(log.at(-1)).toBe('unduck')
  })

  it('chimes when the story reaches a new chapter, not when someone jumps', () => {
    const { session, track, log, wait } = setup()
    const chimes = () => log.filter((l) => l === 'chime').length
    session.play()
    wait(1000)
    track.advance(2)
    session.tick()
    expect(chimes(), 'the first chapter opens with a chime').toBe(1)
    track.advance(8.5)
    session.tick()
    expect(chimes()).toBe(2)
    session.seekToChapter(2)
    session.tick()
    expect(chimes(), 'a jump is not the story moving on').toBe(2)
  })

  it('starts the bed once the voice sounds, not on the press (so making it never delays the voice)', () => {
    const { session, track, log } = setup(false)
    session.play()
    session.tick()
    expect(log, 'nothing of the bed while the voice is still on its way').not.toContain('active')
    track.finishLoading()
    // howler plays a sound asked for while it loaded as soon as it has.
    track.play()
    session.tick()
    expect(log).toContain('active')
  })

  it('fades the bed with play and pause', () => {
    const { session, log } = setup()
    session.play()
    expect(log).toContain('active')
    session.pause()
    expect(log.at(-1)).toBe('inactive')
  })

  it('carries on silently, at the same place, when the narration fails to load', () => {
    const { session, track, notes, silent } = setup()
    session.play()
    track.advance(12)
    session.tick()
    track.fail('load')
    expect(notes).toEqual(['voice-failed'])
    expect(session.voice()).toBe('silent')
    expect(track.calls).toContain('unload')
    silent()?.advance(9)
    session.tick()
    expect(session.player.frame.t).toBeCloseTo(21)
    expect(session.player.frame.cue?.id).toBe('c')
    expect(state(session).status).toBe('playing')
  })

  it('carries on silently when the browser blocks sound', () => {
    const { session, notes, wait, track } = setup()
    // Loaded, asked to play, but no sound starts (as when autoplay is refused).
    track.play = () => undefined
    session.play()
    wait(BLOCKED_MS - 100)
    session.tick()
    expect(notes).toEqual([])
    expect(session.waiting()).toBe(true)
    wait(200)
    session.tick()
    expect(notes).toEqual(['voice-blocked'])
    expect(state(session).status).toBe('playing')
  })

  it('gives up waiting for a narration that never loads', () => {
    const { session, notes, wait } = setup(false)
    session.play()
    wait(LOAD_GIVE_UP_MS + 1)
    session.tick()
    expect(notes).toEqual(['voice-failed'])
  })

  it('survives many quick taps on play and pause', () => {
    const { session, track } = setup()
    for (let i = 0; i < 51; i++) session.toggle()
    expect(state(session).status).toBe('playing')
    track.advance(2)
    session.tick()
    expect(session.player.frame.t).toBeCloseTo(2)
  })

  it('seeks while paused, skips by 15 s, and ends cleanly past the end', () => {
    const { session } = setup()
    session.seek(12)
    expect(state(session).status).toBe('idle')
    expect(session.player.frame.cue?.id).toBe('b')
    session.skip(15)
    expect(session.player.frame.t).toBeCloseTo(27)
    session.skip(15)
    expect(state(session).status).toBe('ended')
    session.play()
    expect(session.player.frame.t).toBe(0)
  })
})
