import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three'
import type { RegionId } from '@/content/regions'
import type { PoseId, Vec3 } from '@/content/shots'
import { handPoints } from './body/anatomy'
import { palette } from './materials'
import { placeInPose } from './pose'

const MAX_MARKERS = 6

/**
 * Where a pad sits and which way it faces: outward from the body's long axis at that height, so
 * it lies on the skin, turned with the pose.
 */
export function restingPad(pose: PoseId, p: Vec3): { at: Vec3; facing: Vec3 } {
  const ox = p[0]
  const oz = p[2] + 0.01 // the body's axis runs about 1 cm behind the origin
  const length = Math.hypot(ox, oz) || 1
  const tip: Vec3 = [p[0] + ox / length, p[1], p[2] + oz / length]
  const at = placeInPose(pose, p)
  const end = placeInPose(pose, tip)
  return { at, facing: [end[0] - at[0], end[1] - at[1], end[2] - at[2]] }
}

/**
 * Where hands rest: soft, warm palm-shaped glows drawn over the body (through the skin), in one
 * instanced draw call.
 */
export function HandMarkers({
  regions,
  pose,
}: {
  readonly regions: readonly RegionId[]
  readonly pose: PoseId
}) {
  const ref = useRef<InstancedMesh>(null)
  const geometry = useMemo(() => new SphereGeometry(1, 20, 12), [])
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        color: palette.marker,
        transparent: true,
        opacity: 0.8,
        depthTest: false,
      }),
    [],
  )
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  const pads = useMemo(
    () =>
      regions.flatMap((r) => handPoints[r].map((p) => restingPad(pose, p))).slice(0, MAX_MARKERS),
    [regions, pose],
  )
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const m = new Matrix4()
    const q = new Quaternion()
    const forward = new Vector3(0, 0, 1)
    pads.forEach(({ at, facing }, i) => {
      // An oval pad lying flat on the skin, about the size of fingertips held together.
      q.setFromUnitVectors(forward, new Vector3(...facing))
      m.compose(new Vector3(...at), q, new Vector3(0.015, 0.022, 0.005))
      mesh.setMatrixAt(i, m)
    })
    mesh.count = pads.length
    mesh.instanceMatrix.needsUpdate = true
    invalidate()
  }, [pads, invalidate])
  return (
    <instancedMesh
      ref={ref}
      args={[geometry, material, MAX_MARKERS]}
      renderOrder={20}
      frustumCulled={false}
      // Hidden when empty, so its shader is not even compiled until hands are shown.
      visible={pads.length > 0}
      name="hand-markers"
      raycast={() => null}
    />
  )
}
