/** Named camera framings the guided camera can move between. */
export type ShotId =
  | 'whole-body'
  | 'head'
  | 'face'
  | 'neck'
  | 'upper-back'
  | 'lower-back'
  | 'sacrum'

/**
 * The ways the body is shown: face-up on the treatment table (or a bed, for home practice lying
 * down), standing upright (Explore), or sitting on a stool (home practice sitting).
 */
export type PoseId = 'lying' | 'upright' | 'seated'

/** A point in scene space, metres, as [x, y, z] (y is up). */
export type Vec3 = readonly [number, number, number]

export interface Framing {
  /** Where the camera stands at the reference size; only its direction from the target is kept. */
  readonly position: Vec3
  /** The point the camera looks at. */
  readonly target: Vec3
  /** Half the size of what must fit in view (metres); the camera backs off until it fits. */
  readonly radius: number
  /**
   * What must fit is this many times taller than wide (default 1, a sphere): a tall subject then
   * fills a tall phone screen instead of being fitted to its width.
   */
  readonly tall?: number
}

export interface Shot {
  readonly id: ShotId
  /** What the camera shows, for screen readers and the shot picker. */
  readonly label: string
  /**
   * Lying: face-up on the table, head towards -x, table top at y = 0.78.
   * Upright: standing at the origin facing +z, head and shoulders around y = 1.4 to 1.7.
   * Seated: on a stool at the origin facing +z, feet on the floor forward to z = 0.5; the upper
   * body as upright, 0.405 m lower (head and shoulders around y = 1.0 to 1.3).
   */
  readonly framing: Readonly<Record<PoseId, Framing>>
}

export const shots: readonly Shot[] = [
  {
    id: 'whole-body',
    label: 'The whole body',
    framing: {
      lying: { position: [0.25, 2.3, 2.1], target: [0, 0.84, 0], radius: 1.02 },
      upright: { position: [0.9, 1.35, 2.7], target: [0, 0.9, 0], radius: 0.44, tall: 2.1 },
      seated: { position: [1.6, 1.12, 1.95], target: [0, 0.64, 0.17], radius: 0.46, tall: 1.5 },
    },
  },
  {
    id: 'head',
    label: 'The head',
    framing: {
      lying: { position: [-1.08, 1.16, 0.92], target: [-0.74, 0.9, 0], radius: 0.16 },
      upright: { position: [0.36, 1.68, 0.58], target: [0, 1.58, 0], radius: 0.16 },
      seated: { position: [0.25, 1.42, 0.7], target: [0, 1.2, 0], radius: 0.19 },
    },
  },
  {
    id: 'face',
    label: 'The face and jaw',
    framing: {
      lying: { position: [-0.58, 1.4, 0.5], target: [-0.735, 0.93, 0], radius: 0.135 },
      upright: { position: [0.26, 1.59, 0.46], target: [0.01, 1.555, 0.03], radius: 0.13 },
      seated: { position: [0.22, 1.21, 0.66], target: [0, 1.15, 0.02], radius: 0.18 },
    },
  },
  {
    id: 'neck',
    label: 'The neck and the base of the skull',
    framing: {
      lying: { position: [-0.8, 1.08, 0.8], target: [-0.6, 0.88, 0], radius: 0.2 },
      upright: { position: [0.4, 1.58, -0.62], target: [0, 1.47, -0.03], radius: 0.2 },
      seated: { position: [0.36, 1.28, -0.62], target: [0, 1.1, -0.04], radius: 0.19 },
    },
  },
  {
    id: 'upper-back',
    label: 'The upper back',
    framing: {
      lying: { position: [-0.42, 1.02, 1.0], target: [-0.33, 0.87, 0], radius: 0.28 },
      upright: { position: [0.45, 1.45, -0.95], target: [0, 1.33, -0.05], radius: 0.3, tall: 1.45 },
      seated: { position: [0.5, 1.32, -0.9], target: [0, 0.95, -0.03], radius: 0.32 },
    },
  },
  {
    id: 'lower-back',
    label: 'The lower back',
    framing: {
      lying: { position: [-0.06, 1.01, 0.98], target: [-0.13, 0.87, 0], radius: 0.25 },
      upright: { position: [0.42, 1.12, -0.92], target: [0, 1.0, -0.05], radius: 0.26 },
      seated: { position: [0.42, 0.82, -0.9], target: [0, 0.6, -0.05], radius: 0.26 },
    },
  },
  {
    id: 'sacrum',
    label: 'The sacrum and tailbone',
    framing: {
      lying: { position: [0.2, 1.0, 0.86], target: [0, 0.865, 0], radius: 0.2 },
      upright: { position: [0.38, 0.98, -0.82], target: [0, 0.87, -0.06], radius: 0.2 },
      seated: { position: [0.38, 0.78, -0.8], target: [0, 0.5, -0.06], radius: 0.2 },
    },
  },
]

const byId = new Map(shots.map((s) => [s.id, s]))

/** Looks up a shot by id. */
export function findShot(id: string): Shot | undefined {
  return byId.get(id as ShotId)
}
