import {
  createRoot,
  extend,
  type RenderProps,
  type RootState,
  useFrame,
  useThree,
} from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import {
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three'
import type { RegionId } from '@/content/regions'
import { findShot, type PoseId, type ShotId } from '@/content/shots'
import { BodyModel, type BodyModelProps, regionUnder } from './BodyModel'
import { regionAnchors, regionExtent } from './body/anatomy'
import { CameraRig, type RigRun } from './CameraRig'
import { CAMERA_FOV } from './gestures'
import { HandMarkers } from './HandMarkers'
import { type BodyGeometries, loadBody, loadSeatedSkin, type SkinGeometries } from './loadBody'
import { placeInPose } from './pose'
import { createSceneRun, type RunFrame, type SceneRun, wallNow } from './runClock'
import type { RunView } from './runView'
import { Surroundings } from './Surroundings'
import {
  type CameraApi,
  type SceneEvents,
  type SceneInput,
  type SceneOptions,
  type SceneRuntime,
  SEATED_SKIN_FILE,
} from './sceneTypes'

/** What the scene's components share with the runtime around them. */
interface Shared {
  get: (() => RootState) | null
  camera: CameraApi | null
  spinning: boolean
  stats: { frames: number; firstFrameAt: number | null; bodyFrameAt: number | null }
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

const now = wallNow

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

/** A trivial scene in the same canvas, for the benchmark's frame-rate reference. */
function ReferenceScene() {
  return (
    <mesh name="reference">
      <boxGeometry args={[0.3, 0.3, 0.3]} />
      <meshBasicMaterial color="#4fb6a6" />
    </mesh>
  )
}

/**
 * Runs last in every frame: counts frames for the inspector, turns the camera while the benchmark
 * spins it, and reports where the selected region's label goes.
 */
function FrameReporter({
  shared,
  input,
  events,
  inspect,
}: {
  shared: Shared
  input: SceneInput
  events: SceneEvents
  inspect: boolean
}) {
  const v = new Vector3()
  useFrame(({ camera, size, scene, invalidate }, dt) => {
    const s = shared.stats
    s.frames++
    s.firstFrameAt ??= now()
    if (s.bodyFrameAt === null && scene.getObjectByName('skin')) s.bodyFrameAt = now()
    if (inspect) events.stats({ ...s })
    if (shared.spinning) {
      shared.camera?.orbit(dt * 0.6, 0, 1)
      invalidate()
    }
    if (!input.selected) return
    v.set(...placeInPose(input.pose, regionAnchors[input.selected])).project(camera)
    const x = Math.round((v.x * 0.5 + 0.5) * size.width)
    const y = Math.round((-v.y * 0.5 + 0.5) * size.height)
    const visible = v.z < 1
    const key = `${x},${y},${visible}`
    if (key === shared.label) return
    shared.label = key
    events.label(x, y, visible)
  })
  return null
}

/** The body, with the coarser skin while dynamic resolution is lowered (moving, and slow). */
function MovingBody(props: Omit<BodyModelProps, 'moving'>) {
  const moving = useThree((s) => s.performance.current < 1)
  return <BodyModel {...props} moving={moving} />
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady])
  return null
}

/** The camera framing for a shot in a pose (the whole body for an unknown shot). */
const framingOf = (shot: ShotId, pose: PoseId) =>
  findShot(shot)?.framing[pose] ?? findShot('whole-body')?.framing[pose]
const framingFor = (input: SceneInput) => framingOf(input.shot, input.pose)

type Moment = Pick<RunView, 'focus' | 'hands' | 'placement'>

/**
 * Runs first in every frame of a guided run: works out where the run is, tells the scene when the
 * moment (what is lit, where the hands are) changes, and asks for the next frame only while the
 * picture changes, or wakes up when it next will. A paused run asks for nothing.
 */
function RunClock({
  shared,
  reducedMotion,
  onMoment,
}: {
  shared: Shared
  reducedMotion: boolean
  onMoment: (moment: Moment) => void
}) {
  const shown = useRef<Moment | null>(null)
  const wake = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(wake.current), [])
  useFrame(({ invalidate }) => {
    const f = shared.run.frame(now(), reducedMotion)
    shared.runFrame = f
    const was = shown.current
    if (
      f.view.focus !== was?.focus ||
      f.view.hands !== was.hands ||
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

function SceneContents({
  input,
  geometries,
  options,
  shared,
  events,
}: {
  input: SceneInput
  geometries: BodyGeometries | null
  options: SceneOptions
  shared: Shared
  events: SceneEvents
}) {
  const framing = framingFor(input)
  const following = shared.run.plan !== null
  // What a guided run lights and where it shows the hands: React renders once per moment.
  const [moment, setMoment] = useState<Moment | null>(null)
  const focus = following ? (moment?.focus ?? []) : input.focus
  const hands = following ? (moment?.hands ?? []) : input.hands
  const placement = following ? moment?.placement : input.placement
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
  return (
    <>
      <Capture shared={shared} />
      <AdaptiveResolution />
      {options.reference ? (
        <ReferenceScene />
      ) : (
        <Surroundings pose={input.pose} dark={input.dark} />
      )}
      {following && (
        <RunClock shared={shared} reducedMotion={input.reducedMotion} onMoment={setMoment} />
      )}
      {framing && (
        <CameraRig
          framing={framing}
          reducedMotion={input.reducedMotion}
          apiRef={apiRef}
          run={rigRun}
        />
      )}
      {options.reference && <Ready onReady={events.ready} />}
      {geometries && !options.reference && (
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
          <HandMarkers regions={hands} placement={placement} pose={input.pose} dark={input.dark} />
          <Ready onReady={events.ready} />
        </>
      )}
      <FrameReporter shared={shared} input={input} events={events} inspect={options.inspect} />
    </>
  )
}

/**
 * Starts the 3D scene on a canvas: an element on the page, or an OffscreenCanvas in a worker.
 * Rejects when the device gives no WebGL context. Reports a lost context or a body model that
 * cannot load through `events.failure`.
 */
export async function startScene(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  options: SceneOptions,
  firstInput: SceneInput,
  events: SceneEvents,
): Promise<SceneRuntime> {
  const shared: Shared = {
    get: null,
    camera: null,
    spinning: false,
    stats: { frames: 0, firstFrameAt: null, bodyFrameAt: null },
    label: '',
    run: createSceneRun(null),
    runFrame: null,
  }
  // Ask for the context first, so a device without WebGL is a quiet answer rather than an error.
  const context = canvas.getContext('webgl2', {
    alpha: true,
    antialias: false,
    depth: true,
    stencil: false,
    powerPreference: 'low-power',
  }) as WebGL2RenderingContext | null
  if (!context) throw new Error('This device gives no WebGL 2 context')
  let input = firstInput
  let geometries: BodyGeometries | null = null
  // The seated pose swaps in its own skin (bent legs); the bones are the same.
  let seatedSkin: SkinGeometries | null = null
  let seatedLoading = false
  let seatedBody: BodyGeometries | null = null
  let disposed = false
  const root = createRoot(canvas)
  const size = (width: number, height: number) => ({ width, height, top: 0, left: 0 })
  const framing = framingFor(input)
  const onLost = (e: Event) => {
    e.preventDefault()
    if (!disposed) events.failure('context-lost')
  }
  // The whole configuration goes in every time: R3F applies defaults for anything left out.
  const config = {
    frameloop: 'demand',
    dpr: options.dpr,
    size: size(options.width, options.height),
    performance: { min: 0.25, max: 1, debounce: 250 },
    gl: (defaults) =>
      new WebGLRenderer({ ...defaults, canvas, context, antialias: false, alpha: true }),
    camera: {
      fov: CAMERA_FOV,
      near: 0.03,
      far: 30,
      position: framing ? [...framing.position] : [0, 1, 3],
    },
    onCreated: ({ gl }) => {
      // Checking shader errors makes the thread wait for every shader to compile; the shaders
      // are fixed and tested, so production skips it.
      gl.debug.checkShaderErrors = import.meta.env.DEV
      canvas.addEventListener('webglcontextlost', onLost)
    },
  } satisfies RenderProps<HTMLCanvasElement | OffscreenCanvas>
  await root.configure(config)
  /** The body for the input's pose, once everything it needs has loaded. */
  const bodyForPose = (): BodyGeometries | null => {
    if (!geometries || input.pose !== 'seated') return geometries
    if (!seatedSkin) return null
    seatedBody ??= { ...geometries, ...seatedSkin }
    return seatedBody
  }
  const draw = () => {
    if (disposed) return
    // The seated skin is fetched the first time the seated pose shows, never before.
    if (input.pose === 'seated' && !options.reference && !seatedSkin && !seatedLoading) {
      seatedLoading = true
      loadSeatedSkin(new URL(SEATED_SKIN_FILE, options.modelUrl).href)
        .then((skin) => {
          seatedSkin = skin
          draw()
        })
        .catch(() => {
          seatedLoading = false
          if (!disposed) events.failure('load-failed')
        })
    }
    root.render(
      <SceneContents
        input={input}
        geometries={bodyForPose()}
        options={options}
        shared={shared}
        events={events}
      />,
    )
  }
  draw()
  if (!options.reference) {
    loadBody(options.modelUrl)
      .then((g) => {
        geometries = g
        draw()
      })
      .catch(() => {
        if (!disposed) events.failure('load-failed')
      })
  }

  const state = () => {
    if (!shared.get) throw new Error('The scene has not mounted yet')
    return shared.get()
  }
  const raycaster = new Raycaster()
  const ndc = new Vector2()
  const canvasPoint = (region: RegionId) => {
    const { camera, size: s } = state()
    const v = new Vector3(...placeInPose(input.pose, regionAnchors[region])).project(camera)
    return { x: (v.x * 0.5 + 0.5) * s.width, y: (-v.y * 0.5 + 0.5) * s.height }
  }

  return {
    update(next) {
      input = next
      draw()
    },
    resize(width, height, dpr) {
      config.size = size(width, height)
      config.dpr = dpr
      void root.configure(config).then(() => state().invalidate())
    },
    run(plan) {
      shared.run.plan = plan
      shared.runFrame = null
      draw()
      shared.get?.().invalidate()
    },
    timebase(timebase) {
      shared.run.setTimebase(timebase, now())
      shared.get?.().invalidate()
    },
    orbit: (...args) => shared.camera?.orbit(...args),
    pan: (...args) => shared.camera?.pan(...args),
    reset: () => shared.camera?.reset(),
    pick(x, y) {
      const { camera, scene, size: s } = state()
      ndc.set((x / s.width) * 2 - 1, -(y / s.height) * 2 + 1)
      camera.updateMatrixWorld()
      raycaster.setFromCamera(ndc, camera)
      return regionUnder(scene, (o) => raycaster.intersectObject(o, true))
    },
    camera: () => state().camera.position.toArray() as [number, number, number],
    regionPoint: canvasPoint,
    regionBox(region) {
      const corners = regionExtent(region)
      if (corners.length === 0) return null
      const { camera, size: s } = state()
      camera.updateMatrixWorld()
      const xs: number[] = []
      const ys: number[] = []
      for (const c of corners) {
        const v = new Vector3(...placeInPose(input.pose, c)).project(camera)
        xs.push((v.x * 0.5 + 0.5) * s.width)
        ys.push((-v.y * 0.5 + 0.5) * s.height)
      }
      return {
        left: Math.min(...xs),
        right: Math.max(...xs),
        top: Math.min(...ys),
        bottom: Math.max(...ys),
        width: s.width,
        height: s.height,
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
    spin(seconds) {
      const start = shared.stats.frames
      shared.spinning = true
      state().invalidate()
      return new Promise((resolve) =>
        setTimeout(() => {
          shared.spinning = false
          resolve(shared.stats.frames - start)
        }, seconds * 1000),
      )
    },
    lit() {
      const lit: unknown = state().scene.getObjectByName('body')?.userData.lit
      return Array.isArray(lit) ? (lit as RegionId[]) : []
    },
    loseContext() {
      state().gl.forceContextLoss()
    },
    dispose() {
      disposed = true
      canvas.removeEventListener('webglcontextlost', onLost)
      root.unmount()
    },
  }
}
