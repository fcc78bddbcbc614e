import type { Ref } from 'react'
import { practiceIntro } from '@/content/safety'

/**
 * The safety check's heading and what home practice is (and is not). Small and in the first
 * download: a first visit to Practice shows it in the first frame (src/app/openings.tsx), before
 * the check's rules and questions arrive.
 */
export function SafetyCheckTop({ headingRef }: { readonly headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <h2 id="safety-title" ref={headingRef} tabIndex={-1}>
        Before you practice
      </h2>
      {practiceIntro.map((p) => (
        <p key={p} className="lead">
          {p}
        </p>
      ))}
    </>
  )
}
