import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useRef, useState } from 'react'
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
  readonly dark: boolean
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
  /** The camera's position, metres. */
  camera(): [number, number, number]
  /** Where a region's anchor is on the page, in CSS pixels. */
  regionPoint(region: RegionId): { x: number; y: number }
  /** Renders once and reports how much of the canvas is drawn on, and how many colours it has. */
  coverage(): { drawn: number; colours: number }
  /** When the first frame with the body in it was drawn (performance.now). */
  bodyFrameAt: number | null
  /** Turns the camera steadily for `seconds` and resolves with the frames drawn meanwhile. */
  spin(seconds: number): Promise<number>
}

declare global {
  interface Window {
    __stillpointScene?: SceneInspector
  }
}

const inspecting = () =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('inspect')

function Inspector({
  pose,
  cameraApi,
}: {
  pose: PoseId
  cameraApi: { current: CameraApi | null }
}) {
  const spinning = useRef(false)
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!inspecting()) return
    const previous = window.__stillpointScene
    window.__stillpointScene = {
      frames: previous?.frames ?? 0,
      firstFrameAt: previous?.firstFrameAt ?? null,
      bodyFrameAt: previous?.bodyFrameAt ?? null,
      spin(seconds) {
        const start = window.__stillpointScene?.frames ?? 0
        spinning.current = true
        invalidate()
        return new Promise((resolve) =>
          setTimeout(() => {
            spinning.current = false
            resolve((window.__stillpointScene?.frames ?? 0) - start)
          }, seconds * 1000),
        )
      },
      camera: () => camera.position.toArray() as [number, number, number],
      regionPoint(region) {
        const v = new Vector3(...placeInPose(pose, regionAnchors[region])).project(camera)
        const rect = gl.domElement.getBoundingClientRect()
        return {
          x: rect.left + (v.x * 0.5 + 0.5) * rect.width,
          y: rect.top + (-v.y * 0.5 + 0.5) * rect.height,
        }
      },
      coverage() {
        gl.render(scene, camera)
        const ctx = gl.getContext()
        const w = ctx.drawingBufferWidth
        const h = ctx.drawingBufferHeight
        const pixels = new Uint8Array(w * h * 4)
        ctx.readPixels(0, 0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, pixels)
        let drawn = 0
        const colours = new Set<number>()
        for (let i = 0; i < pixels.length; i += 4) {
          if ((pixels[i + 3] ?? 0) > 8) {
            drawn++
            colours.add(
              ((pixels[i] ?? 0) >> 3) * 1024 +
                ((pixels[i + 1] ?? 0) >> 3) * 32 +
                ((pixels[i + 2] ?? 0) >> 3),
            )
          }
        }
        return { drawn: drawn / (w * h), colours: colours.size }
      },
      info: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }),
    }
  }, [gl, camera, scene, pose, invalidate])
  useEffect(
    () => () => {
      delete window.__stillpointScene
    },
    [],
  )
  useFrame((_, dt) => {
    const s = window.__stillpointScene
    if (!s) return
    s.frames++
    s.firstFrameAt ??= performance.now()
    if (s.bodyFrameAt === null && scene.getObjectByName('skin')) s.bodyFrameAt = performance.now()
    if (spinning.current) {
      cameraApi.current?.orbit(dt * 0.6, 0, 1)
      invalidate()
    }
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

/**
 * Sharp when still, light when moving: the view renders at up to 2x (smooth edges without MSAA)
 * while nothing moves, and at half that while the camera is in motion (see CameraRig's regress).
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

const restingDpr = () =>
  Math.min(2, Math.max(1.5, typeof window === 'undefined' ? 1 : window.devicePixelRatio))

/** A trivial scene in the same canvas, for the benchmark's frame-rate reference (`?inspect=reference`). */
function ReferenceScene() {
  return (
    <mesh name="reference">
      <boxGeometry args={[0.3, 0.3, 0.3]} />
      <meshBasicMaterial color="#4fb6a6" />
    </mesh>
  )
}
const referenceOnly = () =>
  inspecting() && new URLSearchParams(window.location.search).get('inspect') === 'reference'

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
      dpr={restingDpr()}
      performance={{ min: 0.25, max: 1, debounce: 250 }}
      gl={{ antialias: false, alpha: true, powerPreference: 'low-power' }}
      camera={{ fov: 34, near: 0.03, far: 30, position: [...framing.position] }}
      onCreated={({ gl }) => {
        // Checking shader errors forces the page to wait for every shader to compile; skip it in
        // production (the shaders are fixed and tested), which keeps the first frames from blocking.
        gl.debug.checkShaderErrors = import.meta.env.DEV
        gl.domElement.addEventListener('webglcontextlost', (e) => {
          e.preventDefault()
          onFailure('context-lost')
        })
      }}
      aria-hidden="true"
    >
      <Inspector pose={props.pose} cameraApi={props.cameraApi} />
      <AdaptiveResolution />
      {referenceOnly() ? <ReferenceScene /> : <Surroundings pose={props.pose} />}
      <CameraRig
        framing={framing}
        reducedMotion={props.reducedMotion}
        interactive={props.interactive}
        apiRef={props.cameraApi}
      />
      {geometries && !referenceOnly() && (
        <>
          <BodyModel
            geometries={geometries}
            pose={props.pose}
            focus={props.focus}
            selected={props.selected}
            sweep={props.sweep}
            reducedMotion={props.reducedMotion}
            dark={props.dark}
            onPick={props.onPick}
          />
          <HandMarkers regions={props.hands} pose={props.pose} />
          <Ready onReady={onReady} />
        </>
      )}
      {referenceOnly() && <Ready onReady={onReady} />}
      <LabelFollower region={props.selected} pose={props.pose} labelRef={props.labelRef} />
    </Canvas>
  )
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady])
  return null
}
