import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'
import type { NarratedRun, SpokenSegment } from '@/audio/narratedRun'
import type { CaptionLine, CaptionPainter } from '@/ui/Caption'
import type { Painter } from '@/ui/Transport'
import { useRunLoop } from './useRunLoop'

/** Seconds the skip buttons, arrow keys and lock-screen skips move. */
export const SKIP_SECONDS = 15

/** Is this key press aimed at a control that uses the key itself? */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  !!target.closest('button, input, select, textarea, a[href], summary, [role="slider"]')

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
): Transport<S> {
  const painter = useRef<Painter | null>(null)
  const caption = useRef<CaptionPainter | null>(null)
  const lastSecond = useRef(-1)
  const [waiting, setWaiting] = useState(false)
  const paint = useCallback(() => {
    if (!run) return
    // The caption first, straight after the clock was read: it is what the voice is saying.
    caption.current?.(run.player.frame.cue)
    setWaiting(run.waiting())
    const t = run.player.frame.t
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
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || ownsKeys(e.target)) return
      if (document.querySelector('dialog[open]')) return
      if (e.key === ' ' || e.key === 'k') move((r) => r.toggle())
      else if (e.key === 'ArrowLeft' || e.key === 'j') move((r) => r.skip(-SKIP_SECONDS))
      else if (e.key === 'ArrowRight' || e.key === 'l') move((r) => r.skip(SKIP_SECONDS))
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [run, move])

  return { move, painter, caption, waiting }
}
