import type { PoseId, Vec3 } from '@/content/shots'
import { SEATED_DROP } from './body/seated'

/** Where the figure stands in each pose: a rotation (Euler, YXZ order) and an offset. */
export const poses: Readonly<Record<PoseId, { readonly rotation: Vec3; readonly position: Vec3 }>> =
  {
    // Face-up on the table: the upright figure turned onto its back, head towards -x.
    lying: { rotation: [-Math.PI / 2, Math.PI / 2, 0], position: [0.85, 0.88, 0] },
    upright: { rotation: [0, 0, 0], position: [0, 0, 0] },
    // Sitting on a stool, facing +z: the seated figure (legs bent) lowered until its feet are
    // flat on the floor. Head, neck and spine keep the upright figure's shape.
    seated: { rotation: [0, 0, 0], position: [0, -SEATED_DROP, 0] },
  }

/**
 * Maps a point of the upright figure into the scene for a pose (same maths as the scene graph).
 * Directions map with {@link turnInPose}.
 */
export function placeInPose(pose: PoseId, [x, y, z]: Vec3): Vec3 {
  const [ox, oy, oz] = poses[pose].position
  if (pose !== 'lying') return [x + ox, y + oy, z + oz]
  // Rx(-90°) then Ry(+90°): (x, y, z) -> (-y, z, -x)
  return [-y + ox, z + oy, -x + oz]
}

/** Turns a direction of the upright figure into the scene for a pose (no offset). */
export function turnInPose(pose: PoseId, [x, y, z]: Vec3): Vec3 {
  return pose === 'lying' ? [-y, z, -x] : [x, y, z]
}

/** The treatment table under the lying figure: top surface height and size, metres. */
export const table = {
  top: 0.78,
  length: 1.9,
  width: 0.6,
  thickness: 0.075,
  /** The pad's rounded edge, metres: a soft, padded edge rather than a slab's corner. */
  padRadius: 0.032,
  centerX: -0.02,
} as const

/**
 * The stool under the seated figure: a round, padded seat just under the thighs (its cushion
 * gives a little under the hips), centred under the hips and the tops of the thighs.
 */
export const stool = {
  top: 0.425,
  radius: 0.19,
  cushion: 0.06,
  centerZ: 0.04,
} as const
