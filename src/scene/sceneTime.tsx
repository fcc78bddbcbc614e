/**
 * What moves in the scene on its own time, on the scene's one wall clock (`wallNow`): a guided
 * run the body follows, and the attract screen's slow turn.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { type RunFrame, type SceneRun, wallNow } from './runClock'
import type { RunView } from './runView'
import type { CameraApi } from './sceneTypes'
import { turnStep, turnWakeMs } from './turn'

/** What the run's follower shares with the rest of the scene: the run, and its frame as drawn. */
interface RunShared {
  readonly run: SceneRun
  runFrame: RunFrame | null
}

export type Moment = Pick<RunView, 'focus' | 'therapistHands' | 'placement'>

/**
 * Runs first in every frame of a guided run: works out where the run is, tells the scene when the
 * moment (what is lit, where the hands are) changes, and asks for the next frame only while the
 * picture changes, or wakes up when it next will. A paused run asks for nothing.
 */
export function RunFollower({
  shared,
  reducedMotion,
  onMoment,
}: {
  shared: RunShared
  reducedMotion: boolean
  onMoment: (moment: Moment) => void
}) {
  const shown = useRef<Moment | null>(null)
  const wake = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(wake.current), [])
  useFrame(({ invalidate }) => {
    const f = shared.run.frame(wallNow(), reducedMotion)
    shared.runFrame = f
    const was = shown.current
    if (
      f.view.focus !== was?.focus ||
      f.view.therapistHands !== was.therapistHands ||
      f.view.placement !== was.placement
    ) {
      shown.current = f.view
      onMoment(f.view)
    }
    clearTimeout(wake.current)
    if (f.changing) invalidate()
    else if (f.wakeInMs !== null) wake.current = setTimeout(() => invalidate(), f.wakeInMs + 5)
  }, -1)
  return null
}

/**
 * The attract screen's slow turn, timed here on the scene's own clock: each tick turns the camera
 * (which asks for the one frame that shows it), then sleeps until the next; nothing runs while
 * it is off.
 */
export function AttractTurn({ shared }: { shared: { readonly camera: CameraApi | null } }) {
  useEffect(() => {
    const start = wallNow()
    let wake: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      const t = (wallNow() - start) / 1000
      const step = turnStep(t)
      if (step > 0) shared.camera?.orbit(step, 0, 1, true)
      wake = setTimeout(tick, turnWakeMs(t))
    }
    tick()
    return () => clearTimeout(wake)
  }, [shared])
  return null
}
