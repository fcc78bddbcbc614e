import type { RegionId } from '@/content/regions'
import type { PoseId, ShotId, Vec3 } from '@/content/shots'

/** Where the body model is served, from the site's root. */
export const BODY_PATH = 'models/body.spb'

/** Everything the picture depends on; the page sends a new one whenever any of it changes. */
export interface SceneInput {
  readonly pose: PoseId
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  readonly hands: readonly RegionId[]
  readonly selected: RegionId | null
  /** Light the spine in a wave from the neck to the tailbone. */
  readonly sweep: boolean
  readonly reducedMotion: boolean
  /** The page is dark: lift the skin so it reads against it. */
  readonly dark: boolean
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

/** What the view's own buttons, keys and gestures can ask of the camera. */
export interface CameraApi {
  orbit(dAzimuth: number, dPolar: number, zoom: number): void
  /** Slides the view sideways and up or down, as a share of the distance to what it looks at. */
  pan(right: number, up: number): void
  /** Returns to the current shot. */
  reset(): void
}

/** Frame counters; times are `performance.timeOrigin + performance.now()`, comparable across threads. */
export interface SceneStats {
  readonly frames: number
  readonly firstFrameAt: number | null
  readonly bodyFrameAt: number | null
}

export interface SceneInfo {
  readonly calls: number
  readonly triangles: number
  readonly geometries: number
  readonly textures: number
}

/** Questions the page can ask the scene, wherever it runs, and what each answers. */
export interface SceneQueries {
  /** The region under a point of the canvas (CSS pixels from its top left), if any. */
  pick(x: number, y: number): RegionId | null
  camera(): Vec3
  /** Where a region's anchor is on the canvas, CSS pixels from its top left. */
  regionPoint(region: RegionId): { x: number; y: number }
  /** Renders once and reports how much of the canvas is drawn on, and how many colours it has. */
  coverage(): { drawn: number; colours: number }
  info(): SceneInfo
  /** Turns the camera steadily for `seconds` and answers with the frames drawn meanwhile. */
  spin(seconds: number): Promise<number>
  /** Forces a WebGL context loss (tests only). */
  loseContext(): void
}

export type QueryName = keyof SceneQueries

/** What the scene tells the page. */
export interface SceneEvents {
  ready(): void
  failure(reason: SceneFailure): void
  /** Where the selected region's label goes, CSS pixels from the canvas's top left. */
  label(x: number, y: number, visible: boolean): void
  stats(stats: SceneStats): void
}

/** Messages from the page to the scene worker. */
export type ToWorker =
  | {
      readonly type: 'start'
      readonly canvas: OffscreenCanvas
      readonly options: SceneOptions
      readonly input: SceneInput
    }
  | { readonly type: 'input'; readonly input: SceneInput }
  | {
      readonly type: 'resize'
      readonly width: number
      readonly height: number
      readonly dpr: number
    }
  | { readonly type: 'camera'; readonly move: CameraMove }
  | {
      readonly type: 'ask'
      readonly id: number
      readonly query: QueryName
      readonly args: readonly unknown[]
    }

export type CameraMove =
  | { readonly kind: 'orbit'; readonly args: readonly [number, number, number] }
  | { readonly kind: 'pan'; readonly args: readonly [number, number] }
  | { readonly kind: 'reset' }

/** Messages from the scene worker to the page. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failure'; readonly reason: SceneFailure }
  | { readonly type: 'label'; readonly x: number; readonly y: number; readonly visible: boolean }
  | { readonly type: 'stats'; readonly stats: SceneStats }
  | { readonly type: 'answer'; readonly id: number; readonly value: unknown }
