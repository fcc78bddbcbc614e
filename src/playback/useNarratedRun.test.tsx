import { act, renderHook } from '@testing-library/react'
import { createFakeTrack } from '@tests/fakes/fakeTrack'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Soundscape } from '@/audio/soundscape'
import { createTrackVoice } from '@/audio/voice'
import type { WalkthroughCue } from '@/content/walkthrough'
import { createTimeline } from '@/session/timeline'
import { useNarratedRun, VOICE_FETCH_DELAY_MS } from './useNarratedRun'

// The beds and chime are howler sounds; these tests are about the voice.
const warmed = vi.fn()
vi.mock('@/audio/howlVoices', () => ({
  ambientSoundscape: (): Soundscape<string> => ({
    setLevels() {},
    setBed() {},
    setActive() {},
    setDucked() {},
    chime() {},
    dispose() {},
  }),
}))
vi.mock('@/audio/soundscape', async (original) => {
  const real = await original<typeof import('@/audio/soundscape')>()
  return {
    ...real,
    deferredSoundscape: <B extends string>(
      ...args: Parameters<typeof real.deferredSoundscape<B>>
    ) => {
      const scape = real.deferredSoundscape<B>(...args)
      return { ...scape, warm: warmed }
    },
  }
})

const cue: WalkthroughCue = {
  kind: 'cue',
  id: 'a',
  at: 1,
  spokenDuration: 3,
  chapter: 'One',
  spoken: 'A.',
  caption: 'A.',
  focus: [],
  shot: 'whole-body',
}
const timeline = createTimeline([cue], 30)
const ambient = {
  beds: { 'warm-pad': { file: 'audio/pad.mp3' }, 'slow-waves': { file: 'audio/waves.mp3' } },
  chime: { webm: 'audio/chime.webm', mp3: 'audio/chime.mp3' },
}

function renderRun() {
  const track = createFakeTrack(30, false)
  const makeVoice = () => createTrackVoice(track, 30)
  const hook = renderHook(() => useNarratedRun(timeline, makeVoice, ambient, () => {}))
  // The run itself is made when the page is first idle: step to that moment.
  for (let ms = 0; ms < 2000 && !hook.result.current; ms += 10) {
    act(() => {
      vi.advanceTimersByTime(10)
    })
  }
  expect(hook.result.current).not.toBeNull()
  return { track, hook }
}

describe('useNarratedRun: when a voice made to wait is fetched', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    warmed.mockClear()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('not while the page is starting, but once it has settled', () => {
    const { track, hook } = renderRun()
    expect(track.calls).not.toContain('prepare')
    act(() => {
      vi.advanceTimersByTime(VOICE_FETCH_DELAY_MS - 100)
    })
    expect(track.calls).not.toContain('prepare')
    act(() => {
      vi.advanceTimersByTime(2500)
    })
    expect(track.calls).toContain('prepare')
    hook.unmount()
  })

  it('at once when the person first touches the page or presses a key', () => {
    const { track, hook } = renderRun()
    act(() => {
      window.dispatchEvent(new Event('pointerdown'))
    })
    expect(track.calls).toContain('prepare')
    expect(warmed).toHaveBeenCalled()
    hook.unmount()
  })

  it('never, when the page is left before it settles', () => {
    const { track, hook } = renderRun()
    hook.unmount()
    act(() => {
      vi.advanceTimersByTime(10_000)
    })
    expect(track.calls).not.toContain('prepare')
  })
})
