import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { BodyRun } from './runClock'
import { type RunView, runView } from './runView'

const noSubscription = () => () => undefined

/**
 * What a guided run shows at its current moment (no glide: the moment itself), for the flat
 * drawing and the text alternative; it changes once per moment, never per frame. Null without a
 * run.
 */
export function useRunMoment(run: BodyRun | undefined): RunView | null {
  const subscribe = useCallback(
    (onChange: () => void) => (run ? run.listen(onChange) : noSubscription()),
    [run],
  )
  const moment = useSyncExternalStore(subscribe, () => (run ? run.signal().moment : -1))
  return useMemo(() => {
    if (!run) return null
    const at = run.plan[moment]?.at ?? 0
    return runView(run.plan, moment < 0 ? Math.min(at, 0) : at, true)
  }, [run, moment])
}
