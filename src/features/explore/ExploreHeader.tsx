import type { Ref } from 'react'

/**
 * Explore's heading and its one-line promise. Small and in the first download: the HTML carries
 * it for a link to Explore (src/app/prerender.tsx), and it shows while the body model arrives.
 */
export function ExploreHeader({ headingRef }: { readonly headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <header className="explore-header">
      <p className="eyebrow">Explore</p>
      <h1 ref={headingRef} tabIndex={-1}>
        Explore the body
      </h1>
      <p className="lead">
        See where the head, neck and spine are, and where a therapist’s hands may rest.
      </p>
    </header>
  )
}
