import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { findRegion, type RegionId } from '@/content/regions'
import type { Walkthrough } from '@/content/walkthrough'
import { clockTime, spokenTime } from '@/lib/time'
import { BodyView } from '@/scene/BodyView'
import { createTimeline } from '@/session/timeline'
import { appStore } from '@/state/appStore'
import type { BedChoice } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { Icon } from '@/ui/Icon'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { useMediaSession, useWakeLock } from './platform'
import { SKIP_SECONDS, type SoundNote } from './previewSession'
import {
  type SoundFiles,
  usePlayerState,
  usePlayLoop,
  usePreviewSession,
} from './usePreviewSession'
import './preview.css'

interface PreviewPageProps {
  readonly walkthrough: Walkthrough
  readonly files: SoundFiles
  /** A chapter from a deep link (#/preview/<chapter>), by its slug. */
  readonly chapter?: string | undefined
  readonly focusOnMount: boolean
}

export const chapterSlug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const noteText: Record<SoundNote, string> = {
  'voice-failed':
    'The voice could not be loaded, so the session goes on quietly. The captions tell the whole story.',
  'voice-blocked':
    'This browser is not letting Stillpoint play sound, so the session goes on quietly with captions.',
  'bed-failed': 'The background sound could not be loaded. The voice carries on without it.',
}

/** The sound levels, each a setting from 0 to 1. */
const levels = [
  { key: 'voiceVolume', label: 'Voice' },
  { key: 'ambientVolume', label: 'Background' },
  { key: 'chimeVolume', label: 'Chapter chimes' },
] as const

const beds = [
  { value: 'warm-pad', label: 'Warm pad' },
  { value: 'slow-waves', label: 'Slow waves' },
  { value: 'none', label: 'None' },
] as const satisfies readonly { value: BedChoice; label: string }[]

const names = (ids: readonly RegionId[]) =>
  ids
    .map((id) => findRegion(id)?.name.toLowerCase())
    .filter(Boolean)
    .join(' and ')

declare global {
  interface Window {
    __stillpointPreview?: {
      /** Where the run is, seconds, on its clock (the narration's, or the silent one). */
      time(): number
      voice(): 'audio' | 'silent'
      waiting(): boolean
      /** The narration is loaded. */
      ready(): boolean
      cueStart(id: string): number | null
    }
  }
}

/** Is this key press aimed at a control that uses the key itself? */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  !!target.closest('button, input, select, textarea, a[href], summary, [role="slider"]')

/** Preview a session: the narrated walkthrough with captions, chapters and the body in step. */
export function PreviewPage({ walkthrough, files, chapter, focusOnMount }: PreviewPageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const summaryHeading = useRef<HTMLHeadingElement>(null)
  const settings = useAppState((s) => s.settings)
  const { setSetting } = appStore.getState()
  const reducedMotion = useReducedMotion()
  const [notes, setNotes] = useState<SoundNote[]>([])
  const onNote = useCallback(
    (note: SoundNote) => setNotes((n) => (n.includes(note) ? n : [...n, note])),
    [],
  )
  const session = usePreviewSession(walkthrough, files, settings, onNote)
  const { status, cueIndex, chapterIndex } = usePlayerState(session)
  const chapters = useMemo(
    () => createTimeline(walkthrough.cues, walkthrough.duration).chapters,
    [walkthrough],
  )
  const cue = walkthrough.cues[cueIndex]
  const current = chapters[chapterIndex]
  const playing = status === 'playing'

  // Per-frame text and the scrubber are written through refs, never through React state.
  const elapsedRef = useRef<HTMLSpanElement>(null)
  const remainingRef = useRef<HTMLSpanElement>(null)
  const scrubRef = useRef<HTMLInputElement>(null)
  const dragging = useRef(false)
  const lastSecond = useRef(-1)
  const [waiting, setWaiting] = useState(false)
  const paint = useCallback(() => {
    if (!session) return
    setWaiting(session.waiting())
    const t = session.player.frame.t
    const second = Math.floor(t)
    if (second === lastSecond.current) return
    lastSecond.current = second
    const left = walkthrough.duration - t
    if (elapsedRef.current) elapsedRef.current.textContent = clockTime(t)
    if (remainingRef.current) remainingRef.current.textContent = `−${clockTime(left)}`
    const scrub = scrubRef.current
    if (scrub && !dragging.current) {
      scrub.value = String(second)
      scrub.setAttribute(
        'aria-valuetext',
        `${spokenTime(t)} of ${spokenTime(walkthrough.duration)}`,
      )
    }
  }, [session, walkthrough.duration])
  usePlayLoop(session, playing, paint)
  /**
   * Every control moves the run through here, so the time and the scrubber are repainted at once
   * even when the move stays inside one caption (no re-render) and the run is held (no frames).
   */
  const move = useCallback(
    (action: (run: NonNullable<typeof session>) => void) => {
      if (!session) return
      action(session)
      lastSecond.current = -1
      paint()
    },
    [session, paint],
  )
  useEffect(() => {
    paint()
  })

  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  // A deep link to a chapter starts there.
  const linked = useMemo(
    () => (chapter ? chapters.findIndex((c) => chapterSlug(c.title) === chapter) : -1),
    [chapter, chapters],
  )
  useEffect(() => {
    if (linked >= 0) move((run) => run.seekToChapter(linked))
  }, [move, linked])
  useEffect(() => {
    if (status === 'ended') summaryHeading.current?.focus()
  }, [status])

  // Numbers for tests and the benchmark only, with ?inspect in the URL.
  useEffect(() => {
    if (!session || !new URLSearchParams(window.location.search).has('inspect')) return
    window.__stillpointPreview = {
      time: () => session.player.frame.t,
      voice: () => session.voice(),
      waiting: () => session.waiting(),
      ready: () => session.ready(),
      cueStart: (id) => walkthrough.cues.find((c) => c.id === id)?.at ?? null,
    }
    return () => {
      delete window.__stillpointPreview
    }
  }, [session, walkthrough])

  useWakeLock(playing)
  useMediaSession({
    title: current?.title ?? walkthrough.title,
    album: walkthrough.title,
    playing,
    duration: walkthrough.duration,
    position: () => session?.player.frame.t ?? 0,
    onPlay: () => move((run) => run.play()),
    onPause: () => move((run) => run.pause()),
    onSkip: (s) => move((run) => run.skip(s)),
    onSeek: (t) => move((run) => run.seek(t)),
    onChapter: (step) => move((run) => run.seekToChapter(Math.max(0, chapterIndex + step))),
  })

  // Space plays and pauses, the arrows skip, where no control owns those keys.
  useEffect(() => {
    if (!session) return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || ownsKeys(e.target)) return
      if (document.querySelector('dialog[open]')) return
      if (e.key === ' ' || e.key === 'k') move((run) => run.toggle())
      else if (e.key === 'ArrowLeft' || e.key === 'j') move((run) => run.skip(-SKIP_SECONDS))
      else if (e.key === 'ArrowRight' || e.key === 'l') move((run) => run.skip(SKIP_SECONDS))
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [session, move])

  const focus = cue?.focus ?? []
  const hands = cue?.hands ?? []
  const description = `A calm figure of a person lying face-up on a treatment table, with the skull and spine showing through.${
    focus.length ? ` The ${names(focus)} ${focus.length > 1 ? 'are' : 'is'} highlighted.` : ''
  }${hands.length ? ` Hand markers show where the therapist’s hands rest: the ${names(hands)}.` : ''}`
  const hintId = useId()

  return (
    <div className="preview page">
      <header className="preview-header">
        <p className="eyebrow">Preview a session</p>
        <h1 ref={heading} tabIndex={-1}>
          {walkthrough.title}
        </h1>
        <p className="lead">
          About {Math.round(walkthrough.duration / 60)} minutes. A calm voice walks you through a
          first visit; the body shows where the hands rest.
        </p>
      </header>

      {notes.map((n) => (
        <p key={n} className="notice" role="status">
          {noteText[n]}
        </p>
      ))}

      <div className="preview-layout">
        <section className="preview-player" aria-label="Session player">
          <div className="preview-stage">
            <BodyView
              pose="lying"
              shot={cue?.shot ?? 'whole-body'}
              focus={focus}
              hands={hands}
              reducedMotion={reducedMotion}
              description={description}
            />
            {settings.captions && status !== 'ended' && (
              <p className="caption" data-cue={cue?.id ?? ''}>
                {cue ? <span>{cue.caption}</span> : null}
              </p>
            )}
          </div>

          {status === 'ended' && (
            <section className="preview-summary" aria-labelledby={`${hintId}-end`}>
              <h2 id={`${hintId}-end`} ref={summaryHeading} tabIndex={-1}>
                That was a first session
              </h2>
              <ul>
                <li>It starts with a talk about your health and your goals.</li>
                <li>You lie on a padded table, fully clothed, or sit if you need to.</li>
                <li>Light hands rest on your head, your neck, and along your spine.</li>
                <li>Feeling deeply relaxed is normal. Get up slowly afterwards.</li>
                <li>
                  Call your provider about severe pain, new or worse symptoms, or anything that does
                  not feel right.
                </li>
              </ul>
              <div className="preview-onward">
                <a className="button" href="#/learn/what-happens">
                  <Icon name="book" />
                  <span>Read more in Learn</span>
                </a>
                <a className="button button-quiet" href="#/explore">
                  <Icon name="body" />
                  <span>Explore the body</span>
                </a>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => move((run) => run.play())}
                >
                  <Icon name="reset" />
                  <span>Play again</span>
                </button>
              </div>
            </section>
          )}

          <div className="preview-controls">
            <div className="preview-scrub">
              <input
                ref={scrubRef}
                type="range"
                min={0}
                max={Math.floor(walkthrough.duration)}
                step={1}
                defaultValue={0}
                aria-label="Position in the session"
                disabled={!session}
                onPointerDown={() => {
                  dragging.current = true
                }}
                onPointerUp={() => {
                  dragging.current = false
                }}
                onChange={(e) => {
                  const v = Number(e.currentTarget.value)
                  // The last step of the scrubber is the end itself.
                  move((run) =>
                    run.seek(v >= Math.floor(walkthrough.duration) ? walkthrough.duration : v),
                  )
                }}
              />
              <div className="preview-marks" aria-hidden="true">
                {chapters.map((c) => (
                  <span
                    key={c.title}
                    className="mark"
                    style={{ left: `${(c.at / walkthrough.duration) * 100}%` }}
                  />
                ))}
              </div>
            </div>
            <div className="preview-times" aria-hidden="true">
              <span ref={elapsedRef}>0:00</span>
              <span ref={remainingRef}>−{clockTime(walkthrough.duration)}</span>
            </div>
            <div className="preview-buttons">
              <button
                type="button"
                className="button button-quiet round"
                aria-label={`Back ${SKIP_SECONDS} seconds`}
                aria-keyshortcuts="ArrowLeft"
                disabled={!session}
                onClick={() => move((run) => run.skip(-SKIP_SECONDS))}
              >
                <Icon name="rewind" />
              </button>
              <button
                type="button"
                className="button play"
                aria-label={playing ? 'Pause' : 'Play'}
                aria-describedby={hintId}
                aria-keyshortcuts="Space"
                disabled={!session}
                onClick={() => move((run) => run.toggle())}
              >
                <Icon name={playing ? 'pause' : 'play'} />
              </button>
              <button
                type="button"
                className="button button-quiet round"
                aria-label={`Forward ${SKIP_SECONDS} seconds`}
                aria-keyshortcuts="ArrowRight"
                disabled={!session}
                onClick={() => move((run) => run.skip(SKIP_SECONDS))}
              >
                <Icon name="forward" />
              </button>
              <button
                type="button"
                className="button button-quiet captions-toggle"
                aria-pressed={settings.captions}
                onClick={() => setSetting('captions', !settings.captions)}
              >
                Captions
              </button>
            </div>
            <p id={hintId} className="preview-status" aria-live="polite">
              {playing && waiting
                ? 'Starting the sound…'
                : current
                  ? `Chapter ${chapterIndex + 1} of ${chapters.length}: ${current.title}`
                  : `${chapters.length} chapters`}
            </p>
            <p className="visually-hidden">
              Away from the controls, Space plays and pauses, and the left and right arrows move 15
              seconds.
            </p>
          </div>
        </section>

        <aside className="preview-panel" aria-label="Chapters, sound and transcript">
          <nav aria-label="Chapters">
            <h2 className="overline">Chapters</h2>
            <ol className="chapter-list">
              {chapters.map((c, i) => (
                <li key={c.title}>
                  <button
                    type="button"
                    aria-current={i === chapterIndex ? 'step' : undefined}
                    onClick={() => move((run) => run.seekToChapter(i))}
                  >
                    <span>{c.title}</span>
                    <span className="chapter-time">{clockTime(c.at)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          <details className="preview-sound">
            <summary>
              <Icon name="sound" />
              <span>Sound</span>
            </summary>
            {levels.map(({ key, label }) => (
              <Level
                key={key}
                label={label}
                value={settings[key]}
                onChange={(v) => setSetting(key, v)}
              />
            ))}
            <ChoiceGroup
              legend="Background sound"
              value={settings.bed}
              options={beds}
              onChange={(v) => setSetting('bed', v)}
            />
          </details>

          <details className="preview-transcript">
            <summary>
              <Icon name="list" />
              <span>Transcript</span>
            </summary>
            {chapters.map((c, ci) => (
              <section key={c.title}>
                <h3>{c.title}</h3>
                {walkthrough.cues.slice(c.firstCue, chapters[ci + 1]?.firstCue).map((line) => (
                  <p key={line.id} aria-current={line.id === cue?.id ? 'true' : undefined}>
                    {line.caption}
                  </p>
                ))}
              </section>
            ))}
          </details>
        </aside>
      </div>
    </div>
  )
}

function Level({
  label,
  value,
  onChange,
}: {
  label: string
  value: number
  onChange: (v: number) => void
}) {
  const id = useId()
  return (
    <div className="level">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={Math.round(value * 100)}
        aria-valuetext={`${Math.round(value * 100)} percent`}
        onChange={(e) => onChange(Number(e.currentTarget.value) / 100)}
      />
    </div>
  )
}
