import {
  type KeyboardEvent,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { findRegion, type RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { PoseId, ShotId } from '@/content/shots'
import { useDarkTheme } from '@/ui/useDarkTheme'
import type { BodyRun } from './runClock'
import type { RunView } from './runView'
import type { CameraApi, SceneFailure } from './sceneTypes'
import { useRunMoment } from './useRunMoment'
import { offscreenSupported, webglAvailable } from './webgl'
import './body-view.css'
import { inspectOverrides } from './inspectOverrides'
import { ViewTools, viewKey } from './viewControls'

const BodyCanvas = lazy(() => import('./BodyCanvas').then((m) => ({ default: m.BodyCanvas })))
// The flat drawing is for devices without WebGL (or a 3D view that failed): its code, with the
// figure's whole description, loads only then, not with every page's first screen.
const SvgBody = lazy(() => import('./SvgBody').then((m) => ({ default: m.SvgBody })))

interface BodyViewBase {
  readonly pose: PoseId
  readonly selected?: RegionId | null
  readonly sweep?: boolean
  readonly reducedMotion: boolean
  /** Lets people turn, zoom and pan the view, and shows the view controls. */
  readonly explorable?: boolean
  readonly onPick?: (region: RegionId) => void
  /**
   * Turn slowly on its own (the kiosk's attract screen, left on all day): a few frames a second,
   * none while the page is hidden, and a still picture under reduced motion.
   */
  readonly turn?: boolean
}

/** What a still picture shows; the view moves on its own time (a glide to a new shot, a pulse that settles). */
export interface StillBody {
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  /** The therapist's hands rest on these regions (Explore, Learn). */
  readonly therapistHands?: readonly RegionId[]
  /** Where the person's own hands rest, in a home routine (a null side is not shown). */
  readonly placement?: HandPlacement | undefined
  /** The text alternative: what the picture shows right now. */
  readonly description: string
}

/**
 * A guided run: the camera, highlight and hand markers follow the run's position (a pure
 * function of it, `runView`), advance only while it plays, and draw nothing while it is held. The
 * flat drawing and the text alternative follow the same moments.
 */
export interface FollowedBody {
  readonly run: BodyRun
  /** The text alternative for what the run shows at a moment. */
  readonly describeMoment: (view: RunView) => string
}

type Never<T> = { readonly [K in keyof T]?: never }

/** The body follows a run, or shows a still picture: never both. */
export type BodyViewProps = BodyViewBase &
  ((StillBody & Never<FollowedBody>) | (FollowedBody & Never<StillBody>))

export type { BodyRun } from './runClock'
export type { BodyMoment } from './sceneTypes'

type Fallback = null | SceneFailure

const fallbackNotes: Record<Exclude<Fallback, null>, string> = {
  'no-webgl': 'This device can’t show 3D here, so this is a flat drawing with the same parts.',
  'context-lost': 'The 3D view stopped, so here is a flat drawing with the same parts.',
  'load-failed': 'The 3D body could not be loaded, so here is a flat drawing with the same parts.',
}

/**
 * The body, in 3D where the device can, and as a flat drawing where it cannot. The 3D code loads
 * lazily behind a calm placeholder; losing the WebGL context falls back instead of going blank.
 */
export function BodyView(viewProps: BodyViewProps) {
  const [overrides] = useState(inspectOverrides)
  const { run, describeMoment } = viewProps
  const {
    pose = viewProps.pose,
    selected = null,
    sweep = false,
    reducedMotion,
    explorable = false,
    onPick,
    turn = false,
  } = { ...viewProps, ...(overrides.pose && { pose: overrides.pose }) }
  // What shows now, for the flat drawing and the words: a run's moment, or the still picture.
  const moment = useRunMoment(run)
  const shown: StillBody = moment
    ? {
        shot: moment.to,
        focus: moment.focus,
        therapistHands: moment.therapistHands,
        placement: moment.placement ?? undefined,
        description: describeMoment?.(moment) ?? '',
      }
    : {
        shot: overrides.shot ?? viewProps.shot ?? 'whole-body',
        focus: viewProps.focus ?? [],
        therapistHands: viewProps.therapistHands ?? [],
        placement: overrides.placement ?? viewProps.placement,
        description: viewProps.description ?? '',
      }
  const { focus, therapistHands = [], placement, description } = shown
  // Where a worker will draw, it finds out itself whether WebGL works, off the page's thread.
  const [fallback, setFallback] = useState<Fallback>(() =>
    offscreenSupported() || webglAvailable() ? null : 'no-webgl',
  )
  const [ready, setReady] = useState(false)
  const [attempt, setAttempt] = useState(0)
  // Start the 3D work once the page has painted and the browser is idle, so the words come first.
  const [started, setStarted] = useState(false)
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setStarted(true), { timeout: 1200 })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(() => setStarted(true), 200)
    return () => window.clearTimeout(id)
  }, [])
  const dark = useDarkTheme()
  const camera = useRef<CameraApi | null>(null)
  const label = useRef<HTMLDivElement>(null)
  const describedBy = useId()
  const onFailure = useCallback((reason: SceneFailure) => setFallback(reason), [])
  const onReady = useCallback(() => setReady(true), [])
  const selectedRegion = selected ? findRegion(selected) : undefined

  const onKeyDown = (e: KeyboardEvent) => {
    if (camera.current && !fallback) viewKey(e, camera.current)
  }

  return (
    <div
      className="body-view"
      data-mode={fallback ? 'svg' : '3d'}
      data-ready={fallback ? 'true' : String(ready)}
    >
      <div
        className="body-stage"
        role="img"
        aria-label={description}
        aria-describedby={explorable && !fallback ? describedBy : undefined}
        tabIndex={explorable && !fallback ? 0 : undefined}
        onKeyDown={explorable ? onKeyDown : undefined}
      >
        {/* Either view's code loads on demand; nothing shows in its place meanwhile. */}
        <Suspense fallback={null}>
          {fallback ? (
            <SvgBody
              pose={pose}
              focus={focus}
              therapistHands={therapistHands}
              placement={placement}
              selected={selected}
              sweep={sweep}
              onPick={onPick}
              label={description}
            />
          ) : (
            started && (
              <BodyCanvas
                key={attempt}
                pose={pose}
                still={
                  run ? null : { kind: 'still', shot: shown.shot, focus, therapistHands, placement }
                }
                run={run ?? null}
                selected={selected}
                sweep={sweep}
                reducedMotion={reducedMotion}
                dark={dark}
                interactive={explorable}
                turn={turn}
                lowPower={turn}
                onPick={onPick}
                cameraApi={camera}
                labelRef={label}
                onReady={onReady}
                onFailure={onFailure}
              />
            )
          )}
        </Suspense>
        {!fallback && !ready && (
          <div className="body-loading">
            <span className="body-loading-ring" />
            <span>Preparing the 3D body…</span>
          </div>
        )}
        {!fallback && selectedRegion && (
          <div ref={label} className="body-label" aria-hidden="true">
            <span>{selectedRegion.name}</span>
          </div>
        )}
      </div>
      {explorable && !fallback && (
        <p id={describedBy} className="visually-hidden">
          Use the arrow keys to turn the body, Shift and the arrow keys to move it, plus and minus
          to zoom, and Home to reset the view.
        </p>
      )}
      {fallback && (
        <div className="body-note" role="status">
          <p>{fallbackNotes[fallback]}</p>
          {fallback !== 'no-webgl' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setReady(false)
                setAttempt((n) => n + 1)
                setFallback(offscreenSupported() || webglAvailable() ? null : 'no-webgl')
              }}
            >
              Try 3D again
            </button>
          )}
        </div>
      )}
      {explorable && !fallback && <ViewTools camera={camera} />}
    </div>
  )
}
