import type { ReactNode, RefObject } from 'react'
import { useEffect, useRef } from 'react'
import { clockTime, spokenTime } from '@/lib/time'
import { Icon } from './Icon'
import './playback.css'

/** Writes a new position into the transport without a React render (once a second at most). */
export type Painter = (t: number) => void

export interface TransportProps {
  /** What the scrubber moves through, for its accessible name. */
  readonly label: string
  readonly duration: number
  /** Chapter starts, seconds, drawn as marks on the scrubber. */
  readonly marks: readonly number[]
  readonly playing: boolean
  /** No run yet (still starting): the controls show but do nothing. */
  readonly disabled: boolean
  readonly skipSeconds: number
  /** The transport puts its painter here; the run's loop calls it as time passes. */
  readonly painter: RefObject<Painter | null>
  readonly onToggle: () => void
  readonly onSkip: (seconds: number) => void
  readonly onSeek: (t: number) => void
  /** One calm line under the buttons: where the run is, or what it waits for. */
  readonly status: string
  /** The status line's id: the play button is described by it. */
  readonly statusId: string
  /** More buttons beside the transport's own (for example, captions). */
  readonly children?: ReactNode
}

/**
 * Play and pause, skip, a scrubber with chapter marks, and the time: the same controls for every
 * guided run. The time and the scrubber are painted through refs, never through React state.
 */
export function Transport(p: TransportProps) {
  const { duration, painter } = p
  const elapsed = useRef<HTMLSpanElement>(null)
  const remaining = useRef<HTMLSpanElement>(null)
  const scrub = useRef<HTMLInputElement>(null)
  const dragging = useRef(false)
  useEffect(() => {
    painter.current = (t) => {
      if (elapsed.current) elapsed.current.textContent = clockTime(t)
      if (remaining.current) remaining.current.textContent = `−${clockTime(duration - t)}`
      const input = scrub.current
      if (input && !dragging.current) {
        input.value = String(Math.floor(t))
        input.setAttribute('aria-valuetext', `${spokenTime(t)} of ${spokenTime(duration)}`)
      }
    }
    return () => {
      painter.current = null
    }
  }, [painter, duration])
  const last = Math.floor(duration)

  return (
    <div className="transport">
      <div className="transport-scrub">
        <input
          ref={scrub}
          type="range"
          min={0}
          max={last}
          step={1}
          defaultValue={0}
          aria-label={p.label}
          disabled={p.disabled}
          onPointerDown={() => {
            dragging.current = true
          }}
          onPointerUp={() => {
            dragging.current = false
          }}
          onChange={(e) => {
            const v = Number(e.currentTarget.value)
            // The last step of the scrubber is the end itself.
            p.onSeek(v >= last ? duration : v)
          }}
        />
        <div className="transport-marks" aria-hidden="true">
          {p.marks.map((at) => (
            <span key={at} className="mark" style={{ left: `${(at / duration) * 100}%` }} />
          ))}
        </div>
      </div>
      <div className="transport-times" aria-hidden="true">
        <span ref={elapsed}>0:00</span>
        <span ref={remaining}>−{clockTime(duration)}</span>
      </div>
      <div className="transport-buttons">
        <button
          type="button"
          className="button button-quiet round"
          aria-label={`Back ${p.skipSeconds} seconds`}
          aria-keyshortcuts="ArrowLeft"
          disabled={p.disabled}
          onClick={() => p.onSkip(-p.skipSeconds)}
        >
          <Icon name="rewind" />
        </button>
        <button
          type="button"
          className="button play"
          aria-label={p.playing ? 'Pause' : 'Play'}
          aria-describedby={p.statusId}
          aria-keyshortcuts="Space"
          disabled={p.disabled}
          onClick={p.onToggle}
        >
          <Icon name={p.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="button button-quiet round"
          aria-label={`Forward ${p.skipSeconds} seconds`}
          aria-keyshortcuts="ArrowRight"
          disabled={p.disabled}
          onClick={() => p.onSkip(p.skipSeconds)}
        >
          <Icon name="forward" />
        </button>
        {p.children}
      </div>
      <p id={p.statusId} className="transport-status" aria-live="polite">
        {p.status}
      </p>
      <p className="visually-hidden">
        Away from the controls, Space plays and pauses, and the left and right arrows move{' '}
        {p.skipSeconds} seconds.
      </p>
    </div>
  )
}
