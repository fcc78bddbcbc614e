import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { ShotId } from '@/content/shots'
import { PULSE_SECONDS } from './highlight'
import type { BodyMoment } from './sceneTypes'

/** How long the camera glides from one shot to the next, seconds of run time. */
export const GLIDE_SECONDS = 2.5

/** What the body shows at one position of a guided run. */
export interface RunView {
  /** The moment in effect (the last one that has begun), or -1 before the first. */
  readonly index: number
  /** The shot the camera glides from, and the one it glides to (the same when it is still). */
  readonly from: ShotId
  readonly to: ShotId
  /** How far the glide has come, eased: 0 at `from`, 1 at `to`. */
  readonly progress: number
  /** The camera is between two shots. */
  readonly gliding: boolean
  readonly focus: readonly RegionId[]
  /** Run time at which these regions began to glow (consecutive moments lighting the same ones count as one). */
  readonly focusStart: number
  /** Seconds the focus has glowed: the highlight's pulse is timed from this. */
  readonly since: number
  readonly therapistHands: readonly RegionId[]
  /** Where the person's own hands rest (null: none shown). */
  readonly placement: HandPlacement | null
}

const none: readonly RegionId[] = []

/** Slow at both ends, like the rest of the app's easing. */
const ease = (x: number) => x * x * (3 - 2 * x)

const sameRegions = (a: readonly RegionId[], b: readonly RegionId[]) =>
  a.length === b.length && a.every((r) => b.includes(r))

const samePlacement = (a: HandPlacement | undefined, b: HandPlacement | undefined) =>
  (a?.left ?? null) === (b?.left ?? null) && (a?.right ?? null) === (b?.right ?? null)

/** The last moment that has begun at `t`, or -1 (binary search; the plan is sorted by `at`). */
function momentAt(plan: readonly BodyMoment[], t: number): number {
  let lo = 0
  let hi = plan.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((plan[mid]?.at ?? Number.POSITIVE_INFINITY) <= t) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The window, in run time, in which the camera glides to the next shot after moment `i`, if any. */
function nextGlide(plan: readonly BodyMoment[], i: number) {
  const here = plan[Math.max(i, 0)]
  if (!here) return null
  let start = Math.max(i, 0)
  while (start > 0 && plan[start - 1]?.shot === here.shot) start--
  let next = Math.max(i, 0) + 1
  while (next < plan.length && plan[next]?.shot === here.shot) next++
  const to = plan[next]
  if (!to) return null
  // The camera reached this shot at its first moment (or was there from the start), and the
  // glide away never begins before that.
  const since = start === 0 ? Number.NEGATIVE_INFINITY : (plan[start]?.at ?? 0)
  return { from: here.shot, to: to.shot, start: Math.max(to.at - GLIDE_SECONDS, since), end: to.at }
}

/**
 * What the body shows at run time `t`: a pure function of the position, so a seek shows the
 * state of that moment at once. The camera arrives at each moment's shot exactly when the moment
 * begins, gliding over the {@link GLIDE_SECONDS} before it (never starting before the previous
 * shot was reached); under reduced motion it cuts at that time. Before the first moment the
 * first shot shows with nothing lit; after the last, the last moment holds.
 */
export function runView(plan: readonly BodyMoment[], t: number, reducedMotion: boolean): RunView {
  const time = Math.max(0, t)
  const i = momentAt(plan, time)
  const moment = plan[i]
  const shot = plan[Math.max(i, 0)]?.shot ?? 'whole-body'
  const glide = reducedMotion ? null : nextGlide(plan, i)
  const raw =
    glide && time >= glide.start && glide.end > glide.start
      ? (time - glide.start) / (glide.end - glide.start)
      : 0
  const focus = moment?.focus ?? none
  let first = i
  while (first > 0 && sameRegions(plan[first - 1]?.focus ?? none, focus)) first--
  const focusStart = plan[first]?.at ?? 0
  return {
    index: i,
    from: shot,
    to: raw > 0 && glide ? glide.to : shot,
    progress: raw > 0 ? ease(Math.min(1, raw)) : 1,
    gliding: raw > 0 && raw < 1,
    focus,
    focusStart,
    since: time - focusStart,
    therapistHands: moment?.therapistHands ?? none,
    placement: moment?.placement ?? null,
  }
}

/** Whether the view at `t` still changes as the run plays: a glide, or a pulse still breathing. */
export function runIsChanging(view: RunView, reducedMotion: boolean): boolean {
  return view.gliding || (!reducedMotion && view.focus.length > 0 && view.since < PULSE_SECONDS)
}

/**
 * The next run time after `t` at which the view begins to change again (a glide starts, or a
 * moment lights other regions or shows other hands), or null when nothing more will change.
 */
export function nextChangeAt(
  plan: readonly BodyMoment[],
  t: number,
  reducedMotion: boolean,
): number | null {
  const time = Math.max(0, t)
  const i = momentAt(plan, time)
  const here = plan[i]
  let next: number | null = null
  for (let j = i + 1; j < plan.length; j++) {
    const m = plan[j]
    if (!m) break
    if (
      m.shot !== (plan[Math.max(i, 0)]?.shot ?? m.shot) ||
      !sameRegions(m.focus, here?.focus ?? none) ||
      !sameRegions(m.therapistHands, here?.therapistHands ?? none) ||
      !samePlacement(m.placement, here?.placement)
    ) {
      next = m.at
      break
    }
  }
  const glide = reducedMotion ? null : nextGlide(plan, i)
  if (glide && glide.start > time && (next === null || glide.start < next)) next = glide.start
  return next
}
