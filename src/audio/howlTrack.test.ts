import { beforeEach, describe, expect, it, vi } from 'vitest'

const SOUND_ID = 7

/** A stand-in for howler's Howl that records what the track asks of it. */
const made: FakeHowl[] = []
class FakeHowl {
  calls: string[] = []
  vol = 1
  constructor(readonly options: { preload: boolean }) {
    made.push(this)
  }
  state() {
    return 'loading'
  }
  play() {
    this.calls.push('play')
    return SOUND_ID
  }
  playing() {
    return false
  }
  /** howler's volume(): no argument or a sound's id reads it; a level (and an id) sets it. */
  volume(v?: number, id?: number) {
    if (v === undefined || (v === SOUND_ID && id === undefined)) return this.vol
    this.calls.push(`volume ${v}`)
    this.vol = v
    return this
  }
  fade(from: number, to: number) {
    this.calls.push(`fade ${from}→${to}`)
  }
  stop() {
    this.calls.push('stop')
  }
  unload() {
    this.calls.push('unload')
  }
  on() {}
  seek() {
    return 0
  }
}
vi.mock('howler', () => ({ Howl: FakeHowl, Howler: { ctx: null, usingWebAudio: true } }))

const { createHowlTrack } = await import('./howlTrack')

beforeEach(() => {
  made.length = 0
})

describe('a howler track', () => {
  it('every sound starts loading when it is made, and plays once asked', () => {
    const track = createHowlTrack({ src: ['voice.webm'], stream: true })
    const howl = made[0] as FakeHowl
    expect(howl.options.preload).toBe(true)
    track.play()
    expect(howl.calls).toEqual(['play'])
  })

  it('a fade to the volume it already has just sets it (howler would never end that fade)', () => {
    const track = createHowlTrack({ src: ['bed.mp3'], stream: false, loop: true })
    const howl = made[0] as FakeHowl
    track.play()
    track.fade(0.4, 500)
    expect(howl.calls).toContain('fade 1→0.4')
    howl.vol = 0
    howl.calls.length = 0
    track.fade(0, 500)
    expect(howl.calls).toEqual(['volume 0'])
  })

  it('stops before it unloads, which ends any fade still running', () => {
    const track = createHowlTrack({ src: ['bed.mp3'], stream: false, loop: true })
    track.unload()
    expect((made[0] as FakeHowl).calls).toEqual(['stop', 'unload'])
  })
})
