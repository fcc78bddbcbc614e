import { createFakeTrack, type FakeTrack } from '@tests/fakes/fakeTrack'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSoundscape, DUCK, deferredSoundscape } from './soundscape'

const levels = { voice: 1, ambient: 0.5, chimes: 0.6 }

function setup(bed: 'pad' | 'waves' | 'none' = 'pad', chimeLoaded = true) {
  const made: { src: readonly string[]; track: FakeTrack }[] = []
  const failures: string[] = []
  const scape = createSoundscape({
    beds: { pad: ['pad.mp3'], waves: ['waves.mp3'] },
    chime: ['chime.webm', 'chime.mp3'],
    bed,
    levels,
    makeTrack: (src) => {
      const track = createFakeTrack(40, chimeLoaded || !src[0]?.startsWith('chime'))
      made.push({ src, track })
      return track
    },
    onFailure: (what) => failures.push(what),
  })
  const byFile = (file: string) => made.filter((m) => m.src.includes(file)).map((m) => m.track)
  return { scape, made, failures, byFile }
}

describe('the soundscape', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fades the bed in when the walkthrough plays and out (then holds it) when it stops', () => {
    const { scape, made } = setup()
    const bed = made[0]?.track
    if (!bed) throw new Error('no bed')
    expect(bed.volume()).toBe(0)
    scape.setActive(true)
    expect(bed.isPlaying()).toBe(true)
    expect(bed.volume()).toBe(0.5)
    scape.setActive(false)
    expect(bed.calls.at(-1)).toBe('fade 0')
    expect(bed.isPlaying(), 'still fading out').toBe(true)
    vi.advanceTimersByTime(2000)
    expect(bed.isPlaying()).toBe(false)
  })

  it('steps the bed down under the voice and back up after', () => {
    const { scape, made } = setup()
    const bed = made[0]?.track
    scape.setActive(true)
    scape.setDucked(true)
    expect(bed?.volume()).toBeCloseTo(0.5 * DUCK)
    scape.setDucked(false)
    expect(bed?.volume()).toBeCloseTo(0.5)
  })

  it('switches beds, or plays none', () => {
    const { scape, byFile } = setup()
    scape.setActive(true)
    scape.setBed('waves')
    const [pad] = byFile('pad.mp3')
    expect(pad?.calls.at(-1), 'the old bed fades out first').toBe('fade 0')
    vi.advanceTimersByTime(1000)
    expect(pad?.calls).toContain('unload')
    const [waves] = byFile('waves.mp3')
    expect(waves?.isPlaying()).toBe(true)
    scape.setBed('none')
    vi.advanceTimersByTime(1000)
    expect(waves?.calls).toContain('unload')
    expect(byFile('pad.mp3').length + byFile('waves.mp3').length).toBe(2)
  })

  it('loads the chime at once, and skips a chime that is not ready rather than sound it late', () => {
    const { scape, byFile } = setup('none', false)
    const [chime] = byFile('chime.mp3')
    expect(chime, 'loading before the first chime is asked for').toBeTruthy()
    scape.chime()
    expect(chime?.isPlaying()).toBe(false)
  })

  it('chimes at the chosen loudness, and not at all at zero', () => {
    const { scape, byFile } = setup('none')
    scape.chime()
    const [chime] = byFile('chime.mp3')
    expect(chime?.volume()).toBe(0.6)
    expect(chime?.isPlaying()).toBe(true)
    scape.setLevels({ ...levels, chimes: 0 })
    chime?.pause()
    scape.chime()
    expect(chime?.isPlaying()).toBe(false)
  })

  it('fades the bed out before releasing it when the page goes', () => {
    const { scape, made } = setup()
    const bed = made[0]?.track
    scape.setActive(true)
    scape.dispose()
    expect(bed?.calls.at(-1)).toBe('fade 0')
    expect(bed?.calls).not.toContain('unload')
    vi.advanceTimersByTime(1000)
    expect(bed?.calls).toContain('unload')
  })

  it('reports a bed that fails, so the page can say so', () => {
    const { made, failures } = setup()
    made[0]?.track.fail('load')
    expect(failures).toEqual(['bed'])
  })
})

describe('deferredSoundscape', () => {
  const fake = () => {
    const calls: string[] = []
    const scape = {
      setLevels: () => calls.push('levels'),
      setBed: (b: string) => calls.push(`bed ${b}`),
      setActive: (a: boolean) => calls.push(`active ${a}`),
      setDucked: (d: boolean) => calls.push(`ducked ${d}`),
      chime: () => calls.push('chime'),
      dispose: () => calls.push('dispose'),
    }
    return { calls, scape }
  }
  it('makes nothing until the run plays, then makes it with the latest bed and levels', () => {
    const { calls, scape } = fake()
    const make = vi.fn(() => scape)
    const d = deferredSoundscape<'warm-pad' | 'slow-waves'>(make, 'warm-pad', levels)
    d.setLevels({ ...levels, ambient: 0.2 })
    d.setBed('slow-waves')
    d.setActive(false)
    d.setDucked(true)
    expect(make).not.toHaveBeenCalled()
    d.setActive(true)
    expect(make).toHaveBeenCalledWith('slow-waves', { ...levels, ambient: 0.2 })
    expect(calls).toEqual(['ducked true', 'active true'])
    d.chime()
    expect(make).toHaveBeenCalledTimes(1)
  })

  it('a first touch warms it; after dispose nothing is made', () => {
    const { scape } = fake()
    const make = vi.fn(() => scape)
    const d = deferredSoundscape(make, 'none', levels)
    d.warm()
    expect(make).toHaveBeenCalledTimes(1)
    const later = vi.fn(() => scape)
    const gone = deferredSoundscape(later, 'none', levels)
    gone.dispose()
    gone.chime()
    gone.warm()
    expect(later).not.toHaveBeenCalled()
  })
})
