import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { Routine } from '@/content/practice'
import type { StopAnswerId } from '@/content/practiceCopy'
import type { AmbientSoundFiles } from '@/playback/useGuidedRun'
import { useMediaSession } from '@/playback/useMediaSession'
import { useRunState } from '@/playback/useRunState'
import { back, freeKey, onward, useTransport } from '@/playback/useTransport'
import { useWakeLock } from '@/playback/useWakeLock'
import type { SoundNote } from '@/sound/narratedRun'
import type { PracticeStore } from '@/state/practice'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { RoutineBefore } from './RoutineBefore'
import { RoutineEnd } from './RoutineEnd'
import { RoutinePlayer } from './RoutinePlayer'
import { firstScreen, routineScreen } from './routineScreen'
import { usePracticeInspector } from './usePracticeInspector'
import { usePracticeRun } from './usePracticeRun'

/** Only text fields take an S: anywhere else it opens Stop. */
const TYPING = 'input, select, textarea'

/**
 * One routine from start to end: its screens (`routineScreen`, pure state) over its guided run.
 * This keeps what outlives a screen: the run, the practice log's entry, the Stop key, the wake
 * lock and the lock screen's controls.
 */
export function RoutinePractice({
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
  const [screen, dispatch] = useReducer(routineScreen, firstScreen)
  const [notes, setNotes] = useState<SoundNote[]>([])
  const onNote = useCallback(
    (note: SoundNote) => setNotes((n) => (n.includes(note) ? n : [...n, note])),
    [],
  )
  const { guided, body } = usePracticeRun(routine, files, onNote)
  const { status, chapterIndex } = useRunState(guided)
  const playing = status === 'playing'
  const inPlay = screen.phase === 'play'
  const { move, caption, frame, waiting } = useTransport(inPlay ? guided : null, playing, 'steps')
  const reducedMotion = useReducedMotion()
  const step = routine.run.cues[chapterIndex]
  const startedAt = useRef(0)
  usePracticeInspector(guided, routine)

  const before = screen.phase === 'end' ? null : screen.before
  const finish = useCallback(
    (completed: boolean, reason: StopAnswerId | null = null) => {
      if (!guided) return
      guided.pause()
      const seconds = Math.round(guided.player.frame.t)
      const id = store.getState().record({
        at: startedAt.current,
        routine: routine.id,
        seconds,
        completed,
        before,
        after: null,
      })
      dispatch({ type: 'finish', outcome: { id, completed, seconds, reason } })
    },
    [guided, store, routine.id, before],
  )

  useEffect(() => {
    if (status === 'ended' && inPlay) finish(true)
  }, [status, inPlay, finish])

  const openStop = useCallback(() => {
    guided?.pause()
    dispatch({ type: 'stop' })
  }, [guided])
  useEffect(() => {
    if (!inPlay) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 's' && e.key !== 'S') || !freeKey(e, TYPING)) return
      e.preventDefault()
      openStop()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [inPlay, openStop])

  useWakeLock(inPlay && playing)
  useMediaSession({
    title: inPlay && step ? step.title : routine.title,
    album: routine.title,
    playing: inPlay && playing,
    duration: routine.run.duration,
    position: () => guided?.player.frame.t ?? 0,
    onPlay: () => move((r) => r.play()),
    onPause: () => move((r) => r.pause()),
    onSkip: (s) => move((r) => (s < 0 ? back(r) : onward(r))),
    onSeek: (t) => move((r) => r.seek(t)),
    onChapter: (d) => move((r) => (d < 0 ? back(r) : onward(r))),
  })

  if (screen.phase === 'before') {
    return (
      <RoutineBefore
        routine={routine}
        before={screen.before}
        ready={!!guided}
        focusOnMount={focusOnMount}
        onRate={(value) => dispatch({ type: 'rate-before', value })}
        onStart={() => {
          if (!guided) return
          startedAt.current = Date.now()
          guided.seek(0)
          guided.play()
          dispatch({ type: 'start' })
        }}
      />
    )
  }

  if (screen.phase === 'end') {
    const { outcome } = screen
    return (
      <RoutineEnd
        routine={routine}
        outcome={outcome}
        after={screen.after}
        kiosk={kiosk}
        onRate={(value) => {
          dispatch({ type: 'rate-after', value })
          store.getState().rateAfter(outcome.id, value)
        }}
        onAgain={() => {
          guided?.seek(0)
          dispatch({ type: 'again' })
        }}
      />
    )
  }

  return (
    <RoutinePlayer
      routine={routine}
      stepIndex={chapterIndex}
      playing={playing}
      waiting={waiting}
      notes={notes}
      body={body}
      reducedMotion={reducedMotion}
      caption={caption}
      frame={frame}
      stopOpen={screen.stopOpen}
      kiosk={kiosk}
      onBack={() => move((r) => back(r))}
      onToggle={() => move((r) => r.toggle())}
      onNext={() => move((r) => onward(r))}
      onStop={openStop}
      onCloseStop={() => dispatch({ type: 'close-stop' })}
      onContinue={() => {
        dispatch({ type: 'close-stop' })
        move((r) => r.play())
      }}
      onEnd={(reason) => finish(false, reason)}
    />
  )
}
