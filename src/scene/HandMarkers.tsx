import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  GreaterDepth,
  type InstancedMesh,
  LessEqualDepth,
  Matrix4,
  ShaderMaterial,
  Vector3,
} from 'three'
import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { PoseId, Vec3 } from '@/content/shots'
import { type HandRest, placementRests, therapistRests } from './body/anatomy'
import { buildHand } from './body/hand'
import { palette } from './materials'
import { placeInPose, turnInPose } from './pose'

/** More than any moment shows (two hands, or a therapist's two hands on a region or two). */
const MAX_HANDS = 6

/** How far the fingertip pads float off the skin, metres: touching, without flickering into it. */
const LIFT = 0.002

/** Where a hand goes in the scene and which way it points, for one pose. */
export interface PlacedHand {
  /** Where the fingertip pads are. */
  readonly at: Vec3
  /** Unit vector towards the fingertips. */
  readonly fingers: Vec3
  /** Unit vector out of the palm, towards the skin. */
  readonly palm: Vec3
  readonly left: boolean
}

/** A hand's rest (upright figure space) placed into a pose by the same maths as the figure. */
export function placeHand(pose: PoseId, rest: HandRest): PlacedHand {
  const palm = turnInPose(pose, rest.palm)
  const tip = placeInPose(pose, rest.tip)
  return {
    at: [tip[0] - palm[0] * LIFT, tip[1] - palm[1] * LIFT, tip[2] - palm[2] * LIFT],
    fingers: turnInPose(pose, rest.fingers),
    palm,
    left: rest.left,
  }
}

/**
 * Every hand a moment shows, placed in the pose: the therapist's on the `regions` (session
 * walkthrough, Explore) and the person's own for a routine step's `placement`.
 */
export function handsToShow(
  pose: PoseId,
  regions: readonly RegionId[],
  placement: HandPlacement | null | undefined,
): PlacedHand[] {
  const rests = [
    ...regions.flatMap((r) => therapistRests(r)),
    ...(placement ? placementRests(placement, pose) : []),
  ]
  return rests.slice(0, MAX_HANDS).map((r) => placeHand(pose, r))
}

/**
 * The instance matrix for a hand: the mesh's fingers (+y) along `fingers`, its palm (-z) towards
 * `palm`; a left hand is the right hand's mesh mirrored across its own x (its determinant is
 * negative, which the shader reads to keep the outside of the mirrored surface).
 */
export function handMatrix(hand: PlacedHand, target = new Matrix4()): Matrix4 {
  const y = new Vector3(...hand.fingers)
  const z = new Vector3(...hand.palm).negate()
  const x = new Vector3().crossVectors(y, z)
  if (hand.left) x.negate()
  return target.makeBasis(x, y, z).setPosition(...hand.at)
}

function handGeometry(): BufferGeometry {
  const mesh = buildHand()
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3))
  g.setAttribute('normal', new BufferAttribute(mesh.normals, 3))
  g.setIndex(new BufferAttribute(mesh.indices, 1))
  g.computeBoundingSphere()
  return g
}

/**
 * Warm, translucent hands. Drawn twice from one geometry: where nothing opaque is in front they
 * are soft and clear (writing depth, so a finger over the palm is not drawn twice), and where a
 * bone, the table or the stool hides them (a hand under the head, the far hand behind the skull)
 * they show faintly through, so a guide is never lost.
 */
function createHandMaterial(hidden: boolean): ShaderMaterial {
  return new ShaderMaterial({
    transparent: true,
    depthWrite: !hidden,
    depthFunc: hidden ? GreaterDepth : LessEqualDepth,
    side: DoubleSide,
    uniforms: {
      uColor: { value: palette.marker.clone() },
      uRim: { value: palette.rim.clone() },
      uStrength: { value: hidden ? 0.4 : 1 },
      uLift: { value: 0 },
    },
    vertexShader: /* glsl */ `
      varying vec3 vNormal;
      varying vec3 vView;
      varying float vAlong;
      varying float vMirror;
      void main() {
        vec4 mv = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
        vNormal = normalize(normalMatrix * mat3(instanceMatrix) * normal);
        vView = normalize(-mv.xyz);
        vAlong = position.y;
        vMirror = sign(determinant(mat3(instanceMatrix)));
        gl_Position = projectionMatrix * mv;
      }
    `,
    fragmentShader: /* glsl */ `
      uniform vec3 uColor;
      uniform vec3 uRim;
      uniform float uStrength;
      uniform float uLift;
      varying vec3 vNormal;
      varying vec3 vView;
      varying float vAlong;
      varying float vMirror;
      void main() {
        // A mirrored (left) hand turns its triangles around: keep the outside of either.
        bool outside = gl_FrontFacing == (vMirror > 0.0);
        if (!outside) discard;
        vec3 n = normalize(vNormal);
        float facing = abs(dot(n, normalize(vView)));
        float fresnel = pow(1.0 - facing, 2.0);
        float light = 0.72 + 0.28 * max(dot(n, normalize(vec3(0.3, 0.8, 0.5))), 0.0);
        vec3 color = mix(uColor * light, uRim, 0.25 + 0.45 * fresnel);
        color = mix(color, uRim, 0.25 * uLift);
        float alpha = (0.5 + 0.4 * fresnel + 0.08 * uLift) * uStrength;
        // The wrist fades out: the hand is a guide, not a severed limb.
        alpha *= smoothstep(-0.205, -0.145, vAlong);
        gl_FragColor = vec4(color, alpha);
      }
    `,
  })
}

/**
 * Where hands rest: soft, warm, translucent hands (palm and fingers), fingertips on the spot and
 * palms to the skin. All hands are instances of one mesh, drawn in two passes (two draw calls).
 * The mesh is built the first time hands are shown.
 */
export function HandMarkers({
  regions,
  placement,
  pose,
  dark = false,
}: {
  /** The therapist's hands rest on these regions. */
  readonly regions: readonly RegionId[]
  /** The person's own hands, in a home routine. */
  readonly placement?: HandPlacement | null | undefined
  readonly pose: PoseId
  readonly dark?: boolean
}) {
  const front = useRef<InstancedMesh>(null)
  const behind = useRef<InstancedMesh>(null)
  const left = placement?.left ?? null
  const right = placement?.right ?? null
  const hands = useMemo(
    () => handsToShow(pose, regions, left || right ? { left, right } : null),
    [pose, regions, left, right],
  )
  const needed = hands.length > 0
  // Built the first time hands are shown, then kept.
  const built = useRef<BufferGeometry | null>(null)
  if (needed && !built.current) built.current = handGeometry()
  const geometry = built.current
  useEffect(() => () => built.current?.dispose(), [])
  const materials = useMemo(() => [createHandMaterial(false), createHandMaterial(true)], [])
  useEffect(
    () => () => {
      for (const m of materials) m.dispose()
    },
    [materials],
  )
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    for (const m of materials) {
      const lift = m.uniforms.uLift
      if (lift) lift.value = dark ? 1 : 0
    }
    invalidate()
  }, [dark, materials, invalidate])
  useEffect(() => {
    const m = new Matrix4()
    for (const mesh of [front.current, behind.current]) {
      if (!mesh) continue
      hands.forEach((hand, i) => {
        mesh.setMatrixAt(i, handMatrix(hand, m))
      })
      mesh.count = hands.length
      mesh.instanceMatrix.needsUpdate = true
    }
    invalidate()
  }, [hands, invalidate])
  if (!geometry) return null
  return (
    <>
      {[front, behind].map((ref, i) => (
        <instancedMesh
          key={i === 0 ? 'front' : 'behind'}
          ref={ref}
          args={[geometry, materials[i], MAX_HANDS]}
          // After the translucent skin; the faint pass after the clear one, so it only fills in
          // what the clear pass could not draw.
          renderOrder={20 + i}
          frustumCulled={false}
          visible={needed}
          name={i === 0 ? 'hands' : 'hands-behind'}
          raycast={() => null}
        />
      ))}
    </>
  )
}
