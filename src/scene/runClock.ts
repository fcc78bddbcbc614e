import { nextChangeAt, type RunView, runIsChanging, runView } from './runView'
import type { BodyMoment, Timebase } from './sceneTypes'

/** Where the run is now (seconds) and whether its time is advancing. */
export interface RunReading {
  readonly t: number
  readonly playing: boolean
}

/** The run's time as the page knows it. */
export interface RunTiming {
  /** Where the run is now (seconds) and whether its time is advancing. */
  read(): RunReading
  /** Calls back when the run starts, holds, jumps (seek) or moves to a new cue; returns an unsubscribe. */
  subscribe(onChange: () => void): () => void
}

/** A guided run for the body to follow: what to show when, and the run's time. */
export interface BodyRun {
  readonly plan: readonly BodyMoment[]
  readonly timing: RunTiming
}

/** A position that moves by more than this against the scene's own reckoning is a jump (a seek). */
export const JUMP_SECONDS = 0.25
/** After a jump the camera eases from where it is to the run's state over this long, wall time. */
export const SEEK_EASE_MS = 600
/** While the run plays, the page re-reads its time this often, to catch a late or stalled voice. */
export const FOLLOW_MS = 250
/** A playing run's position this far from what the scene reckons is sent again. */
const DRIFT_SECONDS = 0.1

/** Wall time comparable across the page and a worker, ms. */
export const wallNow = () => performance.timeOrigin + performance.now()

/** The run's position at wall time `nowMs`, carried on from a timebase. */
export function runTimeAt(timebase: Timebase, nowMs: number): number {
  const t = timebase.t + (timebase.playing ? (nowMs - timebase.wallMs) / 1000 : 0)
  return Math.max(0, t)
}

/**
 * The timebase the page should send the scene now, or null when the scene's own reckoning is
 * still right. `previousT` is the position at the previous look (null when the run has just
 * changed): a playing run whose position has not moved since is stalled (a voice still
 * loading or buffering), and the scene holds rather than run ahead of it.
 */
export function nextTimebase(
  sent: Timebase | null,
  reading: RunReading,
  previousT: number | null,
  nowMs: number,
): Timebase | null {
  const stalled = reading.playing && previousT !== null && reading.t === previousT
  const next = { t: reading.t, playing: reading.playing && !stalled, wallMs: nowMs }
  if (!sent || previousT === null || sent.playing !== next.playing) return next
  if (next.playing && Math.abs(runTimeAt(sent, nowMs) - reading.t) > DRIFT_SECONDS) return next
  return null
}

/**
 * Keeps the scene in step with a run: sends a timebase whenever the run changes (start, hold,
 * seek, new cue) and, while it plays, checks a few times a second that the scene's reckoning
 * still holds. Returns a function that stops following.
 */
export function followRun(
  timing: RunTiming,
  send: (timebase: Timebase) => void,
  nowMs: () => number = wallNow,
): () => void {
  let sent: Timebase | null = null
  let previousT: number | null = null
  let timer: ReturnType<typeof setInterval> | undefined
  const look = (changed: boolean) => {
    const reading = timing.read()
    const next = nextTimebase(sent, reading, changed ? null : previousT, nowMs())
    previousT = reading.t
    if (next) {
      sent = next
      send(next)
    }
    if (reading.playing && timer === undefined) timer = setInterval(() => look(false), FOLLOW_MS)
    if (!reading.playing && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  }
  const unsubscribe = timing.subscribe(() => look(true))
  look(true)
  return () => {
    unsubscribe()
    clearInterval(timer)
  }
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
  /** Takes a new timebase; returns whether it was a jump. */
  setTimebase(timebase: Timebase, nowMs: number): boolean
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
    setTimebase(next, nowMs) {
      const jumped =
        timebase !== null &&
        Math.abs(runTimeAt(next, nowMs) - runTimeAt(timebase, nowMs)) > JUMP_SECONDS
      timebase = next
      if (jumped) {
        jumps++
        jumpedAt = nowMs
      }
      return jumped
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
