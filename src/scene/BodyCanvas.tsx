import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useState } from 'react'
import { Vector3 } from 'three'
import type { RegionId } from '@/content/regions'
import { findShot, type PoseId, type ShotId } from '@/content/shots'
import { BodyModel } from './BodyModel'
import { regionAnchors } from './body/anatomy'
import { type CameraApi, CameraRig } from './CameraRig'
import { HandMarkers } from './HandMarkers'
import { type BodyGeometries, loadBody } from './loadBody'
import { placeInPose } from './pose'
import { Surroundings } from './Surroundings'

export interface BodyCanvasProps {
  readonly pose: PoseId
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  readonly hands: readonly RegionId[]
  readonly selected: RegionId | null
  readonly sweep: boolean
  readonly reducedMotion: boolean
  readonly interactive: boolean
  readonly onPick?: (region: RegionId) => void
  readonly cameraApi: { current: CameraApi | null }
  /** A DOM element the selected region's name follows on screen. */
  readonly labelRef: RefObject<HTMLElement | null>
  readonly onReady: () => void
  readonly onFailure: (reason: 'context-lost' | 'load-failed') => void
}

/** Numbers for tests and the benchmark, on `window.__stillpointScene` only with `?inspect` in the URL. */
interface SceneInspector {
  frames: number
  firstFrameAt: number | null
  info(): { calls: number; triangles: number; geometries: number; textures: number }
}

declare global {
  interface Window {
    __stillpointScene?: SceneInspector
  }
}

const inspecting = () =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('inspect')

function Inspector() {
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    if (!inspecting()) return
    window.__stillpointScene = {
      frames: 0,
      firstFrameAt: null,
      info: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }),
    }
    return () => {
      delete window.__stillpointScene
    }
  }, [gl])
  useFrame(() => {
    const s = window.__stillpointScene
    if (!s) return
    s.frames++
    s.firstFrameAt ??= performance.now()
  })
  return null
}

/** Keeps the selected region's DOM label over its point on the body, written through a ref. */
function LabelFollower({
  region,
  pose,
  labelRef,
}: {
  region: RegionId | null
  pose: PoseId
  labelRef: RefObject<HTMLElement | null>
}) {
  const v = new Vector3()
  useFrame(({ camera, size }) => {
    const el = labelRef.current
    if (!el || !region) return
    v.set(...placeInPose(pose, regionAnchors[region])).project(camera)
    const x = (v.x * 0.5 + 0.5) * size.width
    const y = (-v.y * 0.5 + 0.5) * size.height
    el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`
    el.style.opacity = v.z < 1 ? '1' : '0'
  })
  return null
}

/** The 3D view. Loaded lazily: the first screen never waits for three.js. */
export function BodyCanvas(props: BodyCanvasProps) {
  const [geometries, setGeometries] = useState<BodyGeometries | null>(null)
  const { onFailure, onReady } = props
  useEffect(() => {
    let live = true
    loadBody()
      .then((g) => {
        if (live) setGeometries(g)
      })
      .catch(() => {
        if (live) onFailure('load-failed')
      })
    return () => {
      live = false
    }
  }, [onFailure])

  const framing =
    findShot(props.shot)?.framing[props.pose] ?? findShot('whole-body')?.framing[props.pose]
  if (!framing) return null
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: true, alpha: true, powerPreference: 'low-power' }}
      camera={{ fov: 34, near: 0.03, far: 30, position: [...framing.position] }}
      onCreated={({ gl }) => {
        gl.domElement.addEventListener('webglcontextlost', (e) => {
          e.preventDefault()
          onFailure('context-lost')
        })
      }}
      aria-hidden="true"
    >
      <Inspector />
      <Surroundings pose={props.pose} />
      <CameraRig
        framing={framing}
        reducedMotion={props.reducedMotion}
        interactive={props.interactive}
        apiRef={props.cameraApi}
      />
      {geometries && (
        <>
          <BodyModel
            geometries={geometries}
            pose={props.pose}
            focus={props.focus}
            selected={props.selected}
            sweep={props.sweep}
            reducedMotion={props.reducedMotion}
            onPick={props.onPick}
          />
          <HandMarkers regions={props.hands} pose={props.pose} />
          <Ready onReady={onReady} />
        </>
      )}
      <LabelFollower region={props.selected} pose={props.pose} labelRef={props.labelRef} />
    </Canvas>
  )
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady])
  return null
}
