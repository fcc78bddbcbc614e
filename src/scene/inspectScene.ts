import type { RegionId } from '@/content/regions'
import type { Vec3 } from '@/content/shots'
import type { RegionBox, SceneInfo, SceneProbe } from './probe'
import type { Link } from './remote'
import type { SceneLink } from './sceneLink'
import type { SceneStats } from './sceneTypes'

/** Where the scene draws: in a worker, or on the page's own thread. */
export type Thread = 'worker' | 'page'

/** Numbers for tests and the benchmark, on `window.__stillpointScene` only with `?inspect` in the URL. */
export interface SceneInspector {
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
  /** A region's box on the canvas (see SceneProbe.regionBox), CSS pixels from the canvas's corner. */
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

/**
 * Puts the scene's probe on `window.__stillpointScene` (the scene serves it beside its own
 * methods under `?inspect`). Returns what takes the frame counters, and an end.
 */
export function exposeScene(
  link: SceneLink,
  canvas: HTMLCanvasElement,
  thread: Thread,
  stats: SceneStats | null,
): { stats(stats: SceneStats): void; dispose(): void } {
  const probe = link as unknown as Link<SceneProbe>
  const local = (t: number | null) => (t === null ? null : t - performance.timeOrigin)
  const inspector: SceneInspector = {
    thread,
    frames: 0,
    firstFrameAt: null,
    bodyFrameAt: null,
    info: () => probe.info(),
    camera: () => probe.camera(),
    async regionPoint(region) {
      const p = await probe.regionPoint(region)
      const rect = canvas.getBoundingClientRect()
      return p && { x: rect.left + p.x, y: rect.top + p.y }
    },
    regionBox: (region) => probe.regionBox(region),
    coverage: () => probe.coverage(),
    spin: (seconds) => probe.spin(seconds),
    lit: () => probe.lit(),
    loseContext: () => probe.loseContext(),
  }
  const take = (s: SceneStats) => {
    inspector.frames = s.frames
    inspector.firstFrameAt = local(s.firstFrameAt)
    inspector.bodyFrameAt = local(s.bodyFrameAt)
  }
  if (stats) take(stats)
  window.__stillpointScene = inspector
  return {
    stats: take,
    dispose() {
      if (window.__stillpointScene === inspector) delete window.__stillpointScene
    },
  }
}
