import type { Ref } from 'react'

interface PreviewHeaderProps {
  readonly title: string
  /** The walkthrough's length, seconds. */
  readonly duration: number
  readonly headingRef?: Ref<HTMLHeadingElement>
}

/**
 * The Preview's heading and its one-line promise. Small and in the first download: the page
 * shows it at once, while the player, the script and the sound arrive.
 */
export function PreviewHeader({ title, duration, headingRef }: PreviewHeaderProps) {
  return (
    <header className="preview-header">
      <p className="eyebrow">Preview a session</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">
        About {Math.round(duration / 60)} minutes. A calm voice walks you through a first visit; the
        body shows where the hands rest.
      </p>
    </header>
  )
}
