import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { BodyRun } from './runClock'
import type { RunView } from './runView'
import type { BodyMoment } from './sceneTypes'

const noSubscription = () => () => undefined
const none: readonly never[] = []

/**
 * What the plan shows at moment `index` once it has begun, camera at rest: what `runView` gives
 * at that moment under reduced motion, without its glide and pulse timing (so the first screen's
 * code need not carry them). Before the first moment, the first shot with nothing lit.
 */
export function restingView(plan: readonly BodyMoment[], index: number): RunView {
  const moment = plan[index]
  const shot = plan[Math.max(index, 0)]?.shot ?? 'whole-body'
  return {
    index,
    from: shot,
    to: shot,
    progress: 1,
    gliding: false,
    focus: moment?.focus ?? none,
    focusStart: moment?.at ?? 0,
    since: 0,
    therapistHands: moment?.therapistHands ?? none,
    placement: moment?.placement ?? null,
  }
}

/**
 * What a guided run shows at its current moment, for the flat drawing and the text alternative;
 * it changes once per moment, never per frame. Null without a run.
 */
export function useRunMoment(run: BodyRun | undefined): RunView | null {
  const subscribe = useCallback(
    (onChange: () => void) => (run ? run.listen(onChange) : noSubscription()),
    [run],
  )
  const moment = useSyncExternalStore(subscribe, () => (run ? run.signal().moment : -1))
  return useMemo(() => (run ? restingView(run.plan, moment) : null), [run, moment])
}
