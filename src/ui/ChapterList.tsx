import { memo } from 'react'
import { clockTime } from '@/lib/time'
import './playback.css'

export interface ChapterListProps {
  readonly chapters: readonly { readonly title: string; readonly at: number }[]
  /** Index of the chapter playing now, or -1. */
  readonly current: number
  readonly onChoose: (index: number) => void
}

/** The chapters of a run, each a button that jumps there; the current one is marked. */
export const ChapterList = memo(function ChapterList({
  chapters,
  current,
  onChoose,
}: ChapterListProps) {
  return (
    <nav aria-label="Chapters">
      <h2 className="overline">Chapters</h2>
      <ol className="chapter-list">
        {chapters.map((c, i) => (
          <li key={c.title}>
            <button
              type="button"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onChoose(i)}
            >
              <span>{c.title}</span>
              <span className="chapter-time">{clockTime(c.at)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
})
