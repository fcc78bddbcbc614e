import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { soundNoteText } from '@/content/previewCopy'
import type { Walkthrough } from '@/content/walkthrough'
import { offlineNote } from '@/offline/offlineNote'
import { useMediaSession } from '@/playback/useMediaSession'
import { useRunState } from '@/playback/useRunState'
import { SKIP_SECONDS, useTransport } from '@/playback/useTransport'
import { useWakeLock } from '@/playback/useWakeLock'
import { BodyView } from '@/scene/BodyView'
import type { SoundNote } from '@/sound/narratedRun'
import { appStore } from '@/state/appStore'
import { useAppState } from '@/state/useAppState'
import { Caption } from '@/ui/Caption'
import { ChapterList } from '@/ui/ChapterList'
import { SoundPanel } from '@/ui/SoundPanel'
import { SourceCredit } from '@/ui/SourceCredit'
import { Transcript } from '@/ui/Transcript'
import { Transport } from '@/ui/Transport'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { PreviewHeader } from './PreviewHeader'
import { PreviewSummary } from './PreviewSummary'
import { describeBody } from './previewDescription'
import { usePreviewInspector } from './usePreviewInspector'
import { type SoundFiles, usePreviewRun } from './usePreviewRun'
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

/** Preview a guided: the narrated walkthrough with captions, chapters and the body in step. */
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
  const { timeline, guided, body } = usePreviewRun(walkthrough, files, onNote)
  const { status, cueIndex, chapterIndex } = useRunState(guided)
  const { chapters } = timeline
  const cue = walkthrough.cues[cueIndex]
  const current = chapters[chapterIndex]
  const playing = status === 'playing'
  const { move, painter, caption, waiting } = useTransport(guided, playing)
  // Stable, so the chapter list (memoised) is not drawn again on every frame of state.
  const chooseChapter = useCallback((i: number) => move((run) => run.seekToChapter(i)), [move])

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

  usePreviewInspector(guided, walkthrough)

  useWakeLock(playing)
  useMediaSession({
    title: current?.title ?? walkthrough.title,
    album: walkthrough.title,
    playing,
    duration: walkthrough.duration,
    position: () => guided?.player.frame.t ?? 0,
    onPlay: () => move((run) => run.play()),
    onPause: () => move((run) => run.pause()),
    onSkip: (s) => move((run) => run.skip(s)),
    onSeek: (t) => move((run) => run.seek(t)),
    onChapter: (step) => move((run) => run.seekToChapter(Math.max(0, chapterIndex + step))),
  })

  const statusId = useId()

  return (
    <div className="preview page">
      <PreviewHeader
        title={walkthrough.title}
        duration={walkthrough.duration}
        headingRef={heading}
      />

      {notes.map((n) => (
        <p key={n} className="notice" role="status">
          {soundNoteText[offlineNote(n)]}
        </p>
      ))}

      <div className="preview-layout">
        <section className="preview-player" aria-label="Session player">
          <div className="preview-stage">
            <BodyView
              pose="lying"
              reducedMotion={reducedMotion}
              run={body}
              describeMoment={describeBody}
            />
            {captions && status !== 'ended' && <Caption painter={caption} />}
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
            disabled={!guided}
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
          <ChapterList chapters={chapters} current={chapterIndex} onChoose={chooseChapter} />
          <SoundPanel />
          <Transcript chapters={chapters} lines={walkthrough.cues} currentId={cue?.id} />
        </aside>
      </div>
      <footer className="page-source">
        <SourceCredit />
      </footer>
    </div>
  )
}
