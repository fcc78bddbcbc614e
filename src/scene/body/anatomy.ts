/**
 * Where the skeleton of interest sits inside the figure (upright, metres, y up, facing +z, feet at
 * y = 0, about 1.70 m tall). Pure numbers: the generator and the scene both read them.
 */
import type { RegionId } from '@/content/regions'
import type { HandPlacement, HandPointId } from '@/content/routine'
import type { PoseId } from '@/content/shots'
import type { V3 } from './sdf'

/** The spine's centre line as (y, z) control points, top to bottom, with its natural curves. */
const spineControl: readonly (readonly [number, number])[] = [
  [1.5, -0.012], // C1, under the skull
  [1.45, -0.004], // mid-neck: the neck curves gently forward
  [1.4, -0.02], // C7
  [1.3, -0.052], // upper back curves backward
  [1.18, -0.058],
  [1.08, -0.044], // T12
  [1.0, -0.026], // lower back curves forward again
  [0.93, -0.036], // L5
]

/** Catmull-Rom through the control points; u runs 0 (C1) to 1 (L5). */
function spineAt(u: number): [number, number] {
  const n = spineControl.length - 1
  const f = Math.min(Math.max(u, 0), 1) * n
  const i = Math.min(Math.floor(f), n - 1)
  const t = f - i
  const p = (k: number) => spineControl[Math.min(Math.max(k, 0), n)] ?? [0, 0]
  const [p0, p1, p2, p3] = [p(i - 1), p(i), p(i + 1), p(i + 2)]
  const cr = (a: number, b: number, c: number, d: number) =>
    0.5 *
    (2 * b +
      (-a + c) * t +
      (2 * a - 5 * b + 4 * c - d) * t * t +
      (-a + 3 * b - 3 * c + d) * t * t * t)
  return [cr(p0[0], p1[0], p2[0], p3[0]), cr(p0[1], p1[1], p2[1], p3[1])]
}

export type SpineSection = 'cervical' | 'thoracic' | 'lumbar'

export interface Vertebra {
  /** C1…C7, T1…T12, L1…L5. */
  readonly name: string
  readonly section: SpineSection
  readonly position: V3
  /** Tilt about the x axis (radians) so the vertebra follows the curve. */
  readonly tilt: number
  /** Size relative to a mid-thoracic vertebra. */
  readonly scale: number
  /**
   * Extra height along the spine, over `scale`: lower down, the bodies are taller for their width
   * (a lumbar body is a drum, not a disc), so the column reads as stacked bones, not beads.
   */
  readonly stretch: number
}

const sections: readonly {
  section: SpineSection
  count: number
  prefix: string
  height: number
}[] = [
  { section: 'cervical', count: 7, prefix: 'C', height: 0.65 },
  { section: 'thoracic', count: 12, prefix: 'T', height: 1 },
  { section: 'lumbar', count: 5, prefix: 'L', height: 1.35 },
]

/** The 24 separate vertebrae, spaced by their real relative heights along the curved spine. */
export function vertebrae(): Vertebra[] {
  const total = sections.reduce((n, s) => n + s.count * s.height, 0)
  const out: Vertebra[] = []
  let acc = 0
  for (const s of sections) {
    for (let i = 0; i < s.count; i++) {
      const u = (acc + s.height / 2) / total
      acc += s.height
      const [y, z] = spineAt(u)
      const [y2, z2] = spineAt(Math.min(u + 0.01, 1))
      const [y1, z1] = spineAt(Math.max(u - 0.01, 0))
      const tilt = Math.atan2(z2 - z1, y1 - y2)
      const progress = i / Math.max(s.count - 1, 1)
      const scale =
        s.section === 'cervical'
          ? 0.62 + 0.12 * progress
          : s.section === 'thoracic'
            ? 0.8 + 0.25 * progress
            : 1.1 + 0.1 * progress
      const stretch =
        s.section === 'cervical' ? 1 : s.section === 'thoracic' ? 1 + 0.12 * progress : 1.25
      out.push({
        name: `${s.prefix}${i + 1}`,
        section: s.section,
        position: [0, y, z],
        tilt,
        scale,
        stretch,
      })
    }
  }
  return out
}

/** Points where a named region sits, for labels, hand markers and camera framing (upright pose). */
export const regionAnchors = {
  cranium: [0, 1.66, -0.02],
  jaw: [0.05, 1.51, 0.04],
  occiput: [0, 1.54, -0.085],
  cervical: [0, 1.45, -0.03],
  thoracic: [0, 1.2, -0.09],
  lumbar: [0, 1.0, -0.07],
  sacrum: [0, 0.88, -0.085],
  coccyx: [0, 0.824, -0.082],
  shoulders: [0.17, 1.38, -0.01],
  fascia: [0.12, 1.1, 0.08],
} as const satisfies Record<string, V3>

/** A box in the upright figure's space: its lowest and highest corner. */
type Extent = readonly [V3, V3]

/** The bones' own boxes, from the figure's parts (figure.ts): what a shot of them must show. */
const boneExtents: Readonly<Partial<Record<RegionId, Extent>>> = {
  cranium: [
    [-0.067, 1.5, -0.095],
    [0.067, 1.678, 0.085],
  ],
  jaw: [
    [-0.06, 1.478, -0.006],
    [0.06, 1.558, 0.062],
  ],
  occiput: [
    [-0.042, 1.535, -0.094],
    [0.042, 1.576, -0.051],
  ],
  sacrum: [
    [-0.052, 0.842, -0.089],
    [0.052, 0.928, -0.038],
  ],
  coccyx: [
    [-0.007, 0.81, -0.087],
    [0.007, 0.842, -0.067],
  ],
  shoulders: [
    [-0.2, 1.33, -0.07],
    [0.2, 1.46, 0.06],
  ],
}

/**
 * The corners of the box a region fills, in the upright figure's space: the bone itself for the
 * skull, sacrum and tailbone, every vertebra of a section of the spine (body in front, spinous
 * process behind), the shoulders' span. Tests project these through the live camera to check that
 * each shot shows what it is about. (Fascia, everywhere under the skin, has no box.)
 */
export function regionExtent(region: RegionId): V3[] {
  let extent = boneExtents[region]
  if (!extent && (region === 'cervical' || region === 'thoracic' || region === 'lumbar')) {
    const lo: [number, number, number] = [Infinity, Infinity, Infinity]
    const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity]
    for (const v of vertebrae().filter((b) => b.section === region)) {
      const [, y, z] = v.position
      const s = v.scale
      const h = s * v.stretch
      const corners: V3[] = [
        [-0.028 * s, y - 0.015 * h, z - 0.045 * s],
        [0.028 * s, y + 0.015 * h, z + 0.02 * s],
      ]
      for (const c of corners)
        for (let a = 0; a < 3; a++) {
          lo[a] = Math.min(lo[a] ?? 0, c[a] ?? 0)
          hi[a] = Math.max(hi[a] ?? 0, c[a] ?? 0)
        }
    }
    extent = [lo, hi]
  }
  if (!extent) return []
  const [[x0, y0, z0], [x1, y1, z1]] = extent
  return [x0, x1].flatMap((x) => [y0, y1].flatMap((y) => [z0, z1].map((z): V3 => [x, y, z])))
}

/**
 * Where hands rest for each region, in the upright figure's space: the therapist's hands in the
 * session walkthrough, the person's own fingertips in home practice.
 */
export const handPoints = {
  cranium: [
    [0.082, 1.61, -0.005],
    [-0.082, 1.61, -0.005],
  ],
  jaw: [
    [0.07, 1.53, 0.035],
    [-0.07, 1.53, 0.035],
  ],
  occiput: [
    [0.04, 1.54, -0.098],
    [-0.04, 1.54, -0.098],
  ],
  cervical: [
    [0.03, 1.45, -0.06],
    [-0.03, 1.45, -0.06],
  ],
  thoracic: [[0, 1.22, -0.11]],
  lumbar: [[0, 1.0, -0.1]],
  sacrum: [[0, 0.88, -0.11]],
  coccyx: [[0, 0.82, -0.1]],
  shoulders: [
    [0.16, 1.42, -0.02],
    [-0.16, 1.42, -0.02],
  ],
  fascia: [],
} as const satisfies Record<RegionId, readonly V3[]>

/** The person's own left or right hand. */
export type HandSide = 'left' | 'right'

/**
 * How a hand rests, in the upright figure's space: the pads of the fingertips on a spot, the
 * fingers pointing one way and the palm facing the skin. The hand's own mesh has its fingertip
 * pads at its origin, fingers along +y and palm towards -z (see `hand.ts`).
 */
export interface HandRest {
  /** Where the fingertip pads touch the skin. */
  readonly tip: V3
  /** Unit vector from the wrist towards the fingertips. */
  readonly fingers: V3
  /** Unit vector out of the palm, towards the skin; perpendicular to `fingers`. */
  readonly palm: V3
  /** A left hand (the right hand's mesh mirrored). */
  readonly left: boolean
}

const normalize = ([x, y, z]: V3): V3 => {
  const l = Math.hypot(x, y, z) || 1
  return [x / l, y / l, z / l]
}

/**
 * A rest from two points on the skin, where the fingertip pads touch (`tip`) and where the heel
 * of the palm is (`heel`), and the skin's outward direction under the hand. The fingers point
 * from heel to tip; the palm faces against `outward`, made perpendicular to the fingers.
 */
function rest(tip: V3, heel: V3, outward: V3, left: boolean): HandRest {
  const f = normalize([tip[0] - heel[0], tip[1] - heel[1], tip[2] - heel[2]])
  const d = outward[0] * f[0] + outward[1] * f[1] + outward[2] * f[2]
  return {
    tip,
    fingers: f,
    palm: normalize([-(outward[0] - d * f[0]), -(outward[1] - d * f[1]), -(outward[2] - d * f[2])]),
    left,
  }
}

/**
 * Where the LEFT hand rests for each spot a routine names (the right hand is its mirror image in
 * x): fingertip pads, the heel of the palm, and the skin's outward direction there. The figure
 * faces +z and its left is +x. 'shoulder' is the hand over the top of the OPPOSITE shoulder, so
 * the left hand crosses the chest to the right shoulder (x < 0). Every spot keeps off the front
 * and sides of the throat and off the spine's midline.
 */
const leftRests: Readonly<Record<HandPointId, HandRest>> = {
  // Cupping the side of the head above the ear, fingertips over the top towards the crown.
  scalp: rest([0.028, 1.68, 0.008], [0.083, 1.565, -0.002], [1, 0.55, 0.05], true),
  // Fingertips at the side of the head just beside the eye, the hand along the side of the head
  // above the ear, fingers pointing forward.
  temple: rest([0.069, 1.59, 0.042], [0.076, 1.615, -0.085], [0.9, 0.1, 0.3], true),
  // Fingertips on the chewing muscle in front of the ear, the hand on the side of the head
  // above and behind the ear with the fingers pointing down and forward: well above the throat.
  jaw: rest([0.064, 1.538, 0.026], [0.08, 1.64, -0.06], [1, 0, 0.1], true),
  // Palm on the back of the head, fingertips reaching in and down to the hollow just under the
  // bony ridge.
  'skull-base': rest([0.026, 1.517, -0.072], [0.072, 1.57, -0.045], [0.6, 0, -0.8], true),
  // Reaching round behind the neck, fingertips just beside the spine below the skull (never on
  // the spine, and never the front or sides of the throat).
  'neck-back': rest([0.02, 1.48, -0.054], [0.11, 1.465, -0.04], [0.3, 0, -1], true),
  // Across the chest and over the top of the RIGHT shoulder, fingertips behind it.
  shoulder: rest([-0.14, 1.385, -0.075], [-0.13, 1.405, 0.045], [0, 1, 0], true),
  // Flat on the belly, fingertips towards the middle.
  belly: rest([0.012, 1.02, 0.088], [0.115, 1.0, 0.062], [0, 0, 1], true),
  // On the front of the thigh, fingers down towards the knee.
  lap: rest([0.095, 0.72, 0.066], [0.1, 0.85, 0.08], [0, 0, 1], true),
}

/** Where the left hand rests differently in a pose. */
const leftRestsIn: Readonly<Record<PoseId, Partial<Record<HandPointId, HandRest>>>> = {
  upright: {},
  // On top of the level thigh, fingers towards the knee.
  seated: { lap: rest([0.1, 0.95, 0.36], [0.11, 0.962, 0.225], [0, 1, 0], true) },
  // Lying on the back, the hands slide under the head, palms up and flat on the bed, the
  // fingertips in from the side to just under the ridge, so the head's weight rests on them.
  lying: { 'skull-base': rest([0.026, 1.517, -0.072], [0.15, 1.53, -0.076], [0, 0, -1], true) },
}

const mirrored = (r: HandRest): HandRest => ({
  tip: [-r.tip[0], r.tip[1], r.tip[2]],
  fingers: [-r.fingers[0], r.fingers[1], r.fingers[2]],
  palm: [-r.palm[0], r.palm[1], r.palm[2]],
  left: !r.left,
})

/**
 * Where the person's own `side` hand rests on `point` in a pose, in the upright figure's space
 * (the seated figure's bent legs included); `placeInPose` puts it in the scene.
 */
export function handRest(point: HandPointId, side: HandSide, pose: PoseId): HandRest {
  const left = leftRestsIn[pose][point] ?? leftRests[point]
  return side === 'left' ? left : mirrored(left)
}

/** The hands a placement shows in a pose (a null side is not shown), left first. */
export function placementRests(placement: HandPlacement, pose: PoseId): HandRest[] {
  const out: HandRest[] = []
  if (placement.left) out.push(handRest(placement.left, 'left', pose))
  if (placement.right) out.push(handRest(placement.right, 'right', pose))
  return out
}

/**
 * The therapist's hands on a region (`handPoints`), for the session walkthrough: from the head
 * end of the table on the head and neck (fingers towards the feet, palms on the body), from the
 * side under the back. Right hands on the figure's right (-x), left hands on its left.
 */
export function therapistRests(region: RegionId): HandRest[] {
  const head = ['cranium', 'jaw', 'occiput', 'cervical'].includes(region)
  const points: readonly V3[] = handPoints[region]
  return points.map((p) => {
    const left = p[0] >= 0
    // Out of the body at the spot: away from the body's long axis at that height.
    const outward = normalize([p[0], 0, p[2] + 0.01])
    const back = (d: V3): V3 => [p[0] - d[0] * 0.13, p[1] - d[1] * 0.13, p[2] - d[2] * 0.13]
    if (region === 'shoulders') return rest(p, back([0, -0.55, 0.83]), [0, 0.83, 0.55], left)
    if (region === 'jaw') return rest(p, back([0, -0.5, 0.86]), outward, left)
    return head
      ? rest(p, back([0, -1, 0]), outward, left)
      : rest(p, back([1, 0, 0]), [0, 0, -1], false)
  })
}
