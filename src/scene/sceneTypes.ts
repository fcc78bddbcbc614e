import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { PoseId, ShotId } from '@/content/shots'

/** Where the body model is served, from the site's root. */
export const BODY_PATH = 'models/body.spb'

/** The seated figure's skin, beside the body model; fetched only when the seated pose shows. */
export const SEATED_SKIN_FILE = 'body-seated.spb'

/** A still picture: the camera's shot, what is lit, and where hands rest. */
export interface StillPicture {
  readonly kind: 'still'
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  /** The therapist's hands rest on these regions. */
  readonly therapistHands: readonly RegionId[]
  /** The person's own hands, in a home routine (left and right; a null side is not shown). */
  readonly placement?: HandPlacement | undefined
}

/** A guided run: what to show when; its time comes separately, as a timebase. */
export interface RunPicture {
  readonly kind: 'run'
  /** Sorted by `at`. */
  readonly plan: readonly BodyMoment[]
}

/** Everything the picture depends on; the page sends a new one whenever any of it changes. */
export interface SceneInput {
  readonly pose: PoseId
  /** A still picture, or a guided run the camera, highlight and hands follow. */
  readonly show: StillPicture | RunPicture
  readonly selected: RegionId | null
  /** Light the spine in a wave from the neck to the tailbone. */
  readonly sweep: boolean
  readonly reducedMotion: boolean
  /** The page is dark: lift the skin so it reads against it. */
  readonly dark: boolean
  /**
   * Turn slowly on its own (the kiosk's attract screen): the scene times the turn itself, a few
   * frames a second, and not at all while `hidden` or under reduced motion.
   */
  readonly turn: boolean
  /** The page is hidden: draw nothing that only moves on its own. */
  readonly hidden: boolean
}

/** One moment of a guided run: from `at` (seconds of run time) the body shows this. */
export interface BodyMoment {
  readonly at: number
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  readonly therapistHands: readonly RegionId[]
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
  /** Load the test probe beside the scene (`?inspect`), for tests and the benchmark only. */
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
   * `steady` (a slow, paced turn, such as the attract screen's) keeps full resolution.
   */
  orbit(dAzimuth: number, dPolar: number, zoom: number, steady?: boolean): void
  /** Slides the view sideways and up or down, as a share of the distance to what it looks at. */
  pan(right: number, up: number): void
  /** Returns to the current shot. */
  reset(): void
  /**
   * Where the guided run is now (the input shows a run); the scene carries the position on by
   * itself while it plays. After a `seek` the camera eases from where it is.
   */
  timebase(timebase: Timebase, seek: boolean): void
  /** The region under a point of the canvas (CSS pixels from its top left), if any. */
  pick(x: number, y: number): RegionId | null
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

/** What the scene tells the page. */
export interface SceneEvents {
  ready(): void
  failure(reason: SceneFailure): void
  /** Where the selected region's label goes, CSS pixels from the canvas's top left. */
  label(x: number, y: number, visible: boolean): void
  /** Frame counters, from the test probe only (`?inspect`). */
  stats(stats: SceneStats): void
}
