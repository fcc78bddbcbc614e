import { createFakeTrack } from '@tests/fakes/fakeTrack'
import { describe, expect, it } from 'vitest'
import { createAudioClock } from './audioClock'

describe('the audio clock', () => {
  it('tells the narration’s own position, and only moves while the audio plays', () => {
    const track = createFakeTrack(60)
    const clock = createAudioClock(track, 60)
    expect(clock.now()).toBe(0)
    clock.play()
    track.advance(2.5)
    expect(clock.now()).toBeCloseTo(2.5)
    clock.pause()
    track.advance(5)
    expect(clock.now()).toBeCloseTo(2.5)
    expect(clock.isPlaying()).toBe(false)
  })

  it('is waiting between the press and the first sound', () => {
    const track = createFakeTrack(60, false)
    const clock = createAudioClock(track, 60)
    clock.play()
    expect(clock.waiting()).toBe(true)
    expect(clock.isPlaying()).toBe(true)
    expect(clock.now()).toBe(0)
    track.finishLoading()
    track.play()
    expect(clock.waiting()).toBe(false)
  })

  it('keeps a seek made before loading and applies it once loaded', () => {
    const track = createFakeTrack(60, false)
    const clock = createAudioClock(track, 60)
    clock.seek(42)
    expect(clock.now()).toBe(42)
    track.finishLoading()
    expect(track.calls).toContain('seek 42')
    expect(clock.now()).toBe(42)
  })

  it('a play before loading cues the held position, then plays (no jump)', () => {
    const track = createFakeTrack(60, false)
    const clock = createAudioClock(track, 60)
    clock.seek(42)
    clock.play()
    // howler keeps a seek and a play made while loading, in order, for once it has loaded.
    expect(track.calls).toEqual(['seek 42', 'play'])
    track.finishLoading()
    expect(
      track.calls.filter((c) => c.startsWith('seek')),
      'no second seek once playing',
    ).toEqual(['seek 42'])
  })

  it('never reads earlier than where the voice was started or moved to, when the audio reports a hair before it', () => {
    const track = createFakeTrack(60)
    const clock = createAudioClock(track, 60)
    clock.seek(30)
    clock.play()
    track.slip(-0.012)
    expect(clock.now(), 'started from a chapter at 30 s').toBe(30)
    track.advance(0.5)
    expect(clock.now()).toBeCloseTo(30.488, 3)
    clock.seek(10)
    track.slip(-0.02)
    expect(clock.now(), 'moved back to 10 s while playing').toBe(10)
    clock.pause()
    expect(clock.now()).toBe(10)
  })

  it('holds at the end once the audio ends, instead of jumping back to 0', () => {
    const track = createFakeTrack(10)
    const clock = createAudioClock(track, 10)
    clock.play()
    track.advance(11)
    expect(clock.now()).toBe(10)
    expect(clock.isPlaying()).toBe(false)
    clock.seek(3)
    expect(clock.now()).toBe(3)
  })

  it('treats a seek to the end as the end, without asking the audio to seek there', () => {
    const track = createFakeTrack(10)
    const clock = createAudioClock(track, 10)
    clock.play()
    clock.seek(10)
    expect(clock.now()).toBe(10)
    expect(track.calls).not.toContain('seek 10')
    expect(track.isPlaying()).toBe(false)
  })

  it('releases the audio when disposed', () => {
    const track = createFakeTrack(10)
    createAudioClock(track, 10).dispose()
    expect(track.calls).toContain('unload')
  })
})
