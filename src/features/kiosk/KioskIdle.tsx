import { useEffect, useRef, useState } from 'react'
import { useAppState } from '@/state/useAppState'
import { Dialog } from '@/ui/Dialog'
import { type IdleClock, pageClock } from './idleClock'

const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`

/** Moments (seconds left) at which the countdown is said aloud to screen readers. */
const spoken = new Set([30, 20, 10, 5])

/**
 * A kiosk's watch for an empty waiting room: after `idleSeconds` with no touch, key or pointer
 * (and no narration playing), "Still there?" counts down `warningSeconds`, then `onReset` wipes
 * the visitor. Times come from timestamps on `clock`, so a busy or throttled page cannot stretch
 * them; a second's tick only looks at them.
 */
export function KioskIdle({
  idleSeconds,
  warningSeconds,
  onReset,
  clock = pageClock,
}: {
  readonly idleSeconds: number
  readonly warningSeconds: number
  readonly onReset: () => void
  /** Where the watch reads its time; keep it stable. */
  readonly clock?: IdleClock
}) {
  const playing = useAppState((s) => s.playing.length > 0)
  const last = useRef(clock.now())
  const [warnAt, setWarnAt] = useState<number | null>(null)
  const [now, setNow] = useState(() => clock.now())

  useEffect(() => {
    const seen = () => {
      last.current = clock.now()
      setWarnAt(null)
    }
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
    for (const e of events) window.addEventListener(e, seen, { capture: true, passive: true })
    const tick = window.setInterval(() => setNow(clock.now()), 1000)
    return () => {
      for (const e of events) window.removeEventListener(e, seen, { capture: true })
      window.clearInterval(tick)
    }
  }, [clock])

  // Narration that plays is someone listening: the wait starts when it ends or is paused.
  if (playing) last.current = now
  const left = warnAt === null ? warningSeconds : warningSeconds - Math.floor((now - warnAt) / 1000)
  useEffect(() => {
    if (warnAt === null && now - last.current >= idleSeconds * 1000) setWarnAt(now)
    else if (warnAt !== null && left <= 0) {
      setWarnAt(null)
      last.current = clock.now()
      onReset()
    }
  }, [now, warnAt, left, idleSeconds, onReset, clock])

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
        last.current = clock.now()
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
            last.current = clock.now()
            setWarnAt(null)
          }}
        >
          I’m still here
        </button>
      </div>
    </Dialog>
  )
}
