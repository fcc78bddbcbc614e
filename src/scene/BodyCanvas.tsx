import { type RefObject, useEffect, useRef, useState } from 'react'
import type { RegionId } from '@/content/regions'
import type { Vec3 } from '@/content/shots'
import { inspecting, inspectQuery } from '@/lib/inspect'
import { type GestureAction, ViewGestures } from './gestures'
import { type BodyRun, followRun } from './runClock'
import { pageLink, type SceneLink, workerLink } from './sceneLink'
import {
  BODY_PATH,
  type CameraApi,
  type RegionBox,
  type SceneEvents,
  type SceneFailure,
  type SceneInfo,
  type SceneInput,
} from './sceneTypes'
import { offscreenSupported, webglAvailable } from './webgl'

export interface BodyCanvasProps extends SceneInput {
  /** Lets people turn, zoom and pan with pointer, touch and wheel, and tap to pick. */
  readonly interactive: boolean
  /**
   * Drawn at the screen's own resolution, without the extra sharpness a close look gets: the
   * kiosk's attract screen, which turns the body all day with no one up close.
   */
  readonly lowPower?: boolean | undefined
  readonly onPick?: (region: RegionId) => void
  readonly cameraApi: { current: CameraApi | null }
  /** A DOM element the selected region's name follows on screen. */
  readonly labelRef: RefObject<HTMLElement | null>
  readonly onReady: () => void
  readonly onFailure: (reason: SceneFailure) => void
  /** A guided run the body follows (camera, highlight, hands), on the run's own time. */
  readonly run?: BodyRun | undefined
}

type Thread = 'worker' | 'page'

/** Numbers for tests and the benchmark, on `window.__stillpointScene` only with `?inspect` in the URL. */
interface SceneInspector {
  /** Where the scene draws: in a worker, or on the page's own thread. */
  readonly thread: Thread
  frames: number
  /** When the first frame was drawn, ms on the page's `performance.now()` clock. */
  firstFrameAt: number | null
  /** When the first frame with the body in it was drawn, same clock. */
  bodyFrameAt: number | null
  info(): Promise<SceneInfo | null>
  /** The camera's position, metres. */
  camera(): Promise<Vec3 | null>
  /** Where a region's anchor is on the page, CSS pixels. */
  regionPoint(region: RegionId): Promise<{ x: number; y: number } | null>
  /** A region's box on the canvas (see SceneApi.regionBox), CSS pixels from the canvas's corner. */
  regionBox(region: RegionId): Promise<RegionBox | null>
  /** Renders once and reports how much of the canvas is drawn on, and how many colours it has. */
  coverage(): Promise<{ drawn: number; colours: number } | null>
  /** Turns the camera steadily for `seconds` and resolves with the frames drawn meanwhile. */
  spin(seconds: number): Promise<number | null>
  /** The regions the body shows lit in the frame drawn last. */
  lit(): Promise<RegionId[] | null>
  loseContext(): Promise<unknown>
}

declare global {
  interface Window {
    __stillpointScene?: SceneInspector
  }
}

const referenceOnly = () => inspectQuery().get('inspect') === 'reference'

/** Up to 2x when still, for smooth edges without MSAA; the scene lowers it while moving if slow. */
const restingDpr = (lowPower = false) =>
  lowPower
    ? Math.min(2, window.devicePixelRatio || 1)
    : Math.min(2, Math.max(1.5, window.devicePixelRatio || 1))

function stageSize(canvas: HTMLCanvasElement) {
  const stage = canvas.parentElement ?? canvas
  return {
    width: Math.max(1, Math.round(stage.clientWidth)),
    height: Math.max(1, Math.round(stage.clientHeight)),
  }
}

/**
 * The 3D view's canvas. The scene draws in a worker where the browser can (OffscreenCanvas), so
 * three.js and WebGL setup never hold up the page; elsewhere it draws on the page's thread.
 * Gestures and keys are read here and sent as camera moves; taps ask the scene what was hit.
 */
export function BodyCanvas(props: BodyCanvasProps) {
  const [thread, setThread] = useState<Thread>(() => (offscreenSupported() ? 'worker' : 'page'))
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const linkRef = useRef<SceneLink | null>(null)
  const latest = useRef(props)
  latest.current = props
  const input: SceneInput = {
    pose: props.pose,
    shot: props.shot,
    focus: props.focus,
    hands: props.hands,
    placement: props.placement,
    selected: props.selected,
    sweep: props.sweep,
    reducedMotion: props.reducedMotion,
    dark: props.dark,
  }
  const inputKey = JSON.stringify(input)
  const sentKey = useRef(inputKey)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const { width, height } = stageSize(canvas)
    let inspector: SceneInspector | null = null
    const events: SceneEvents = {
      ready: () => latest.current.onReady(),
      failure(reason) {
        if (reason !== 'no-webgl' || thread === 'page') latest.current.onFailure(reason)
        // The worker found no WebGL: try the page's thread, unless WebGL is missing altogether.
        else if (webglAvailable()) setThread('page')
        else latest.current.onFailure('no-webgl')
      },
      label(x, y, visible) {
        const el = latest.current.labelRef.current
        if (!el) return
        el.style.transform = `translate(${x}px, ${y}px)`
        el.style.opacity = visible ? '1' : '0'
      },
      stats(stats) {
        if (!inspector) return
        const local = (t: number | null) => (t === null ? null : t - performance.timeOrigin)
        inspector.frames = stats.frames
        inspector.firstFrameAt = local(stats.firstFrameAt)
        inspector.bodyFrameAt = local(stats.bodyFrameAt)
      },
    }
    const first = JSON.parse(sentKey.current) as SceneInput
    const link = (thread === 'worker' ? workerLink : pageLink)(
      canvas,
      {
        width,
        height,
        dpr: restingDpr(latest.current.lowPower),
        modelUrl: new URL(BODY_PATH, document.baseURI).href,
        reference: referenceOnly(),
        inspect: inspecting(),
      },
      first,
      events,
    )
    linkRef.current = link
    latest.current.cameraApi.current = link
    const observer = new ResizeObserver(() => {
      const size = stageSize(canvas)
      void link.resize(size.width, size.height, restingDpr(latest.current.lowPower))
    })
    observer.observe(canvas.parentElement ?? canvas)
    if (inspecting()) {
      inspector = {
        thread,
        frames: 0,
        firstFrameAt: null,
        bodyFrameAt: null,
        info: () => link.info(),
        camera: () => link.camera(),
        async regionPoint(region) {
          const p = await link.regionPoint(region)
          const rect = canvas.getBoundingClientRect()
          return p && { x: rect.left + p.x, y: rect.top + p.y }
        },
        regionBox: (region) => link.regionBox(region),
        coverage: () => link.coverage(),
        spin: (seconds) => link.spin(seconds),
        lit: () => link.lit(),
        loseContext: () => link.loseContext(),
      }
      window.__stillpointScene = inspector
    }
    return () => {
      observer.disconnect()
      link.dispose()
      linkRef.current = null
      latest.current.cameraApi.current = null
      if (window.__stillpointScene === inspector) delete window.__stillpointScene
    }
  }, [thread])

  useEffect(() => {
    if (sentKey.current === inputKey) return
    sentKey.current = inputKey
    void linkRef.current?.update(JSON.parse(inputKey) as SceneInput)
  }, [inputKey])

  // A guided run: the plan once (it is copied to the scene, so only what the scene needs), then
  // the run's timebase whenever its time starts, holds, jumps or moves to a new cue.
  const plan = props.run?.plan
  const timing = props.run?.timing
  const sentPlan = useRef(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread is a new scene
  useEffect(() => {
    if (!plan && !sentPlan.current) return
    sentPlan.current = !!plan
    const moments = plan?.map(({ at, shot, focus, hands, placement }) => ({
      at,
      shot,
      focus,
      hands,
      placement,
    }))
    void linkRef.current?.run(moments ?? null)
  }, [plan, thread])
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread is a new scene
  useEffect(() => {
    const link = linkRef.current
    if (!link || !timing) return
    return followRun(timing, (timebase) => void link.timebase(timebase))
  }, [timing, thread])

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread is a new canvas element
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !props.interactive) return
    const gestures = new ViewGestures(() => canvas.clientHeight)
    const apply = (actions: readonly GestureAction[]) => {
      const link = linkRef.current
      if (!link) return
      for (const a of actions) {
        if (a.kind === 'orbit') void link.orbit(a.dAzimuth, a.dPolar, 1)
        else if (a.kind === 'pan') void link.pan(a.right, a.up)
        else if (a.kind === 'zoom') void link.orbit(0, 0, a.factor)
        else
          void link.pick(a.x, a.y).then((region) => {
            if (region) latest.current.onPick?.(region)
          })
      }
    }
    const at = (e: PointerEvent | WheelEvent) => {
      const rect = canvas.getBoundingClientRect()
      return { x: e.clientX - rect.left, y: e.clientY - rect.top }
    }
    const down = (e: PointerEvent) => {
      if (e.button !== 0 && e.button !== 2) return
      canvas.setPointerCapture(e.pointerId)
      gestures.down({
        id: e.pointerId,
        ...at(e),
        t: e.timeStamp,
        pans: e.button === 2 || e.shiftKey || e.ctrlKey || e.metaKey,
      })
    }
    const move = (e: PointerEvent) => {
      const p = at(e)
      apply(gestures.move(e.pointerId, p.x, p.y))
    }
    const up = (e: PointerEvent) => apply(gestures.up(e.pointerId, e.timeStamp))
    const cancel = (e: PointerEvent) => gestures.cancel(e.pointerId)
    const wheel = (e: WheelEvent) => {
      e.preventDefault()
      apply([gestures.wheel(e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY)])
    }
    const menu = (e: Event) => e.preventDefault()
    canvas.addEventListener('pointerdown', down)
    canvas.addEventListener('pointermove', move)
    canvas.addEventListener('pointerup', up)
    canvas.addEventListener('pointercancel', cancel)
    canvas.addEventListener('wheel', wheel, { passive: false })
    canvas.addEventListener('contextmenu', menu)
    return () => {
      canvas.removeEventListener('pointerdown', down)
      canvas.removeEventListener('pointermove', move)
      canvas.removeEventListener('pointerup', up)
      canvas.removeEventListener('pointercancel', cancel)
      canvas.removeEventListener('wheel', wheel)
      canvas.removeEventListener('contextmenu', menu)
    }
  }, [props.interactive, thread])

  return (
    <canvas
      key={thread}
      ref={canvasRef}
      className="body-canvas"
      data-thread={thread}
      data-interactive={props.interactive}
    />
  )
}
