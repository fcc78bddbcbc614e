import { type BodyRun, type RunSignal, runTimeAt, wallNow } from '@/scene/runClock'
import type { BodyMoment } from '@/scene/sceneTypes'
import type { NarratedRun, SpokenSegment } from '@/sound/narratedRun'

/**
 * A playing run's position this far from where its last timebase carries it is sent again (a
 * voice that sounded a moment after it said it had started, or slipped while buffering). The
 * narration's clock reads within about 12 ms of a steady line in Chromium, so this is never noise,
 * and the camera is never more than a frame or two from the voice.
 */
export const DRIFT_SECONDS = 0.03

/**
 * A guided run: a narrated run (its voice, controls and player) that also tells the body what to
 * show. It is the one thing a page hands the body (`BodyView`'s `run`): the plan (one moment per
 * cue or step) and a signal that changes only when the body could not know by itself.
 */
export interface GuidedRun<S extends SpokenSegment> extends NarratedRun<S>, BodyRun {}

/**
 * Wraps a narrated run as a guided run. Every control and every tick of the page's one frame loop
 * goes through it; after each it tells the body if anything changed: a start, a hold, a wait
 * (for the voice or the person), a jump, a new moment, or a voice that strayed. Nothing is
 * guessed: whether the voice is sounding is asked of the voice, and jumps come from the player.
 *
 * @param plan - what the body shows from each cue or step on: one moment per cue of the narrated
 *   run, in order, with the same `at`. The caller builds it, so the body's held run before this one
 *   is ready and this one share the one plan.
 * @param nowMs - wall time comparable across threads; injectable for tests.
 */
export function createGuidedRun<S extends SpokenSegment>(
  narrated: NarratedRun<S>,
  plan: readonly BodyMoment[],
  nowMs: () => number = wallNow,
): GuidedRun<S> {
  const { player } = narrated
  const listeners = new Set<(signal: RunSignal) => void>()
  const read = (seek: boolean): RunSignal => {
    const { status, cueIndex } = player.store.getState()
    return {
      timebase: {
        t: player.frame.t,
        playing: status === 'playing' && !narrated.waiting(),
        wallMs: nowMs(),
      },
      status,
      moment: cueIndex,
      seek,
    }
  }
  let last = read(false)
  let jumped = false
  const stopJumps = player.onJump(() => {
    jumped = true
  })

  /** Whether `next` says something the body cannot work out from `last`. */
  const news = (next: RunSignal) => {
    const a = last.timebase
    const b = next.timebase
    if (next.seek || next.status !== last.status || next.moment !== last.moment) return true
    if (a.playing !== b.playing) return true
    if (!b.playing) return a.t !== b.t
    return Math.abs(runTimeAt(a, b.wallMs) - b.t) > DRIFT_SECONDS
  }
  const publish = () => {
    const next = read(jumped)
    jumped = false
    if (!news(next)) return
    last = next
    for (const listener of [...listeners]) listener(next)
  }
  const then =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      action(...args)
      publish()
    }

  return {
    ...narrated,
    plan,
    tick: then(narrated.tick),
    play: then(narrated.play),
    pause: then(narrated.pause),
    toggle: then(narrated.toggle),
    seek: then(narrated.seek),
    skip: then(narrated.skip),
    seekToChapter: then(narrated.seekToChapter),
    signal: () => last,
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      stopJumps()
      listeners.clear()
      narrated.dispose()
    },
  }
}
