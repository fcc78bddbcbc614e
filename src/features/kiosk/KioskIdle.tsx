import { useEffect, useRef, useState } from 'react'
import { inspecting } from '@/lib/inspect'
import { useAppState } from '@/state/useAppState'
import { Dialog } from '@/ui/Dialog'

const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`

/** Moments (seconds left) at which the countdown is said aloud to screen readers. */
const spoken = new Set([30, 20, 10, 5])

/**
 * A kiosk's watch for an empty waiting room: after `idleSeconds` with no touch, key or pointer
 * (and no narration playing), "Still there?" counts down `warningSeconds`, then `onReset` wipes
 * the visitor. Times come from timestamps, so a busy or throttled page cannot stretch them.
 */
export function KioskIdle({
  idleSeconds,
  warningSeconds,
  onReset,
}: {
  readonly idleSeconds: number
  readonly warningSeconds: number
  readonly onReset: () => void
}) {
  const playing = useAppState((s) => s.playing.length > 0)
  // A monotonic clock: a wall clock set back (by hand, or by a time server) cannot stall the wipe.
  const last = useRef(performance.now())
  const [warnAt, setWarnAt] = useState<number | null>(null)
  const [now, setNow] = useState(() => performance.now())

  useEffect(() => {
    const seen = () => {
      last.current = performance.now()
      setWarnAt(null)
    }
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
    for (const e of events) window.addEventListener(e, seen, { capture: true, passive: true })
    const tick = window.setInterval(() => setNow(performance.now()), 1000)
    return () => {
      for (const e of events) window.removeEventListener(e, seen, { capture: true })
      window.clearInterval(tick)
    }
  }, [])

  // Benchmark only (with ?inspect): let the empty room's minutes pass at once, through the same
  // timestamps and tick (the kiosk soak cannot use a fake clock: it would be what grows).
  useEffect(() => {
    if (!inspecting()) return
    const hook = {
      elapse(seconds: number) {
        last.current -= seconds * 1000
        setWarnAt((w) => (w === null ? w : w - seconds * 1000))
      },
    }
    ;(window as unknown as { __stillpointKiosk?: typeof hook }).__stillpointKiosk = hook
    return () => {
      delete (window as unknown as { __stillpointKiosk?: typeof hook }).__stillpointKiosk
    }
  }, [])

  // Narration that plays is someone listening: the wait starts when it ends or is paused.
  if (playing) last.current = now
  const left = warnAt === null ? warningSeconds : warningSeconds - Math.floor((now - warnAt) / 1000)
  useEffect(() => {
    if (warnAt === null && now - last.current >= idleSeconds * 1000) setWarnAt(now)
    else if (warnAt !== null && left <= 0) {
      setWarnAt(null)
      last.current = performance.now()
      onReset()
    }
  }, [now, warnAt, left, idleSeconds, onReset])

  const [said, setSaid] = useState('')
  useEffect(() => {
    if (warnAt === null) setSaid('')
    else if (left === warningSeconds || spoken.has(left))
      setSaid(`Starting over for the next visitor in ${seconds(left)}.`)
  }, [warnAt, left, warningSeconds])

  return (
    <Dialog
      open={warnAt !== null}
      title="Still there?"
      onClose={() => {
        last.current = performance.now()
        setWarnAt(null)
      }}
    >
      <div className="kiosk-idle">
        <p>
          To keep your visit private, Stillpoint will start over for the next visitor in{' '}
          <strong className="kiosk-idle-count">{Math.max(0, left)}</strong>{' '}
          {Math.max(0, left) === 1 ? 'second' : 'seconds'}.
        </p>
        <p className="visually-hidden" aria-live="polite">
          {said}
        </p>
        <button
          type="button"
          className="button button-primary button-huge"
          onClick={() => {
            last.current = performance.now()
            setWarnAt(null)
          }}
        >
          I’m still here
        </button>
      </div>
    </Dialog>
  )
}
