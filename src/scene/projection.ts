import type { Camera } from 'three'
import { Vector3 } from 'three'
import type { PoseId, Vec3 } from '@/content/shots'
import { placeInPose } from './pose'

const v = new Vector3()

/**
 * Where a point of the figure (standing coordinates, placed in `pose`) falls on the canvas through
 * `camera`: CSS pixels from the canvas's top left, and whether it is in front of the camera.
 */
export function toCanvas(
  pose: PoseId,
  point: Vec3,
  camera: Camera,
  size: { readonly width: number; readonly height: number },
): { x: number; y: number; visible: boolean } {
  v.set(...placeInPose(pose, point)).project(camera)
  return {
    x: (v.x * 0.5 + 0.5) * size.width,
    y: (-v.y * 0.5 + 0.5) * size.height,
    visible: v.z < 1,
  }
}
