import { useSyncExternalStore } from 'react'
import type { BodyViewProps } from '@/scene/BodyView'
import { type BodyRun, heldRun } from '@/scene/runClock'
import { useRunMoment } from '@/scene/useRunMoment'

const never = () => () => undefined
const heldSignal = heldRun([]).signal()

/** The run's latest signal, as the scene would receive it. */
function useSignal(run: BodyRun | undefined) {
  return useSyncExternalStore(run ? run.listen : never, () => (run ? run.signal() : heldSignal))
}

/**
 * For component tests only (jsdom has no WebGL): stands in for the body view and shows what it
 * was asked to draw, as data attributes, plus a button that taps the upper back. Given a run, it
 * keeps it, and shows what the run says the body shows now (through the same hook as the real
 * view), and the last timebase the scene would have been sent: a body that does not follow the
 * voice fails the test.
 * Use: `vi.mock('@/scene/BodyView', async () => ({ BodyView: (await import('@tests/fakes/FakeBodyView')).FakeBodyView }))`.
 */
export function FakeBodyView(p: BodyViewProps) {
  const moment = useRunMoment(p.run)
  const signal = useSignal(p.run)
  const shot = moment ? moment.to : p.shot
  const focus = moment ? moment.focus : (p.focus ?? [])
  const therapistHands = moment ? moment.therapistHands : (p.therapistHands ?? [])
  const placement = moment ? (moment.placement ?? undefined) : p.placement
  const description = moment ? (p.describeMoment?.(moment) ?? '') : p.description
  return (
    <div
      role="img"
      aria-label={description}
      data-testid="body"
      data-pose={p.pose}
      data-follows={p.run ? 'run' : 'still'}
      data-run-t={p.run ? signal.timebase.t.toFixed(2) : ''}
      data-run-playing={p.run ? String(signal.timebase.playing) : ''}
      data-placement={placement ? `${placement.left},${placement.right}` : ''}
      data-shot={shot}
      data-focus={focus.join(',')}
      data-selected={p.selected ?? ''}
      data-therapist-hands={therapistHands.join(',')}
      data-sweep={String(!!p.sweep)}
    >
      {p.onPick && (
        <button type="button" onClick={() => p.onPick?.('thoracic')}>
          tap the upper back
        </button>
      )}
    </div>
  )
}
