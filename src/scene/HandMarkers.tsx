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
import type { PoseId } from '@/content/shots'
import { handPoints } from './body/anatomy'
import { palette } from './materials'
import { placeInPose } from './pose'

const MAX_MARKERS = 6

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
  const points = useMemo(
    () =>
      regions.flatMap((r) => handPoints[r].map((p) => placeInPose(pose, p))).slice(0, MAX_MARKERS),
    [regions, pose],
  )
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const m = new Matrix4()
    const q = new Quaternion()
    points.forEach((p, i) => {
      // A flattened oval, about the size of a palm.
      m.compose(new Vector3(...p), q, new Vector3(0.014, 0.014, 0.014))
      mesh.setMatrixAt(i, m)
    })
    mesh.count = points.length
    mesh.instanceMatrix.needsUpdate = true
    invalidate()
  }, [points, invalidate])
  return (
    <instancedMesh
      ref={ref}
      args={[geometry, material, MAX_MARKERS]}
      renderOrder={20}
      frustumCulled={false}
      // Hidden when empty, so its shader is not even compiled until hands are shown.
      visible={points.length > 0}
      name="hand-markers"
      raycast={() => null}
    />
  )
}
