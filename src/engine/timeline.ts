/** The minimum a timed cue needs: when it starts and which chapter it belongs to. */
export interface TimedCue {
  /** Start time in seconds from the beginning of the track. */
  readonly at: number
  /** Title of the chapter this cue belongs to. Consecutive cues with one title form a chapter. */
  readonly chapter: string
}

/** A run of consecutive cues sharing a chapter title. */
export interface Chapter {
  readonly title: string
  /** Start time in seconds (the start of its first cue). */
  readonly at: number
  /** End time in seconds (the next chapter's start, or the track's end). */
  readonly end: number
  /** Index of the chapter's first cue. */
  readonly firstCue: number
}

/** Cues on a track of known length, with the chapters derived from them. */
export interface Timeline<C extends TimedCue> {
  readonly cues: readonly C[]
  readonly duration: number
  readonly chapters: readonly Chapter[]
}

/** Thrown when cues cannot form a timeline (unsorted, outside the track, or a bad duration). */
export class TimelineError extends Error {
  override name = 'TimelineError'
}

/**
 * Builds a timeline, checking that cues are sorted and lie inside `[0, duration)`.
 *
 * @throws {@link TimelineError} when the cues or the duration are not usable.
 */
export function createTimeline<C extends TimedCue>(
  cues: readonly C[],
  duration: number,
): Timeline<C> {
  if (!Number.isFinite(duration) || duration < 0) {
    throw new TimelineError(`Track duration must be a finite number of seconds, got ${duration}`)
  }
  let previous = Number.NEGATIVE_INFINITY
  cues.forEach((cue, i) => {
    if (!Number.isFinite(cue.at) || cue.at < 0 || cue.at >= duration) {
      throw new TimelineError(`Cue ${i} starts at ${cue.at}s, outside the ${duration}s track`)
    }
    if (cue.at < previous) {
      throw new TimelineError(`Cue ${i} starts at ${cue.at}s, before the cue ahead of it`)
    }
    previous = cue.at
  })
  return { cues, duration, chapters: deriveChapters(cues, duration) }
}

function deriveChapters(cues: readonly TimedCue[], duration: number): Chapter[] {
  const chapters: Chapter[] = []
  cues.forEach((cue, i) => {
    const last = chapters[chapters.length - 1]
    if (last && last.title === cue.chapter) return
    if (last) chapters[chapters.length - 1] = { ...last, end: cue.at }
    chapters.push({ title: cue.chapter, at: cue.at, end: duration, firstCue: i })
  })
  return chapters
}

/**
 * Index of the last item whose `at` is at or before `t` (binary search), or -1 when `t` is before
 * the first item. A cue is active from its own start up to the next cue's start; the same holds
 * for chapters, which also carry `at`.
 */
export function activeIndex(items: readonly { readonly at: number }[], t: number): number {
  let lo = 0
  let hi = items.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const item = items[mid]
    if (item !== undefined && item.at <= t) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}

/** Clamps `t` into the track: NaN and negatives become 0, anything past the end becomes the end. */
export function clampTime(t: number, duration: number): number {
  if (Number.isNaN(t) || t < 0) return 0
  return Math.min(t, duration)
}
