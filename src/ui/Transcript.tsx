import { memo } from 'react'
import { Icon } from './Icon'
import './playback.css'

export interface TranscriptProps {
  readonly chapters: readonly { readonly title: string; readonly firstCue: number }[]
  /** Every line, in order, as the captions show it. */
  readonly lines: readonly { readonly id: string; readonly caption: string }[]
  /** The line being spoken now, if any. */
  readonly currentId: string | undefined
}

/** Every spoken word of a run, under its chapter, with the line being spoken marked. */
export const Transcript = memo(function Transcript({
  chapters,
  lines,
  currentId,
}: TranscriptProps) {
  return (
    <details className="transcript">
      <summary>
        <Icon name="list" />
        <span>Transcript</span>
      </summary>
      {chapters.map((c, ci) => (
        <section key={c.title}>
          <h3>{c.title}</h3>
          {lines.slice(c.firstCue, chapters[ci + 1]?.firstCue).map((line) => (
            <p key={line.id} aria-current={line.id === currentId ? 'true' : undefined}>
              {line.caption}
            </p>
          ))}
        </section>
      ))}
    </details>
  )
})
