import { createFakeTrack, type FakeTrack } from '@tests/fakes/fakeTrack'
import { silentSoundscape } from '@tests/fakes/silentSoundscape'
import { describe, expect, it } from 'vitest'
import type { WalkthroughCue } from '@/content/walkthrough'
import { createTimeline } from '@/engine/timeline'
import type { RunSignal } from '@/scene/runClock'
import { runTimeAt } from '@/scene/runClock'
import { createNarratedRun } from '@/sound/narratedRun'
import { createTrackVoice } from '@/sound/voice'
import { createGuidedRun, DRIFT_SECONDS } from './guidedRun'

const cue = (id: string, at: number, shot: WalkthroughCue['shot']): WalkthroughCue => ({
  kind: 'cue',
  id,
  at,
  spokenDuration: 3,
  chapter: id,
  spoken: `${id}.`,
  caption: `${id}.`,
  focus: shot === 'head' ? ['cranium'] : [],
  shot,
})
const cues = [cue('one', 1, 'whole-body'), cue('two', 10, 'head'), cue('three', 20, 'neck')]

function setup(loaded = true) {
  const track: FakeTrack = createFakeTrack(30, loaded)
  let wall = 0
  const run = createGuidedRun(
    createNarratedRun({
      run: createTimeline(cues, 30),
      voice: createTrackVoice(track, 30),
      soundscape: silentSoundscape(),
      levels: { voice: 1, ambient: 0.5, chimes: 0.6 },
      onNote: () => undefined,
      nowMs: () => wall,
    }),
    cues.map(({ at, shot, focus }) => ({ at, shot, focus, therapistHands: [] })),
    () => wall,
  )
  const heard: RunSignal[] = []
  run.listen((s) => heard.push(s))
  /** Time passes: the voice moves on, the wall clock with it, and the page's loop ticks. */
  const pass = (seconds: number, voice = seconds) => {
    wall += seconds * 1000
    track.advance(voice)
    run.tick()
  }
  return { run, track, heard, pass }
}

describe('a guided run tells the body', () => {
  it('its plan: one moment per cue, as the page built them', () => {
    const { run } = setup()
    expect(run.plan.map((m) => [m.at, m.shot])).toEqual([
      [1, 'whole-body'],
      [10, 'head'],
      [20, 'neck'],
    ])
  })

  it('when it starts and holds, and each new moment, and nothing while time just passes', () => {
    const { run, heard, pass } = setup()
    run.play()
    expect(heard).toHaveLength(1)
    expect(heard[0]).toMatchObject({ status: 'playing', timebase: { playing: true }, seek: false })
    pass(0.5)
    expect(heard).toHaveLength(1)
    pass(0.6)
    expect(heard.at(-1)).toMatchObject({ moment: 0, seek: false })
    const count = heard.length
    for (let i = 0; i < 50; i++) pass(0.1)
    expect(heard).toHaveLength(count)
    run.pause()
    expect(heard.at(-1)).toMatchObject({ status: 'paused', timebase: { playing: false } })
    expect(heard.at(-1)?.timebase.t).toBeCloseTo(6.1)
  })

  it('seeks as seeks, playing or held, and the start again from the end', () => {
    const { run, heard, pass } = setup()
    run.seek(12)
    expect(heard.at(-1)).toMatchObject({ seek: true, moment: 1, timebase: { t: 12 } })
    run.play()
    expect(heard.at(-1)?.seek).toBe(false)
    run.seekToChapter(2)
    expect(heard.at(-1)).toMatchObject({ seek: true, moment: 2, timebase: { t: 20 } })
    run.skip(-15)
    expect(heard.at(-1)).toMatchObject({ seek: true, timebase: { t: 5 } })
    run.seek(30)
    expect(heard.at(-1)).toMatchObject({ seek: true, status: 'ended' })
    run.play()
    expect(heard.at(-1)).toMatchObject({ seek: true, status: 'playing', timebase: { t: 0 } })
    pass(1)
    expect(heard.at(-1)?.seek).toBe(false)
  })

  it('holds the body while the voice has not started, from what the voice says', () => {
    const { run, track, heard, pass } = setup(false)
    run.play()
    expect(heard.at(-1)).toMatchObject({ status: 'playing', timebase: { playing: false } })
    pass(0.5, 0)
    expect(heard.at(-1)?.timebase.playing).toBe(false)
    track.finishLoading()
    track.play()
    pass(0.1)
    expect(heard.at(-1)).toMatchObject({ timebase: { playing: true }, seek: false })
  })

  it('sends the time again when the voice strays from where the body reckons it is', () => {
    const { run, heard, pass } = setup()
    run.play()
    const count = heard.length
    // The voice runs a little behind the wall clock: within the drift allowed, nothing.
    pass(0.5, 0.5 - DRIFT_SECONDS / 2)
    expect(heard).toHaveLength(count)
    // Then it stalls for a moment (buffering): the body is told where the voice really is.
    pass(0.3, 0)
    const last = heard.at(-1)
    expect(heard).toHaveLength(count + 1)
    expect(last?.seek).toBe(false)
    expect(last && runTimeAt(last.timebase, last.timebase.wallMs)).toBeCloseTo(run.player.frame.t)
  })

  it('stops telling once disposed', () => {
    const { run, heard } = setup()
    run.dispose()
    run.seek(5)
    expect(heard).toHaveLength(0)
  })
})
