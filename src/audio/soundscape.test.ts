import { createFakeTrack, type FakeTrack } from '@tests/fakes/fakeTrack'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSoundscape, DUCK } from './soundscape'

const levels = { voice: 1, ambient: 0.5, chimes: 0.6 }

function setup(bed: 'pad' | 'waves' | 'none' = 'pad') {
  const made: { src: readonly string[]; track: FakeTrack }[] = []
  const failures: string[] = []
  const scape = createSoundscape({
    beds: { pad: ['pad.mp3'], waves: ['waves.mp3'] },
    chime: ['chime.webm', 'chime.mp3'],
    bed,
    levels,
    makeTrack: (src) => {
      const track = createFakeTrack(40)
      made.push({ src, track })
      return track
    },
    onFailure: (what) => failures.push(what),
  })
  return { scape, made, failures }
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
    const { scape, made } = setup()
    scape.setActive(true)
    scape.setBed('waves')
    expect(made[0]?.track.calls.at(-1), 'the old bed fades out first').toBe('fade 0')
    vi.advanceTimersByTime(1000)
    expect(made[0]?.track.calls).toContain('unload')
    expect(made[1]?.src).toEqual(['waves.mp3'])
    expect(made[1]?.track.isPlaying()).toBe(true)
    scape.setBed('none')
    vi.advanceTimersByTime(1000)
    expect(made[1]?.track.calls).toContain('unload')
    expect(made).toHaveLength(2)
  })

  it('chimes at the chosen loudness, and not at all at zero', () => {
    const { scape, made } = setup('none')
    scape.chime()
    const chime = made[0]?.track
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
