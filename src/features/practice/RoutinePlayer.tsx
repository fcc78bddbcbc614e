import { type RefObject, useEffect, useRef } from 'react'
import type { Routine } from '@/content/practice'
import { practiceSoundNotes, type StopAnswerId } from '@/content/practiceCopy'
import { practiceReminder } from '@/content/safety'
import { offlineNote } from '@/offline/offlineNote'
import type { FramePainter } from '@/playback/useTransport'
import { BodyView } from '@/scene/BodyView'
import type { BodyRun } from '@/scene/runClock'
import type { RunView } from '@/scene/runView'
import type { SoundNote } from '@/sound/narratedRun'
import { Caption, type CaptionPainter } from '@/ui/Caption'
import { Icon } from '@/ui/Icon'
import { SoundPanel } from '@/ui/SoundPanel'
import { Transcript } from '@/ui/Transcript'
import { describeStep } from './describe'
import { StepGuide } from './StepGuide'
import { StopDialog } from './StopDialog'

/**
 * The player: one step at a time (its words as they are spoken, the countdown and breath, the
 * cautions), the body following the run, and the controls with Stop always in reach.
 */
export function RoutinePlayer({
  routine,
  stepIndex,
  playing,
  waiting,
  notes,
  body,
  reducedMotion,
  caption,
  frame,
  stopOpen,
  kiosk,
  onBack,
  onToggle,
  onNext,
  onStop,
  onCloseStop,
  onContinue,
  onEnd,
}: {
  readonly routine: Routine
  /** The step playing, or -1 before the first. */
  readonly stepIndex: number
  readonly playing: boolean
  /** Playing, and the voice has not started yet. */
  readonly waiting: boolean
  readonly notes: readonly SoundNote[]
  readonly body: BodyRun
  readonly reducedMotion: boolean
  readonly caption: RefObject<CaptionPainter | null>
  readonly frame: RefObject<FramePainter | null>
  readonly stopOpen: boolean
  readonly kiosk: boolean
  readonly onBack: () => void
  readonly onToggle: () => void
  readonly onNext: () => void
  readonly onStop: () => void
  readonly onCloseStop: () => void
  readonly onContinue: () => void
  readonly onEnd: (reason: StopAnswerId | null) => void
}) {
  const steps = routine.run.cues
  const step = steps[stepIndex]
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const position =
    stepIndex >= 0 && step ? `Step ${stepIndex + 1} of ${steps.length}` : 'Getting ready'
  const describeMoment = (view: RunView) => describeStep(routine, steps[view.index])
  return (
    <section className="routine-player" aria-labelledby="step-title">
      <header className="routine-player-header">
        <p className="eyebrow">
          {routine.title} · {position}
        </p>
        <h1 id="step-title" ref={heading} tabIndex={-1}>
          {step?.title ?? 'Get comfortable'}
        </h1>
        <p className="reminder">{practiceReminder}</p>
      </header>

      {notes.map((n) => (
        <p key={n} className="notice" role="status">
          {practiceSoundNotes[offlineNote(n)]}
        </p>
      ))}

      <div className="routine-stage">
        <div className="routine-body">
          <BodyView
            pose={routine.pose}
            reducedMotion={reducedMotion}
            run={body}
            describeMoment={describeMoment}
          />
        </div>
        <div className="routine-step" data-step={step?.id ?? ''}>
          <div className="routine-instruction">
            <Caption painter={caption} />
          </div>
          <StepGuide step={step} painter={frame} reducedMotion={reducedMotion} />
          {step && step.cautions.length > 0 && (
            <ul className="step-cautions" aria-label="Take care">
              {step.cautions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <p className="visually-hidden" aria-live="polite">
        {step ? `${position}: ${step.title}` : ''}
      </p>

      <div className="routine-controls">
        <button type="button" className="button round" aria-label="Previous step" onClick={onBack}>
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="button button-primary round play"
          aria-label={playing ? 'Pause' : 'Resume'}
          onClick={onToggle}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" className="button round" aria-label="Next step" onClick={onNext}>
          <Icon name="next" />
        </button>
        <button type="button" className="button stop-button" onClick={onStop}>
          <Icon name="stop" />
          <span>Stop</span>
        </button>
      </div>
      <p className="routine-status">
        {playing && waiting ? 'Starting the sound…' : playing ? '' : 'Paused'}
      </p>

      <div className="routine-more">
        <SoundPanel />
        <Transcript chapters={routine.run.chapters} lines={steps} currentId={step?.id} />
      </div>

      <StopDialog
        open={stopOpen}
        kiosk={kiosk}
        onClose={onCloseStop}
        onContinue={onContinue}
        onEnd={onEnd}
      />
    </section>
  )
}
