import { type RootState, useFrame } from '@react-three/fiber'
import type { ReactNode } from 'react'
import type { RegionId } from '@/content/regions'
import type { PoseId, Vec3 } from '@/content/shots'
import { regionAnchors, regionExtent } from './body/anatomy'
import { toCanvas } from './projection'
import { wallNow } from './runClock'
import type { SceneEvents, SceneStats } from './sceneTypes'

export interface RegionBox {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly width: number
  readonly height: number
}

export interface SceneInfo {
  readonly calls: number
  readonly triangles: number
  readonly geometries: number
  readonly textures: number
}

/**
 * What tests and the benchmark ask of the scene, and nothing the app uses: loaded, and served
 * beside the scene's own methods, only under `?inspect`.
 */
export interface SceneProbe {
  /** The camera's position, metres. */
  camera(): Vec3
  /** Where a region's anchor is on the canvas, CSS pixels from its top left. */
  regionPoint(region: RegionId): { x: number; y: number }
  /**
   * Where a region's box (`regionExtent`) falls on the canvas through the camera as it is now,
   * CSS pixels from its top left, with the canvas's size (framing tests).
   */
  regionBox(region: RegionId): RegionBox | null
  /** Renders once and reports how much of the canvas is drawn on, and how many colours it has. */
  coverage(): { drawn: number; colours: number }
  info(): SceneInfo
  /** The regions the body shows lit in the frame drawn last. */
  lit(): RegionId[]
  /** Turns the camera steadily for `seconds` and answers with the frames drawn meanwhile. */
  spin(seconds: number): Promise<number>
  /** Forces a WebGL context loss. */
  loseContext(): void
}

/** A trivial scene in the same canvas, for the benchmark's frame-rate reference. */
function ReferenceMesh() {
  return (
    <mesh name="reference">
      <boxGeometry args={[0.3, 0.3, 0.3]} />
      <meshBasicMaterial color="#4fb6a6" />
    </mesh>
  )
}

interface Counter {
  stats: { frames: number; firstFrameAt: number | null; bodyFrameAt: number | null }
  spinning: boolean
}

/** Runs last in every frame: counts it (and tells the page), and turns the camera while spinning. */
function FrameCounter({
  counter,
  events,
  orbit,
}: {
  counter: Counter
  events: SceneEvents
  orbit: (d: number) => void
}) {
  useFrame(({ scene, invalidate }, dt) => {
    const s = counter.stats
    s.frames++
    s.firstFrameAt ??= wallNow()
    if (s.bodyFrameAt === null && scene.getObjectByName('skin')) s.bodyFrameAt = wallNow()
    events.stats({ ...s } satisfies SceneStats)
    if (counter.spinning) {
      orbit(dt * 0.6)
      invalidate()
    }
  })
  return null
}

/**
 * The probe over a running scene: its methods, and what it adds to the scene (the frame counter,
 * and the benchmark's reference mesh when `reference`).
 */
export function createProbe({
  state,
  pose,
  events,
  orbit,
  reference,
}: {
  state: () => RootState
  pose: () => PoseId
  events: SceneEvents
  orbit: (dAzimuth: number) => void
  reference: boolean
}): { probe: SceneProbe; contents: ReactNode } {
  const counter: Counter = {
    stats: { frames: 0, firstFrameAt: null, bodyFrameAt: null },
    spinning: false,
  }
  const onCanvas = (point: Vec3) => {
    const { camera, size } = state()
    camera.updateMatrixWorld()
    return toCanvas(pose(), point, camera, size)
  }
  const probe: SceneProbe = {
    camera: () => state().camera.position.toArray() as [number, number, number],
    regionPoint(region) {
      const { x, y } = onCanvas(regionAnchors[region])
      return { x, y }
    },
    regionBox(region) {
      const corners = regionExtent(region)
      if (corners.length === 0) return null
      const points = corners.map(onCanvas)
      const xs = points.map((p) => p.x)
      const ys = points.map((p) => p.y)
      const { size } = state()
      return {
        left: Math.min(...xs),
        right: Math.max(...xs),
        top: Math.min(...ys),
        bottom: Math.max(...ys),
        width: size.width,
        height: size.height,
      }
    },
    coverage() {
      const { gl, scene, camera } = state()
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
    info() {
      const { gl } = state()
      return {
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }
    },
    lit() {
      const lit: unknown = state().scene.getObjectByName('body')?.userData.lit
      return Array.isArray(lit) ? (lit as RegionId[]) : []
    },
    spin(seconds) {
      const start = counter.stats.frames
      counter.spinning = true
      state().invalidate()
      return new Promise((resolve) =>
        setTimeout(() => {
          counter.spinning = false
          resolve(counter.stats.frames - start)
        }, seconds * 1000),
      )
    },
    loseContext() {
      state().gl.forceContextLoss()
    },
  }
  const contents = (
    <>
      {reference && <ReferenceMesh />}
      <FrameCounter counter={counter} events={events} orbit={orbit} />
    </>
  )
  return { probe, contents }
}
