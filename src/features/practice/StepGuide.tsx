import { type RefObject, useEffect, useRef } from 'react'
import type { RoutineStep } from '@/content/practice'
import { type BreathPhase, breathAt } from '@/engine/breath'
import { clockTime } from '@/lib/time'
import type { FramePainter } from '@/playback/useTransport'

/** How long a new step's panel glows, seconds of run time. */
export const FRESH_SECONDS = 2.5

const R = 54
const C = 2 * Math.PI * R

const phaseWords: Readonly<Record<BreathPhase, string>> = {
  inhale: 'Breathe in',
  'hold-in': 'Hold',
  exhale: 'Breathe out',
  'hold-out': 'Rest',
}

/** What the guide shows at one instant of a step: a pure function of the run's time. */
export interface GuideMoment {
  /** 'listen' while the instruction is spoken, 'hold' during the hold, 'next' in the gap after. */
  readonly part: 'ready' | 'listen' | 'hold' | 'next'
  /** Share of the hold still to go, 1 to 0 (the ring). */
  readonly left: number
  /** Whole seconds of the hold still to go. */
  readonly seconds: number
  /** How full the paced breath is, 0 to 1, or null when the step paces no breath. */
  readonly fullness: number | null
  /** The breath's words, e.g. "Breathe in", and the count within the phase (1, 2, 3…). */
  readonly breath: { readonly words: string; readonly count: number } | null
}

/** The guide at run time `t` for `step` (undefined before the first step). */
export function guideAt(step: RoutineStep | undefined, t: number): GuideMoment {
  if (!step || t < step.at) {
    return { part: 'ready', left: 1, seconds: 0, fullness: null, breath: null }
  }
  const holdStart = step.voiceAt + step.spokenDuration
  const holdEnd = holdStart + step.hold
  if (t < holdStart) {
    return { part: 'listen', left: 1, seconds: Math.ceil(step.hold), fullness: null, breath: null }
  }
  if (t >= holdEnd) return { part: 'next', left: 0, seconds: 0, fullness: null, breath: null }
  const left = step.hold > 0 ? (holdEnd - t) / step.hold : 0
  const seconds = Math.ceil(holdEnd - t)
  if (!step.breath) return { part: 'hold', left, seconds, fullness: null, breath: null }
  const b = breathAt(step.breath, t - holdStart)
  const phaseSeconds =
    b.phase === 'inhale'
      ? step.breath.inhale
      : b.phase === 'exhale'
        ? step.breath.exhale
        : b.phase === 'hold-in'
          ? step.breath.holdIn
          : step.breath.holdOut
  const count = Math.min(Math.floor(b.progress * phaseSeconds) + 1, Math.max(1, phaseSeconds))
  return {
    part: 'hold',
    left,
    seconds,
    fullness: b.fullness,
    breath: { words: phaseWords[b.phase], count },
  }
}

/** The words under the ring for a moment; under reduced motion the breath is counted out. */
export function guideWords(m: GuideMoment, reducedMotion: boolean): string {
  switch (m.part) {
    case 'ready':
      return 'Get comfortable'
    case 'listen':
      return 'Listen'
    case 'next':
      return 'Next step'
    case 'hold': {
      if (!m.breath) return 'In your own time'
      if (!reducedMotion) return m.breath.words
      const counts = Array.from({ length: m.breath.count - 1 }, (_, i) => `${i + 2}`)
      return [m.breath.words, ...counts].join('… ')
    }
  }
}

/**
 * The step's countdown ring around a breath pacer: a circle that grows as you breathe in and
 * shrinks as you breathe out (still under reduced motion, where the breath is counted in words).
 * Drawn from the run's time through refs on every tick, so it is right after a locked screen.
 */
export function StepGuide({
  step,
  painter,
  reducedMotion,
}: {
  readonly step: RoutineStep | undefined
  readonly painter: RefObject<FramePainter | null>
  readonly reducedMotion: boolean
}) {
  const root = useRef<HTMLDivElement>(null)
  const ring = useRef<SVGCircleElement>(null)
  const pacer = useRef<HTMLDivElement>(null)
  const words = useRef<HTMLParagraphElement>(null)
  const time = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    const shown = { words: '', time: '', part: '', fresh: false }
    painter.current = (t) => {
      const m = guideAt(step, t)
      // A new step glows for a moment: the chime's visual twin, for when sound is off or fails.
      const fresh = !!step && t >= step.at && t - step.at < FRESH_SECONDS
      const el = root.current
      if (el && (m.part !== shown.part || fresh !== shown.fresh)) {
        el.dataset.part = shown.part = m.part
        shown.fresh = fresh
        if (fresh) el.dataset.fresh = ''
        else delete el.dataset.fresh
      }
      ring.current?.setAttribute('stroke-dashoffset', (C * (1 - m.left)).toFixed(1))
      const scale = reducedMotion || m.fullness === null ? 0.78 : 0.56 + 0.44 * m.fullness
      if (pacer.current) pacer.current.style.transform = `scale(${scale.toFixed(3)})`
      const w = guideWords(m, reducedMotion)
      if (w !== shown.words && words.current) words.current.textContent = shown.words = w
      const left = m.part === 'hold' ? `${clockTime(m.seconds)} left` : ''
      if (left !== shown.time && time.current) time.current.textContent = shown.time = left
    }
    return () => {
      painter.current = null
    }
  }, [painter, step, reducedMotion])
  return (
    <div ref={root} className="step-guide">
      <div className="step-guide-visual" aria-hidden="true">
        <div ref={pacer} className="breath-pacer" />
        <svg viewBox="0 0 120 120" className="hold-ring" aria-hidden="true" focusable="false">
          <circle className="hold-ring-track" cx="60" cy="60" r={R} />
          <circle
            ref={ring}
            className="hold-ring-left"
            cx="60"
            cy="60"
            r={R}
            strokeDasharray={C.toFixed(1)}
            strokeDashoffset="0"
            transform="rotate(-90 60 60)"
          />
        </svg>
      </div>
      <p ref={words} className="step-guide-words" />
      <p ref={time} className="step-guide-time" role="timer" />
    </div>
  )
}
