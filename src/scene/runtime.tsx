import { createRoot, type RenderProps } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { Raycaster, Vector2, WebGLRenderer } from 'three'
import { regionUnder } from './BodyModel'
import { CAMERA_FOV } from './gestures'
import { type BodyGeometries, loadBody, loadSeatedSkin, type SkinGeometries } from './loadBody'
import { createSceneRun, wallNow } from './runClock'
import { firstShot, framingOf, SceneContents, type Shared } from './SceneContents'
import {
  type SceneEvents,
  type SceneInput,
  type SceneOptions,
  type SceneRuntime,
  SEATED_SKIN_FILE,
} from './sceneTypes'

/** A guided run's plan, when the input shows one. */
const planOf = (input: SceneInput) => (input.show.kind === 'run' ? input.show.plan : null)

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
    label: '',
    run: createSceneRun(planOf(firstInput)),
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
  const framing = framingOf(firstShot(input), input.pose)
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
  const state = () => {
    if (!shared.get) throw new Error('The scene has not mounted yet')
    return shared.get()
  }
  // Tests and the benchmark only: the probe's code loads only when asked for.
  const probed = options.inspect
    ? (await import('./probe')).createProbe({
        state,
        pose: () => input.pose,
        events,
        orbit: (d) => shared.camera?.orbit(d, 0, 1),
        reference: options.reference,
      })
    : null
  const probe: ReactNode = probed?.contents ?? null
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
        shared={shared}
        events={events}
        reference={options.reference}
        probe={probe}
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

  const raycaster = new Raycaster()
  const ndc = new Vector2()
  const runtime: SceneRuntime = {
    update(next) {
      const plan = planOf(next)
      if ((plan === null) !== (shared.run.plan === null)) shared.runFrame = null
      shared.run.plan = plan
      input = next
      draw()
      shared.get?.().invalidate()
    },
    resize(width, height, dpr) {
      config.size = size(width, height)
      config.dpr = dpr
      void root.configure(config).then(() => state().invalidate())
    },
    timebase(timebase, seek) {
      shared.run.setTimebase(timebase, wallNow(), seek)
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
    dispose() {
      disposed = true
      canvas.removeEventListener('webglcontextlost', onLost)
      root.unmount()
    },
  }
  // The probe answers beside the scene's own methods, over the same link.
  return probed ? Object.assign(runtime, probed.probe) : runtime
}
