import { extend, type RootState, useFrame, useThree } from '@react-three/fiber'
import { type ReactNode, useEffect, useState } from 'react'
import {
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
} from 'three'
import { findShot, type PoseId, type ShotId } from '@/content/shots'
import { BodyModel, type BodyModelProps } from './BodyModel'
import { regionAnchors } from './body/anatomy'
import { CameraRig, type RigRun } from './CameraRig'
import { HandMarkers } from './HandMarkers'
import type { BodyGeometries } from './loadBody'
import { toCanvas } from './projection'
import type { RunFrame, SceneRun } from './runClock'
import { Surroundings } from './Surroundings'
import { AttractTurn, type Moment, RunFollower } from './sceneTime'
import type { CameraApi, SceneEvents, SceneInput } from './sceneTypes'

/** What the scene's components share with the runtime around them. */
export interface Shared {
  get: (() => RootState) | null
  camera: CameraApi | null
  label: string
  /** The guided run the body follows, if any (its plan is null otherwise). */
  run: SceneRun
  /** The run as drawn in the current frame. */
  runFrame: RunFrame | null
}

// The three.js classes the scene declares in JSX.
extend({
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
})

/** The camera framing for a shot in a pose (the whole body for an unknown shot). */
export const framingOf = (shot: ShotId, pose: PoseId) =>
  findShot(shot)?.framing[pose] ?? findShot('whole-body')?.framing[pose]

/** The shot the input starts on: the still picture's, or the run's first. */
export const firstShot = (input: SceneInput): ShotId =>
  input.show.kind === 'still' ? input.show.shot : (input.show.plan[0]?.shot ?? 'whole-body')

function Capture({ shared }: { shared: Shared }) {
  shared.get = useThree((s) => s.get)
  return null
}

/**
 * Sharp when still, light when moving: the view renders at up to 2x (smooth edges without MSAA)
 * while nothing moves, and at a fraction of that while the camera moves and frames are slow.
 */
function AdaptiveResolution() {
  const current = useThree((s) => s.performance.current)
  const setDpr = useThree((s) => s.setDpr)
  const initial = useThree((s) => s.viewport.initialDpr)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    setDpr(initial * current)
    invalidate()
  }, [current, initial, setDpr, invalidate])
  return null
}

/** Reports where the selected region's label goes, when it moves. */
function LabelReporter({
  shared,
  input,
  events,
}: {
  shared: Shared
  input: SceneInput
  events: SceneEvents
}) {
  useFrame(({ camera, size }) => {
    if (!input.selected) return
    const p = toCanvas(input.pose, regionAnchors[input.selected], camera, size)
    const x = Math.round(p.x)
    const y = Math.round(p.y)
    const key = `${x},${y},${p.visible}`
    if (key === shared.label) return
    shared.label = key
    events.label(x, y, p.visible)
  })
  return null
}

/** The body, with the coarser skin while dynamic resolution is lowered (moving, and slow). */
function MovingBody(props: Omit<BodyModelProps, 'moving'>) {
  const moving = useThree((s) => s.performance.current < 1)
  return <BodyModel {...props} moving={moving} />
}

export function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady])
  return null
}

/** Everything drawn: the room, the camera, the body and its hands, following a run or a still picture. */
export function SceneContents({
  input,
  geometries,
  shared,
  events,
  reference,
  probe,
}: {
  input: SceneInput
  geometries: BodyGeometries | null
  shared: Shared
  events: SceneEvents
  /** The benchmark's plain scene: no room and no body. */
  reference: boolean
  /** What the test probe adds to every frame (under `?inspect` only). */
  probe: ReactNode
}) {
  const framing = framingOf(firstShot(input), input.pose)
  const { show } = input
  const following = show.kind === 'run'
  // What a guided run lights and where it shows the hands: React renders once per moment.
  const [moment, setMoment] = useState<Moment | null>(null)
  const focus = following ? (moment?.focus ?? []) : show.focus
  const therapistHands = following ? (moment?.therapistHands ?? []) : show.therapistHands
  const placement = following ? moment?.placement : show.placement
  const rigRun: RigRun | undefined =
    following && framing
      ? { frame: () => shared.runFrame, framingOf: (s) => framingOf(s, input.pose) ?? framing }
      : undefined
  const apiRef = {
    set current(api: CameraApi | null) {
      shared.camera = api
    },
    get current() {
      return shared.camera
    },
  }
  const turning = input.turn && !input.hidden && !input.reducedMotion
  return (
    <>
      <Capture shared={shared} />
      <AdaptiveResolution />
      {!reference && <Surroundings pose={input.pose} dark={input.dark} />}
      {following && (
        <RunFollower shared={shared} reducedMotion={input.reducedMotion} onMoment={setMoment} />
      )}
      {framing && (
        <CameraRig
          framing={framing}
          reducedMotion={input.reducedMotion}
          apiRef={apiRef}
          run={rigRun}
        />
      )}
      {reference && <Ready onReady={events.ready} />}
      {geometries && !reference && (
        <>
          <MovingBody
            geometries={geometries}
            pose={input.pose}
            focus={focus}
            selected={input.selected}
            sweep={input.sweep}
            reducedMotion={input.reducedMotion}
            dark={input.dark}
            runSince={following ? () => shared.runFrame?.view.since ?? 0 : undefined}
          />
          <HandMarkers
            regions={therapistHands}
            placement={placement}
            pose={input.pose}
            dark={input.dark}
          />
          {turning && <AttractTurn shared={shared} />}
          <Ready onReady={events.ready} />
        </>
      )}
      <LabelReporter shared={shared} input={input} events={events} />
      {probe}
    </>
  )
}
