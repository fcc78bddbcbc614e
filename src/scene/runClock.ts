import type { PlayerStatus } from '@/engine/player'
import { nextChangeAt, type RunView, runIsChanging, runView } from './runView'
import type { BodyMoment, Timebase } from './sceneTypes'

/**
 * What a guided run tells the body, each time it changes in a way the body cannot carry on by
 * itself: it starts, holds, waits (for the voice, or for the person), jumps, moves to a new moment,
 * or its voice strays from where the last timebase said it would be.
 */
export interface RunSignal {
  /** Where the run is, and whether its time advances (false while the voice has not started). */
  readonly timebase: Timebase
  readonly status: PlayerStatus
  /** The plan's moment in effect, or -1 before the first. */
  readonly moment: number
  /** The position jumped (a seek): the camera eases there rather than glide through the story. */
  readonly seek: boolean
}

/** A guided run for the body to follow: what to show when, and the run's signal. */
export interface BodyRun {
  readonly plan: readonly BodyMoment[]
  /** The latest signal. */
  signal(): RunSignal
  /** Calls back with every new signal; returns an unsubscribe. */
  listen(listener: (signal: RunSignal) => void): () => void
}

/** After a jump the camera eases from where it is to the run's state over this long, wall time. */
export const SEEK_EASE_MS = 600

/** Wall time comparable across the page and a worker, ms. */
export const wallNow = () => performance.timeOrigin + performance.now()

/** The run's position at wall time `nowMs`, carried on from a timebase. */
export function runTimeAt(timebase: Timebase, nowMs: number): number {
  const t = timebase.t + (timebase.playing ? (nowMs - timebase.wallMs) / 1000 : 0)
  return Math.max(0, t)
}

/** A run that stays at its start: what the body shows while the real one is getting ready. */
export function heldRun(plan: readonly BodyMoment[]): BodyRun {
  const signal: RunSignal = {
    timebase: { t: 0, playing: false, wallMs: 0 },
    status: 'idle',
    moment: (plan[0]?.at ?? 1) <= 0 ? 0 : -1,
    seek: false,
  }
  return { plan, signal: () => signal, listen: () => () => undefined }
}

/** What the scene draws of the run in one frame. */
export interface RunFrame {
  readonly t: number
  readonly view: RunView
  /** Counts jumps; the camera eases from where it is after each. */
  readonly jumps: number
  /** How far the ease after the latest jump has come, 0 to 1 (1: no ease under way). */
  readonly settle: number
  /** The picture still changes: draw another frame. */
  readonly changing: boolean
  /** When nothing changes now, how long until something will (ms), or null. */
  readonly wakeInMs: number | null
}

/** The scene's side of a guided run: the plan, the latest timebase, and the jumps between them. */
export interface SceneRun {
  /** What to show when; null while the scene follows no run. */
  plan: readonly BodyMoment[] | null
  /** Takes a new timebase; after a jump (`seek`) the camera eases from where it is. */
  setTimebase(timebase: Timebase, nowMs: number, seek: boolean): void
  /** The run as it is at wall time `nowMs`. */
  frame(nowMs: number, reducedMotion: boolean): RunFrame
}

/** Creates the scene's side of a guided run, held at its start until a timebase arrives. */
export function createSceneRun(plan: readonly BodyMoment[] | null): SceneRun {
  let timebase: Timebase | null = null
  let jumps = 0
  let jumpedAt = Number.NEGATIVE_INFINITY
  const run: SceneRun = {
    plan,
    setTimebase(next, nowMs, seek) {
      timebase = next
      if (seek) {
        jumps++
        jumpedAt = nowMs
      }
    },
    frame(nowMs, reducedMotion) {
      const playing = timebase?.playing ?? false
      const t = timebase ? runTimeAt(timebase, nowMs) : 0
      const view = runView(run.plan ?? [], t, reducedMotion)
      const settle = reducedMotion ? 1 : Math.min(1, (nowMs - jumpedAt) / SEEK_EASE_MS)
      const changing = settle < 1 || (playing && runIsChanging(view, reducedMotion))
      const next = playing && !changing ? nextChangeAt(run.plan ?? [], t, reducedMotion) : null
      return {
        t,
        view,
        jumps,
        settle,
        changing,
        wakeInMs: next === null ? null : (next - t) * 1000,
      }
    },
  }
  return run
}
