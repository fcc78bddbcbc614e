import { type RefObject, useEffect, useRef } from 'react'

/** What a caption shows: the line being spoken, by id, or nothing between lines. */
export interface CaptionLine {
  readonly id: string
  readonly caption: string
}

/** Writes the current line into the caption at once, from the run's tick (no React render). */
export type CaptionPainter = (line: CaptionLine | undefined) => void

/**
 * The caption of a narrated run. Its words are written from the same tick that reads the run's
 * clock, so they change with the voice, not after the rest of the page has re-rendered; React
 * only places the empty box.
 */
export function Caption({ painter }: { readonly painter: RefObject<CaptionPainter | null> }) {
  const box = useRef<HTMLParagraphElement>(null)
  const words = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    painter.current = (line) => {
      const p = box.current
      const span = words.current
      if (!p || !span) return
      const id = line?.id ?? ''
      if (p.dataset.cue === id && span.textContent === (line?.caption ?? '')) return
      p.dataset.cue = id
      span.textContent = line?.caption ?? ''
      span.hidden = !line
    }
    return () => {
      painter.current = null
    }
  }, [painter])
  return (
    <p ref={box} className="caption" data-cue="">
      <span ref={words} className="caption-words" hidden />
    </p>
  )
}
