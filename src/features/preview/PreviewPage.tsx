import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { streamedNarration } from '@/audio/howlVoices'
import type { SoundNote } from '@/audio/narratedRun'
import { soundNoteText } from '@/content/previewCopy'
import { findRegion, type RegionId } from '@/content/regions'
import type { Walkthrough } from '@/content/walkthrough'
import { useMediaSession } from '@/playback/useMediaSession'
import { useNarratedRun } from '@/playback/useNarratedRun'
import { useRunState } from '@/playback/useRunState'
import { SKIP_SECONDS, useTransport } from '@/playback/useTransport'
import { useWakeLock } from '@/playback/useWakeLock'
import { BodyView } from '@/scene/BodyView'
import { createTimeline } from '@/session/timeline'
import { appStore } from '@/state/appStore'
import type { BedChoice } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { ChapterList } from '@/ui/ChapterList'
import { SoundPanel } from '@/ui/SoundPanel'
import { Transcript } from '@/ui/Transcript'
import { Transport } from '@/ui/Transport'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { PreviewSummary } from './PreviewSummary'
import './preview.css'

type Bed = Exclude<BedChoice, 'none'>

/** The walkthrough's sound files, as paths from the site's root. */
export interface SoundFiles {
  readonly narration: { readonly webm: string; readonly mp3: string }
  readonly beds: Readonly<Record<Bed, { readonly file: string }>>
  readonly chime: { readonly webm: string; readonly mp3: string }
}

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

const url = (path: string) => `${import.meta.env.BASE_URL}${path}`

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

/** Preview a session: the narrated walkthrough with captions, chapters and the body in step. */
export function PreviewPage({ walkthrough, files, chapter, focusOnMount }: PreviewPageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const summaryHeading = useRef<HTMLHeadingElement>(null)
  const captions = useAppState((s) => s.settings.captions)
  const reducedMotion = useReducedMotion()
  const [notes, setNotes] = useState<SoundNote[]>([])
  const onNote = useCallback(
    (note: SoundNote) => setNotes((n) => (n.includes(note) ? n : [...n, note])),
    [],
  )
  const timeline = useMemo(
    () => createTimeline(walkthrough.cues, walkthrough.duration),
    [walkthrough],
  )
  const makeVoice = useCallback(
    () =>
      streamedNarration(
        [url(files.narration.webm), url(files.narration.mp3)],
        walkthrough.duration,
      ),
    [files, walkthrough.duration],
  )
  const ambient = useMemo(
    () => ({
      beds: {
        'warm-pad': [url(files.beds['warm-pad'].file)],
        'slow-waves': [url(files.beds['slow-waves'].file)],
      },
      chime: [url(files.chime.webm), url(files.chime.mp3)],
    }),
    [files],
  )
  const session = useNarratedRun(timeline, makeVoice, ambient, onNote)
  const { status, cueIndex, chapterIndex } = useRunState(session)
  const { chapters } = timeline
  const cue = walkthrough.cues[cueIndex]
  const current = chapters[chapterIndex]
  const playing = status === 'playing'
  const { move, painter, waiting } = useTransport(session, playing)

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

  const focus = cue?.focus ?? []
  const hands = cue?.hands ?? []
  const description = `A calm figure of a person lying face-up on a treatment table, with the skull and spine showing through.${
    focus.length ? ` The ${names(focus)} ${focus.length > 1 ? 'are' : 'is'} highlighted.` : ''
  }${hands.length ? ` Hand markers show where the therapist’s hands rest: the ${names(hands)}.` : ''}`
  const statusId = useId()

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
          {soundNoteText[n]}
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
            {captions && status !== 'ended' && (
              <p className="caption" data-cue={cue?.id ?? ''}>
                {cue ? <span>{cue.caption}</span> : null}
              </p>
            )}
          </div>

          {status === 'ended' && (
            <PreviewSummary
              headingRef={summaryHeading}
              onPlayAgain={() => move((run) => run.play())}
            />
          )}

          <Transport
            label="Position in the session"
            duration={walkthrough.duration}
            marks={chapters.map((c) => c.at)}
            playing={playing}
            disabled={!session}
            skipSeconds={SKIP_SECONDS}
            painter={painter}
            onToggle={() => move((run) => run.toggle())}
            onSkip={(s) => move((run) => run.skip(s))}
            onSeek={(t) => move((run) => run.seek(t))}
            status={
              playing && waiting
                ? 'Starting the sound…'
                : current
                  ? `Chapter ${chapterIndex + 1} of ${chapters.length}: ${current.title}`
                  : `${chapters.length} chapters`
            }
            statusId={statusId}
          >
            <button
              type="button"
              className="button button-quiet captions-toggle"
              aria-pressed={captions}
              onClick={() => appStore.getState().setSetting('captions', !captions)}
            >
              Captions
            </button>
          </Transport>
        </section>

        <aside className="preview-panel" aria-label="Chapters, sound and transcript">
          <ChapterList
            chapters={chapters}
            current={chapterIndex}
            onChoose={(i) => move((run) => run.seekToChapter(i))}
          />
          <SoundPanel />
          <Transcript chapters={chapters} lines={walkthrough.cues} currentId={cue?.id} />
        </aside>
      </div>
    </div>
  )
}
