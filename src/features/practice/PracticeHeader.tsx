import type { Ref } from 'react'

interface PracticeHeaderProps {
  readonly eyebrow: string
  readonly title: string
  readonly lead: string
  readonly headingRef?: Ref<HTMLHeadingElement>
}

/**
 * The top of Practice at home: small and in the first download, so the HTML carries it for a
 * link to Practice (src/app/prerender.tsx), and it shows while the safety check and routines arrive.
 */
export function PracticeHeader({ eyebrow, title, lead, headingRef }: PracticeHeaderProps) {
  return (
    <header className="practice-header">
      <p className="eyebrow">{eyebrow}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{lead}</p>
    </header>
  )
}
