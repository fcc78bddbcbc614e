import { type RefObject, useEffect, useRef, useState } from 'react'
import type { RegionId } from '@/content/regions'
import type { PoseId } from '@/content/shots'
import { inspecting, inspectQuery } from '@/lib/inspect'
import { listenForGestures } from './canvasGestures'
import type { Thread } from './inspectScene'
import type { BodyRun } from './runClock'
import { pageLink, type SceneLink, workerLink } from './sceneLink'
import {
  BODY_PATH,
  type CameraApi,
  type SceneEvents,
  type SceneFailure,
  type SceneInput,
  type SceneStats,
  type StillPicture,
} from './sceneTypes'
import { offscreenSupported, webglAvailable } from './webgl'

export interface BodyCanvasProps {
  readonly pose: PoseId
  /** A still picture; null while the body follows `run`. */
  readonly still: StillPicture | null
  /** A guided run the body follows (camera, highlight, hands), on the run's own time. */
  readonly run: BodyRun | null
  readonly selected: RegionId | null
  readonly sweep: boolean
  readonly reducedMotion: boolean
  readonly dark: boolean
  /** The attract screen's slow turn (the scene times it; it rests while the page is hidden). */
  readonly turn: boolean
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
}

/** Whether the page is hidden, from its visibility events. */
function useHidden(watch: boolean): boolean {
  const [hidden, setHidden] = useState(() => watch && document.hidden)
  useEffect(() => {
    if (!watch) return
    const update = () => setHidden(document.hidden)
    update()
    document.addEventListener('visibilitychange', update)
    return () => document.removeEventListener('visibilitychange', update)
  }, [watch])
  return watch && hidden
}

/** What shows when a page gives neither a picture nor a run. */
const stillAtStart: StillPicture = {
  kind: 'still',
  shot: 'whole-body',
  focus: [],
  therapistHands: [],
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
  const hidden = useHidden(props.turn)
  const { run } = props
  const input: SceneInput = {
    pose: props.pose,
    show: run ? { kind: 'run', plan: run.plan } : (props.still ?? stillAtStart),
    selected: props.selected,
    sweep: props.sweep,
    reducedMotion: props.reducedMotion,
    dark: props.dark,
    turn: props.turn,
    hidden,
  }
  const inputKey = JSON.stringify(input)
  const sentKey = useRef(inputKey)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const { width, height } = stageSize(canvas)
    let stats: SceneStats | null = null
    let inspector: { stats(s: SceneStats): void; dispose(): void } | null = null
    let ended = false
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
      stats(next) {
        stats = next
        inspector?.stats(next)
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
    // Tests and the benchmark only: the probe's page side loads only with ?inspect.
    if (inspecting()) {
      void import('./inspectScene').then(({ exposeScene }) => {
        if (!ended) inspector = exposeScene(link, canvas, thread, stats)
      })
    }
    return () => {
      ended = true
      observer.disconnect()
      link.dispose()
      linkRef.current = null
      latest.current.cameraApi.current = null
      inspector?.dispose()
    }
  }, [thread])

  useEffect(() => {
    if (sentKey.current === inputKey) return
    sentKey.current = inputKey
    void linkRef.current?.update(JSON.parse(inputKey) as SceneInput)
  }, [inputKey])

  // A guided run's time: where it is now, then each signal it sends (start, hold, jump, new
  // moment, a voice that strayed). The plan went with the input.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread is a new scene
  useEffect(() => {
    const link = linkRef.current
    if (!link || !run) return
    void link.timebase(run.signal().timebase, false)
    return run.listen((signal) => void link.timebase(signal.timebase, signal.seek))
  }, [run, thread])

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread is a new canvas element
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !props.interactive) return
    return listenForGestures(
      canvas,
      () => linkRef.current,
      (region) => latest.current.onPick?.(region),
    )
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
