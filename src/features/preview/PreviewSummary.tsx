import { type RefObject, useId } from 'react'
import { firstSessionSummary } from '@/content/previewCopy'
import { contactCopy } from '@/content/trust'
import { ClinicContact } from '@/ui/ClinicContact'
import { Icon } from '@/ui/Icon'

/** The end of the preview: what a first session holds, in five lines, and where to go next. */
export function PreviewSummary({
  headingRef,
  onPlayAgain,
}: {
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly onPlayAgain: () => void
}) {
  const id = useId()
  return (
    <section className="preview-summary" aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {firstSessionSummary.title}
      </h2>
      <ul>
        {firstSessionSummary.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <ClinicContact lead={contactCopy.afterSession} />
      <div className="preview-onward">
        <a className="button" href="#/learn/what-happens">
          <Icon name="book" />
          <span>Read more in Learn</span>
        </a>
        <a className="button button-quiet" href="#/explore">
          <Icon name="body" />
          <span>Explore the body</span>
        </a>
        <button type="button" className="button button-quiet" onClick={onPlayAgain}>
          <Icon name="reset" />
          <span>Play again</span>
        </button>
      </div>
    </section>
  )
}
