/**
 * A soft, stylized hand made the same way as the figure: signed-distance parts polygonized once.
 * Small enough to build in the scene when hands are first shown (a few milliseconds), so no
 * model file carries it.
 *
 * Its own space: the fingers point along +y and the middle fingertip's pad is at the origin; the
 * palm faces -z (the back of the hand is +z). It is a RIGHT hand, so the thumb is on the -x side;
 * a left hand is the same mesh mirrored in x.
 */
import { fieldOf, type Part, type V3 } from './sdf'
import { surfaceNets } from './surfaceNets'

const capsule = (a: V3, b: V3, r: number, rb: number, blend: number): Part => ({
  shape: { kind: 'capsule', a, b, r, rb },
  blend,
  tag: 'hand',
})
const ellipsoid = (c: V3, r: V3, blend: number): Part => ({
  shape: { kind: 'ellipsoid', c, r },
  blend,
  tag: 'hand',
})

/** Where each finger leaves the palm (x, y) and where its tip is (x, y), with its radius. */
const fingers: readonly (readonly [number, number, number, number, number])[] = [
  [-0.025, -0.085, -0.03, -0.012, 0.0085], // index
  [-0.0085, -0.088, -0.009, -0.0085, 0.0088], // middle
  [0.008, -0.085, 0.011, -0.014, 0.0084], // ring
  [0.023, -0.08, 0.031, -0.032, 0.0074], // little
]

/**
 * The hand's parts. The fingers curl a little towards the palm side, so the pads touch the skin
 * while the palm rests just off it, as a hand does on a rounded head.
 */
export const handParts: readonly Part[] = [
  // the palm: a soft, flattened slab
  ellipsoid([0, -0.128, 0.027], [0.04, 0.05, 0.0125], 0),
  ellipsoid([0.002, -0.1, 0.025], [0.037, 0.026, 0.011], 0.012),
  ...fingers.map(([x0, y0, x1, y1, r]) =>
    capsule([x0, y0, 0.025], [x1, y1, 0.0085], r, r * 0.88, 0.006),
  ),
  // the thumb, out to the side and forward
  capsule([-0.03, -0.155, 0.025], [-0.058, -0.112, 0.017], 0.0125, 0.0105, 0.012),
  capsule([-0.058, -0.112, 0.017], [-0.066, -0.082, 0.012], 0.0105, 0.0092, 0.006),
  // the wrist, where the hand fades out
  ellipsoid([0, -0.19, 0.028], [0.029, 0.04, 0.016], 0.02),
]

/** The hand's mesh: positions and normals in its own space (metres), and triangle indices. */
export interface HandMesh {
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
}

/**
 * Along the fingers the surface bends slowly, across them quickly: the grid is twice as coarse
 * along y as across, which keeps the hand at about two thousand triangles.
 */
const STRETCH = 2

/** The parts are drawn at an adult's size; the stylized figure's head is a little small for it. */
export const HAND_SCALE = 0.9

/** Polygonizes the hand (deterministic), at {@link HAND_SCALE}. */
export function buildHand(): HandMesh {
  const field = fieldOf(handParts)
  const step = 0.005
  const raw = surfaceNets((x, y, z) => field.distance(x, y * STRETCH, z), {
    min: [-0.09, -0.24 / STRETCH, -0.005],
    max: [0.05, 0.012 / STRETCH, 0.05],
    step,
  })
  const positions = new Float32Array(raw.positions)
  for (let i = 1; i < positions.length; i += 3) positions[i] = (positions[i] ?? 0) * STRETCH
  const normals = new Float32Array(positions.length)
  const e = 0.001
  for (let v = 0; v < positions.length; v += 3) {
    const x = positions[v] ?? 0
    const y = positions[v + 1] ?? 0
    const z = positions[v + 2] ?? 0
    const gx = field.distance(x + e, y, z) - field.distance(x - e, y, z)
    const gy = field.distance(x, y + e, z) - field.distance(x, y - e, z)
    const gz = field.distance(x, y, z + e) - field.distance(x, y, z - e)
    const len = Math.hypot(gx, gy, gz) || 1
    normals[v] = gx / len
    normals[v + 1] = gy / len
    normals[v + 2] = gz / len
  }
  for (let i = 0; i < positions.length; i++) positions[i] = (positions[i] ?? 0) * HAND_SCALE
  return { positions, normals, indices: raw.indices }
}
