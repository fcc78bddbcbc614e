import { beforeEach, describe, expect, it, vi } from 'vitest'

const SOUND_ID = 7

/** A stand-in for howler's Howl that records what the track asks of it. */
const made: FakeHowl[] = []
class FakeHowl {
  calls: string[] = []
  vol = 1
  /** A streamed sound's element, taken from howler's pool as howler 2.2.4 does (undefined: none). */
  node?: HTMLMediaElement
  constructor(readonly options: { preload: boolean; html5: boolean }) {
    made.push(this)
    if (options.html5) this.node = howler._html5AudioPool.pop()
  }
  pos = 0
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
  pause() {
    this.calls.push('pause')
  }
  stop() {
    this.calls.push('stop')
  }
  unload() {
    this.calls.push('unload')
  }
  on() {}
  /** howler's seek(): no argument reads the position; a time moves it. */
  seek(t?: number) {
    if (t === undefined) return this.pos
    this.calls.push(`seek ${t}`)
    this.pos = t
    return this
  }
}
const howler = vi.hoisted(() => ({
  ctx: null,
  usingWebAudio: true,
  _html5AudioPool: [] as HTMLMediaElement[],
}))
vi.mock('howler', () => ({ Howl: FakeHowl, Howler: howler }))

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
    track.unload()
  })

  it('a sound never played nor moved stays put when asked to its start (a seek delays it)', () => {
    const track = createHowlTrack({ src: ['voice.webm'], stream: true })
    const howl = made[0] as FakeHowl
    track.seek(0)
    expect(howl.calls).toEqual([])
    track.seek(12.5)
    track.seek(0)
    expect(howl.calls).toEqual(['seek 12.5', 'seek 0'])
    track.unload()
  })

  it('once played, a seek to the start goes through howler (its next play starts there)', () => {
    const track = createHowlTrack({ src: ['voice.webm'], stream: true })
    const howl = made[0] as FakeHowl
    track.play()
    track.pause()
    howl.calls.length = 0
    track.seek(0)
    expect(howl.calls).toEqual(['seek 0'])
    track.unload()
  })

  it('a streamed sound says it plays when its element starts, and stops listening once unloaded', () => {
    const track = createHowlTrack({ src: ['voice.webm'], stream: true })
    const element = made[0]?.node as HTMLMediaElement
    const heard = vi.fn()
    track.on('play', heard)
    element.dispatchEvent(new Event('playing'))
    expect(heard).toHaveBeenCalledTimes(1)
    track.unload()
    // The element goes back to howler's pool for another sound: this one no longer hears it.
    element.dispatchEvent(new Event('playing'))
    expect(heard).toHaveBeenCalledTimes(1)
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

  it('gives every streamed sound an element, and the first tap unlocks all those not playing', () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {})
    // A routine's clips, all made when it opens, before any tap.
    const clips = [1, 2, 3].map((n) => createHowlTrack({ src: [`clip-${n}.webm`], stream: true }))
    const nodes = made.map((h) => h.node)
    // Each had an element waiting in howler's pool (so howler never probed and warned), its own.
    expect(nodes.every((n) => n instanceof HTMLMediaElement)).toBe(true)
    expect(new Set(nodes).size).toBe(3)
    expect(play).not.toHaveBeenCalled()
    // The tap on Start: every element is started and paused within it, muted, then unmuted.
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(play.mock.contexts).toEqual(nodes)
    expect(pause.mock.contexts).toEqual(nodes)
    expect(nodes.every((n) => n?.muted === false)).toBe(true)
    // Once is enough: later taps leave them be.
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(play).toHaveBeenCalledTimes(3)
    for (const c of clips) c.unload()
    play.mockRestore()
    pause.mockRestore()
  })

  it('leaves alone the element that the tap itself starts', () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {})
    createHowlTrack({ src: ['narration.webm'], stream: true })
    const voice = made.at(-1)?.node as HTMLMediaElement
    const button = document.createElement('button')
    document.body.append(button)
    // The tap on Play starts the voice's element in the button's own handler.
    button.addEventListener('click', () => {
      Object.defineProperty(voice, 'paused', { value: false, configurable: true })
    })
    button.click()
    // Not started and paused again by the unlock after it (that cost a second seek).
    expect(play.mock.contexts).not.toContain(voice)
    expect(pause).not.toHaveBeenCalled()
    button.remove()
    play.mockRestore()
    pause.mockRestore()
  })
})
