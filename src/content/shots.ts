/** Named camera framings the guided camera can move between. */
export type ShotId =
  | 'whole-body'
  | 'head'
  | 'face'
  | 'neck'
  | 'upper-back'
  | 'lower-back'
  | 'sacrum'

/** A point in scene space, metres, as [x, y, z] (y is up). */
export type Vec3 = readonly [number, number, number]

export interface Shot {
  readonly id: ShotId
  /** What the camera shows, for screen readers and the shot picker. */
  readonly label: string
  /** Where the camera stands, for the body lying face-up on the table (head towards -x). */
  readonly position: Vec3
  /** The point the camera looks at. */
  readonly target: Vec3
}

export const shots: readonly Shot[] = [
  { id: 'whole-body', label: 'The whole body', position: [0.6, 1.9, 2.6], target: [0, 0.85, 0] },
  { id: 'head', label: 'The head', position: [-1.35, 1.45, 0.9], target: [-0.82, 0.95, 0] },
  {
    id: 'face',
    label: 'The face and jaw',
    position: [-0.95, 1.35, 0.75],
    target: [-0.84, 0.98, 0.04],
  },
  { id: 'neck', label: 'The neck', position: [-1.05, 1.2, 0.95], target: [-0.68, 0.9, 0] },
  {
    id: 'upper-back',
    label: 'The upper back',
    position: [-0.45, 1.5, 1.25],
    target: [-0.4, 0.85, 0],
  },
  { id: 'lower-back', label: 'The lower back', position: [0.05, 1.45, 1.25], target: [0, 0.85, 0] },
  {
    id: 'sacrum',
    label: 'The sacrum and tailbone',
    position: [0.35, 1.35, 1.05],
    target: [0.18, 0.85, 0],
  },
]

const byId = new Map(shots.map((s) => [s.id, s]))

/** Looks up a shot by id. */
export function findShot(id: string): Shot | undefined {
  return byId.get(id as ShotId)
}
