import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SoundNote } from '@/audio/narratedRun'
import { type Routine, routineMinutes } from '@/content/practice'
import {
  callNow,
  endCopy,
  poseNote,
  practiceSoundNotes,
  type StopAnswerId,
  stopAnswers,
  tension,
  todayCheck,
} from '@/content/practiceCopy'
import { practiceReminder } from '@/content/safety'
import { offlineNote } from '@/offline/offlineNote'
import { useBodyRun } from '@/playback/useBodyRun'
import { useMediaSession } from '@/playback/useMediaSession'
import type { AmbientSoundFiles } from '@/playback/useNarratedRun'
import { useRunState } from '@/playback/useRunState'
import { back, onward, useTransport } from '@/playback/useTransport'
import { useWakeLock } from '@/playback/useWakeLock'
import { BodyView } from '@/scene/BodyView'
import type { PracticeStore } from '@/state/practice'
import { Caption } from '@/ui/Caption'
import { ClinicContact } from '@/ui/ClinicContact'
import { EmergencySigns } from '@/ui/EmergencySigns'
import { Icon } from '@/ui/Icon'
import { SoundPanel } from '@/ui/SoundPanel'
import { Transcript } from '@/ui/Transcript'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { describeStep } from './describe'
import { StepGuide } from './StepGuide'
import { StopDialog, StopGuidance } from './StopDialog'
import { TensionScale } from './TensionScale'
import { usePracticeInspector } from './usePracticeInspector'
import { usePracticeRun } from './usePracticeRun'

type Phase = 'before' | 'play' | 'end'

interface Outcome {
  readonly id: string
  readonly completed: boolean
  readonly seconds: number
  /** The Stop answer the practice ended with, if any. */
  readonly reason: StopAnswerId | null
}

/**
 * One routine from start to end: how to get ready and the "before" rating, the player (one step
 * at a time, with the Stop control always in reach), and the end with the "after" rating.
 */
export function RoutineSession({
  routine,
  files,
  store,
  kiosk,
  focusOnMount,
}: {
  readonly routine: Routine
  readonly files: AmbientSoundFiles
  readonly store: PracticeStore
  /** In a waiting room, where the front desk is the first place to turn. */
  readonly kiosk: boolean
  readonly focusOnMount: boolean
}) {
  const [phase, setPhase] = useState<Phase>('before')
  const [before, setBefore] = useState<number | null>(null)
  const [after, setAfter] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [stopOpen, setStopOpen] = useState(false)
  const [notes, setNotes] = useState<SoundNote[]>([])
  const onNote = useCallback(
    (note: SoundNote) => setNotes((n) => (n.includes(note) ? n : [...n, note])),
    [],
  )
  const session = usePracticeRun(routine, files, onNote)
  const { status, chapterIndex } = useRunState(session)
  const playing = status === 'playing'
  const { move, caption, frame, waiting } = useTransport(
    phase === 'play' ? session : null,
    playing,
    'steps',
  )
  const reducedMotion = useReducedMotion()
  const steps = routine.run.cues
  const step = steps[chapterIndex]
  const startedAt = useRef(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const endHeading = useRef<HTMLHeadingElement>(null)

  const cues = useMemo(
    () => steps.map((s) => ({ ...s, focus: s.regions, hands: [], placement: s.hands })),
    [steps],
  )
  const bodyRun = useBodyRun(session, cues)
  usePracticeInspector(session, routine)

  const finish = useCallback(
    (completed: boolean, reason: StopAnswerId | null = null) => {
      if (!session) return
      session.pause()
      const seconds = Math.round(session.player.frame.t)
      const id = store.getState().record({
        at: startedAt.current,
        routine: routine.id,
        seconds,
        completed,
        before,
        after: null,
      })
      setOutcome({ id, completed, seconds, reason })
      setAfter(null)
      setPhase('end')
    },
    [session, store, routine.id, before],
  )

  useEffect(() => {
    if (status === 'ended' && phase === 'play') finish(true)
  }, [status, phase, finish])

  // Focus follows the screen: the routine's heading, the step, then the end.
  useEffect(() => {
    if (phase === 'before' && focusOnMount) heading.current?.focus()
    if (phase === 'play') stepHeading.current?.focus()
    if (phase === 'end') endHeading.current?.focus()
  }, [phase, focusOnMount])

  const openStop = useCallback(() => {
    session?.pause()
    setStopOpen(true)
  }, [session])
  useEffect(() => {
    if (phase !== 'play') return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return
      if (e.key !== 's' && e.key !== 'S') return
      if (document.querySelector('dialog[open]')) return
      const t = e.target
      if (t instanceof HTMLElement && t.closest('input, select, textarea')) return
      e.preventDefault()
      openStop()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [phase, openStop])

  useWakeLock(phase === 'play' && playing)
  useMediaSession({
    title: phase === 'play' && step ? step.title : routine.title,
    album: routine.title,
    playing: phase === 'play' && playing,
    duration: routine.run.duration,
    position: () => session?.player.frame.t ?? 0,
    onPlay: () => move((r) => r.play()),
    onPause: () => move((r) => r.pause()),
    onSkip: (s) => move((r) => (s < 0 ? back(r) : onward(r))),
    onSeek: (t) => move((r) => r.seek(t)),
    onChapter: (d) => move((r) => (d < 0 ? back(r) : onward(r))),
  })

  if (phase === 'before') {
    return (
      <section className="routine-before" aria-labelledby="routine-title">
        <p className="eyebrow">Practice at home</p>
        <h1 id="routine-title" ref={heading} tabIndex={-1}>
          {routine.title}
        </h1>
        <p className="lead">
          About {routineMinutes(routine)} minutes. {poseNote[routine.pose]}
        </p>
        <ol className="routine-steps">
          {steps.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
        </ol>
        <p className="reminder">{practiceReminder}</p>
        {routine.touch && <p className="today-check">{todayCheck}</p>}
        <TensionScale question={tension.before} value={before} onChange={setBefore} />
        <div className="routine-start">
          <button
            type="button"
            className="button button-primary button-large"
            disabled={!session}
            onClick={() => {
              if (!session) return
              startedAt.current = Date.now()
              session.seek(0)
              session.play()
              setPhase('play')
            }}
          >
            <Icon name="play" />
            <span>{session ? 'Start' : 'Getting ready…'}</span>
          </button>
          <a className="button button-quiet" href="#/practice">
            Choose another routine
          </a>
        </div>
      </section>
    )
  }

  const endedFor = stopAnswers.find((a) => a.id === outcome?.reason)
  if (phase === 'end' && outcome && endedFor && !endedFor.canContinue) {
    // A possible warning sign: what to do now comes first, and nothing invites going on.
    return (
      <section className="routine-end routine-end-rest" aria-labelledby="end-title">
        <p className="eyebrow">{routine.title}</p>
        <h1 id="end-title" ref={endHeading} tabIndex={-1}>
          {endCopy.restTitle}
        </h1>
        <div className="stop-guidance">
          <StopGuidance answer={endedFor} kiosk={kiosk} />
        </div>
        {callNow(endedFor) ? (
          <p className="lead">{endCopy.waitForHelp}</p>
        ) : (
          <>
            <p className="lead">{endCopy.rest}</p>
            <EmergencySigns />
            <ClinicContact lead={endCopy.unwell} emergency={false} />
          </>
        )}
        <div className="routine-end-actions">
          <a className="button" href="#/">
            Back home
          </a>
        </div>
      </section>
    )
  }

  if (phase === 'end' && outcome) {
    return (
      <section className="routine-end" aria-labelledby="end-title">
        <p className="eyebrow">{routine.title}</p>
        <h1 id="end-title" ref={endHeading} tabIndex={-1}>
          {endCopy.title}
        </h1>
        {!outcome.completed && (
          <>
            <p>{endCopy.stopped}</p>
            <ClinicContact lead={endCopy.unwell} />
          </>
        )}
        <p className="lead">{endCopy.slowly}</p>
        <TensionScale
          question={tension.after}
          value={after}
          onChange={(v) => {
            setAfter(v)
            store.getState().rateAfter(outcome.id, v)
          }}
        />
        <div className="routine-end-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              session?.seek(0)
              setBefore(null)
              setOutcome(null)
              setPhase('before')
            }}
          >
            Practice again
          </button>
          <a className="button" href="#/practice">
            Choose another routine
          </a>
          <a className="button" href="#/history">
            Your practice
          </a>
          <a className="button button-quiet" href="#/">
            Back home
          </a>
        </div>
      </section>
    )
  }

  const position =
    chapterIndex >= 0 && step ? `Step ${chapterIndex + 1} of ${steps.length}` : 'Getting ready'
  return (
    <section className="routine-player" aria-labelledby="step-title">
      <header className="routine-player-header">
        <p className="eyebrow">
          {routine.title} · {position}
        </p>
        <h1 id="step-title" ref={stepHeading} tabIndex={-1}>
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
            shot={step?.shot ?? 'whole-body'}
            focus={step?.regions ?? []}
            placement={step?.hands ?? steps[0]?.hands}
            reducedMotion={reducedMotion}
            description={describeStep(routine, step)}
            run={bodyRun}
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
        <button
          type="button"
          className="button round"
          aria-label="Previous step"
          onClick={() => move((r) => back(r))}
        >
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="button button-primary round play"
          aria-label={playing ? 'Pause' : 'Resume'}
          onClick={() => move((r) => r.toggle())}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="button round"
          aria-label="Next step"
          onClick={() => move((r) => onward(r))}
        >
          <Icon name="next" />
        </button>
        <button type="button" className="button stop-button" onClick={openStop}>
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
        onClose={() => setStopOpen(false)}
        onContinue={() => {
          setStopOpen(false)
          move((r) => r.play())
        }}
        onEnd={(reason) => {
          setStopOpen(false)
          finish(false, reason)
        }}
      />
    </section>
  )
}
