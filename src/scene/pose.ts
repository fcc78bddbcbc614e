import type { PoseId, Vec3 } from '@/content/shots'

/** Where the figure stands in each pose: a rotation (Euler, YXZ order) and an offset. */
export const poses: Readonly<Record<PoseId, { readonly rotation: Vec3; readonly position: Vec3 }>> =
  {
    // Face-up on the table: the upright figure turned onto its back, head towards -x.
    lying: { rotation: [-Math.PI / 2, Math.PI / 2, 0], position: [0.85, 0.88, 0] },
    upright: { rotation: [0, 0, 0], position: [0, 0, 0] },
  }

/** Maps a point of the upright figure into the scene for a pose (same maths as the scene graph). */
export function placeInPose(pose: PoseId, [x, y, z]: Vec3): Vec3 {
  if (pose === 'upright') return [x, y, z]
  const [ox, oy, oz] = poses.lying.position
  // Rx(-90°) then Ry(+90°): (x, y, z) -> (-y, z, -x)
  return [-y + ox, z + oy, -x + oz]
}

/** The treatment table under the lying figure: top surface height and size, metres. */
export const table = {
  top: 0.78,
  length: 1.95,
  width: 0.66,
  thickness: 0.07,
  centerX: -0.02,
} as const
