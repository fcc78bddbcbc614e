import { type ReactNode, Suspense, startTransition, useEffect, useState } from 'react'

let firstPaintDone = false

/**
 * A screen whose code loads on demand. Until the page's first frame is on screen only `fallback`
 * renders (in the main bundle: the heading and a line saying what is opening), so the first paint
 * never waits for the route's code to arrive and run; then the route loads behind the same fallback.
 */
export function LazyScreen({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [painted, setPainted] = useState(firstPaintDone)
  useEffect(() => {
    if (painted) return
    const go = () => {
      firstPaintDone = true
      // A transition: the route's first render yields to the browser instead of one long task.
      startTransition(() => setPainted(true))
    }
    // The frame after the first one is drawn; a tab opened in the background draws no frames, so
    // a timer stands in after a second.
    let timer = 0
    const frame = requestAnimationFrame(() => {
      clearTimeout(backup)
      timer = window.setTimeout(go)
    })
    const backup = window.setTimeout(go, 1000)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      clearTimeout(backup)
    }
  }, [painted])
  return <Suspense fallback={fallback}>{painted ? children : fallback}</Suspense>
}
