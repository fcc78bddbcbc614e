import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { PoseId, ShotId, Vec3 } from '@/content/shots'

/** Where the body model is served, from the site's root. */
export const BODY_PATH = 'models/body.spb'

/** The seated figure's skin, beside the body model; fetched only when the seated pose shows. */
export const SEATED_SKIN_FILE = 'body-seated.spb'

/** Everything the picture depends on; the page sends a new one whenever any of it changes. */
export interface SceneInput {
  readonly pose: PoseId
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  /** The therapist's hands rest on these regions. */
  readonly hands: readonly RegionId[]
  /** The person's own hands, in a home routine (left and right; a null side is not shown). */
  readonly placement?: HandPlacement | undefined
  readonly selected: RegionId | null
  /** Light the spine in a wave from the neck to the tailbone. */
  readonly sweep: boolean
  readonly reducedMotion: boolean
  /** The page is dark: lift the skin so it reads against it. */
  readonly dark: boolean
}

/** One moment of a guided run: from `at` (seconds of run time) the body shows this. */
export interface BodyMoment {
  readonly at: number
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  readonly hands: readonly RegionId[]
  /** Where the person's own hands rest in this moment of a home routine. */
  readonly placement?: HandPlacement | undefined
}

/**
 * Where a run was at one instant, for the scene to carry on from: its position `t` (seconds),
 * whether its time advances, and when that was (`wallMs`: `performance.timeOrigin +
 * performance.now()`, comparable across threads).
 */
export interface Timebase {
  readonly t: number
  readonly playing: boolean
  readonly wallMs: number
}

/** Why the 3D view cannot go on: the page shows the flat drawing instead. */
export type SceneFailure = 'no-webgl' | 'context-lost' | 'load-failed'

/** How the scene starts: the canvas size in CSS pixels and where the body model is. */
export interface SceneOptions {
  readonly width: number
  readonly height: number
  readonly dpr: number
  /** Absolute URL of the body model, so a worker resolves it like the page does. */
  readonly modelUrl: string
  /** The benchmark's trivial reference scene instead of the body (`?inspect=reference`). */
  readonly reference: boolean
  /** Report frame counters to the page (`?inspect`), for tests and the benchmark only. */
  readonly inspect: boolean
}

/**
 * Everything the page can ask of the scene, wherever it draws: this is the one description of
 * it. The runtime implements it; the worker and the page's thread carry it without naming its
 * methods (`remote.ts`, `callBuffer.ts`), so a new method is added here and in the runtime only.
 */
export interface SceneApi {
  /** The picture's input changed. */
  update(input: SceneInput): void
  /** The canvas's size in CSS pixels, and the pixel ratio to draw at. */
  resize(width: number, height: number, dpr: number): void
  /**
   * Turns the camera around what it looks at (radians) and scales its distance by `zoom`.
   * `steady` (a slow, paced turn, such as the kiosk's attract screen) keeps full resolution.
   */
  orbit(dAzimuth: number, dPolar: number, zoom: number, steady?: boolean): void
  /** Slides the view sideways and up or down, as a share of the distance to what it looks at. */
  pan(right: number, up: number): void
  /** Returns to the current shot. */
  reset(): void
  /**
   * Hands the scene a guided run's plan (sorted by `at`): camera, highlight and hand markers then
   * follow the run's position instead of the input's shot, focus and hands. Null ends it.
   */
  run(plan: readonly BodyMoment[] | null): void
  /** Where the run is now; the scene carries the position on by itself while it plays. */
  timebase(timebase: Timebase): void
  /** The region under a point of the canvas (CSS pixels from its top left), if any. */
  pick(x: number, y: number): RegionId | null
  camera(): Vec3
  /** Where a region's anchor is on the canvas, CSS pixels from its top left. */
  regionPoint(region: RegionId): { x: number; y: number }
  /**
   * Where a region's box (`regionExtent`) falls on the canvas through the camera as it is now,
   * CSS pixels from its top left, with the canvas's size (tests only: framing).
   */
  regionBox(region: RegionId): RegionBox | null
  /** Renders once and reports how much of the canvas is drawn on, and how many colours it has. */
  coverage(): { drawn: number; colours: number }
  info(): SceneInfo
  /** The regions the body shows lit in the frame drawn last (tests only). */
  lit(): RegionId[]
  /** Turns the camera steadily for `seconds` and answers with the frames drawn meanwhile. */
  spin(seconds: number): Promise<number>
  /** Forces a WebGL context loss (tests only). */
  loseContext(): void
}

/** What the view's own buttons, keys and gestures can ask of the camera. */
export type CameraApi = Pick<SceneApi, 'orbit' | 'pan' | 'reset'>

/** A running scene: the same object whether it renders on the page's thread or in a worker. */
export interface SceneRuntime extends SceneApi {
  dispose(): void
}

/** How the page starts the scene in a worker; everything after is a `SceneApi` call. */
export interface SceneBoot {
  start(canvas: OffscreenCanvas, options: SceneOptions, input: SceneInput): void
}

/** Frame counters; times are `performance.timeOrigin + performance.now()`, comparable across threads. */
export interface SceneStats {
  readonly frames: number
  readonly firstFrameAt: number | null
  readonly bodyFrameAt: number | null
}

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

/** What the scene tells the page. */
export interface SceneEvents {
  ready(): void
  failure(reason: SceneFailure): void
  /** Where the selected region's label goes, CSS pixels from the canvas's top left. */
  label(x: number, y: number, visible: boolean): void
  stats(stats: SceneStats): void
}
