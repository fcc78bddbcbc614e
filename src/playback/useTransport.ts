import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'
import type { NarratedRun, SpokenSegment } from '@/sound/narratedRun'
import type { CaptionLine, CaptionPainter } from '@/ui/Caption'
import type { Painter } from '@/ui/Transport'
import { useRunLoop } from './useRunLoop'

/** Seconds the skip buttons, arrow keys and lock-screen skips move. */
export const SKIP_SECONDS = 15

/** Controls that use Space and the arrow keys themselves. */
const KEY_OWNERS = 'button, input, select, textarea, a[href], summary, [role="slider"]'

/**
 * Whether a key press is free for a page-wide shortcut: no modifier, not already handled, no
 * dialog open, and not aimed at a control that uses the key itself (`owners`, a selector; by
 * default every control that uses Space or the arrows).
 */
export function freeKey(e: KeyboardEvent, owners: string = KEY_OWNERS): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return false
  if (document.querySelector('dialog[open]')) return false
  return !(e.target instanceof HTMLElement && e.target.closest(owners))
}

/** Draws from the run's position, seconds, on every tick. */
export type FramePainter = (t: number) => void

/** What the arrow keys do: skip by {@link SKIP_SECONDS}, or go to the previous or next step. */
export type ArrowKeys = 'skip' | 'steps'

/** A segment a run can caption: spoken, with an id and the words to show. */
type Captioned = SpokenSegment & CaptionLine

export interface Transport<S extends Captioned> {
  /**
   * Every control moves the run through here, so the time and the scrubber are repainted at once
   * even when the move stays inside one caption (no re-render) and the run is held (no frames).
   */
  readonly move: (action: (run: NarratedRun<S>) => void) => void
  /** The transport's painter goes here (see `ui/Transport`). */
  readonly painter: RefObject<Painter | null>
  /** The caption's painter goes here (see `ui/Caption`): it is called on every tick. */
  readonly caption: RefObject<CaptionPainter | null>
  /**
   * Anything else drawn from the run's time on every tick (a countdown ring, a breath pacer),
   * through refs, never React state.
   */
  readonly frame: RefObject<FramePainter | null>
  /** Play was pressed and the voice has not started yet. */
  readonly waiting: boolean
}

/**
 * Drives a narrated run's controls: ticks it each frame while it plays, repaints the time once a
 * second, and gives Space (play and pause) and the arrow keys (skip) to the run wherever no
 * control owns those keys and no dialog is open.
 */
export function useTransport<S extends Captioned>(
  run: NarratedRun<S> | null,
  playing: boolean,
  arrows: ArrowKeys = 'skip',
): Transport<S> {
  const painter = useRef<Painter | null>(null)
  const caption = useRef<CaptionPainter | null>(null)
  const frame = useRef<FramePainter | null>(null)
  const lastSecond = useRef(-1)
  const [waiting, setWaiting] = useState(false)
  const paint = useCallback(() => {
    if (!run) return
    // The caption first, straight after the clock was read: it is what the voice is saying.
    caption.current?.(run.player.frame.cue)
    const t = run.player.frame.t
    frame.current?.(t)
    setWaiting(run.waiting())
    const second = Math.floor(t)
    if (second === lastSecond.current) return
    lastSecond.current = second
    painter.current?.(t)
  }, [run])
  useRunLoop(run, playing, paint)
  const move = useCallback(
    (action: (r: NarratedRun<S>) => void) => {
      if (!run) return
      action(run)
      lastSecond.current = -1
      paint()
    },
    [run, paint],
  )
  useEffect(() => {
    paint()
  })

  useEffect(() => {
    if (!run) return
    const onKey = (e: KeyboardEvent) => {
      if (!freeKey(e)) return
      if (e.key === ' ' || e.key === 'k') move((r) => r.toggle())
      else if (e.key === 'ArrowLeft' || e.key === 'j') move((r) => back(r, arrows))
      else if (e.key === 'ArrowRight' || e.key === 'l') move((r) => onward(r, arrows))
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [run, move, arrows])

  return { move, painter, caption, frame, waiting }
}

/** A step back is to the start of this step, or to the one before when it has only just begun. */
export const RESTART_GRACE = 3

/** Back: skip back, or to the start of this step (the step before within its first seconds). */
export function back(run: NarratedRun<SpokenSegment>, arrows: ArrowKeys = 'steps'): void {
  if (arrows === 'skip') {
    run.skip(-SKIP_SECONDS)
    return
  }
  const { chapterIndex } = run.player.store.getState()
  const chapter = run.player.timeline.chapters[chapterIndex]
  const early = !chapter || run.player.frame.t - chapter.at < RESTART_GRACE
  run.seekToChapter(Math.max(0, early ? chapterIndex - 1 : chapterIndex))
}

/** Onward: skip ahead, or to the next step (past the last one, the end). */
export function onward(run: NarratedRun<SpokenSegment>, arrows: ArrowKeys = 'steps'): void {
  if (arrows === 'skip') {
    run.skip(SKIP_SECONDS)
    return
  }
  const { chapterIndex } = run.player.store.getState()
  if (chapterIndex + 1 < run.player.timeline.chapters.length) run.seekToChapter(chapterIndex + 1)
  else run.seek(run.player.timeline.duration)
}
