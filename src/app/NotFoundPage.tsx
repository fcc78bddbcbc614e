import { useEffect, useRef } from 'react'

/** What a malformed or outdated link shows: what happened, and a way home. */
export function NotFoundPage({
  path,
  focusOnMount,
}: {
  readonly path: string
  readonly focusOnMount: boolean
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  return (
    <div className="page not-found">
      <h1 ref={heading} tabIndex={-1}>
        This page isn’t here
      </h1>
      <p className="lead">
        The link <code>{path}</code> doesn’t lead anywhere in Stillpoint. It may be out of date or
        cut short.
      </p>
      <a className="button button-primary" href="#/">
        Go to the home screen
      </a>
    </div>
  )
}
