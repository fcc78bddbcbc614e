/**
 * The figure, written as signed-distance parts. A calm, stylized, gender-neutral person: rounded
 * head with a hinted face, long neck, soft shoulders, arms resting at the sides.
 */
import type { Part, V3 } from './sdf'

type SkinTag = 'body' | 'shoulders'
type SkullTag = 'cranium' | 'jaw' | 'occiput'

/** A capsule from a to b, radius r (tapering to rb at b), joined with a smooth blend. */
function capsule<T extends string>(
  tag: T,
  a: V3,
  b: V3,
  r: number,
  blend: number,
  rb?: number,
): Part<T> {
  return {
    shape: rb === undefined ? { kind: 'capsule', a, b, r } : { kind: 'capsule', a, b, r, rb },
    blend,
    tag,
  }
}
/**
 * An ellipsoid centred at c with radii r; carved out of the shape instead of added when asked, or
 * keeping only what of the shape lies inside it.
 */
function ellipsoid<T extends string>(
  tag: T,
  c: V3,
  r: V3,
  blend: number,
  carve = false,
  intersect = false,
): Part<T> {
  const shape = { kind: 'ellipsoid', c, r } as const
  if (carve) return { shape, blend, tag, carve }
  if (intersect) return { shape, blend, tag, intersect }
  return { shape, blend, tag }
}
const mirror = <T extends string>(make: (s: 1 | -1) => Part<T>[]) => [...make(1), ...make(-1)]
const cap = (a: V3, b: V3, r: number, blend: number, tag: SkinTag = 'body', rb?: number) =>
  capsule(tag, a, b, r, blend, rb)
const ell = (c: V3, r: V3, blend: number, tag: SkinTag = 'body') => ellipsoid(tag, c, r, blend)

/** Everything above the hips but the forearms: the same in every pose, so its regions never move. */
const upperBody: readonly Part<SkinTag>[] = [
  // head and a hinted face
  ell([0, 1.588, -0.004], [0.079, 0.1, 0.094], 0),
  ell([0, 1.53, 0.028], [0.058, 0.06, 0.062], 0.03),
  ell([0, 1.5, 0.045], [0.03, 0.022, 0.03], 0.02),
  cap([0, 1.583, 0.086], [0, 1.558, 0.097], 0.011, 0.018, 'body', 0.013),
  ...mirror((s) => [ell([0.077 * s, 1.575, -0.005], [0.012, 0.026, 0.016], 0.012)]),
  // neck
  cap([0, 1.37, -0.012], [0, 1.53, -0.006], 0.046, 0.035),
  // torso
  ell([0, 1.245, -0.005], [0.158, 0.15, 0.095], 0.07),
  ell([0, 1.07, 0.002], [0.128, 0.16, 0.083], 0.08),
  ell([0, 0.925, -0.008], [0.152, 0.105, 0.096], 0.07),
  // the buttocks, which cover the sacrum and tailbone
  ...mirror((s) => [ell([0.06 * s, 0.855, -0.04], [0.07, 0.08, 0.06], 0.04)]),
  // shoulders (their own tag, so the shoulder region can glow on the skin)
  cap([-0.165, 1.372, -0.012], [0.165, 1.372, -0.012], 0.05, 0.06, 'shoulders'),
]

export const skinParts: readonly Part<SkinTag>[] = [
  ...upperBody,
  ...mirror((s) => [
    ell([0.17 * s, 1.355, -0.01], [0.055, 0.048, 0.05], 0.04, 'shoulders'),
    // arms resting at the sides
    cap([0.19 * s, 1.33, -0.012], [0.225 * s, 1.07, -0.01], 0.043, 0.04, 'body', 0.036),
    cap([0.225 * s, 1.07, -0.01], [0.245 * s, 0.84, 0.015], 0.035, 0.025, 'body', 0.027),
    ell([0.25 * s, 0.775, 0.02], [0.02, 0.058, 0.036], 0.025),
    // legs
    cap([0.085 * s, 0.9, -0.008], [0.095 * s, 0.49, 0.002], 0.072, 0.05, 'body', 0.052),
    cap([0.095 * s, 0.49, 0.002], [0.095 * s, 0.085, -0.012], 0.05, 0.03, 'body', 0.034),
    cap([0.095 * s, 0.04, -0.02], [0.1 * s, 0.03, 0.11], 0.032, 0.03, 'body', 0.026),
  ]),
]

/**
 * The same person sitting upright: head, neck, torso, shoulders and upper arms exactly as
 * standing (so the skull, spine and every region stay where they are), thighs forward and level,
 * shins straight down, and the forearms bent so the hands rest on the thighs.
 */
export const seatedSkinParts: readonly Part<SkinTag>[] = [
  ...upperBody,
  ...mirror((s) => [
    ell([0.17 * s, 1.355, -0.01], [0.055, 0.048, 0.05], 0.04, 'shoulders'),
    cap([0.19 * s, 1.33, -0.012], [0.225 * s, 1.07, -0.01], 0.043, 0.04, 'body', 0.036),
    // forearms forward and in, hands resting on the thighs
    cap([0.225 * s, 1.07, -0.01], [0.13 * s, 0.99, 0.2], 0.035, 0.025, 'body', 0.027),
    ell([0.115 * s, 0.978, 0.255], [0.036, 0.017, 0.058], 0.025),
    // thighs level, forward from the hips
    cap([0.085 * s, 0.9, -0.008], [0.095 * s, 0.89, 0.4], 0.072, 0.05, 'body', 0.052),
    // shins straight down to the floor
    cap([0.095 * s, 0.89, 0.4], [0.095 * s, 0.49, 0.39], 0.05, 0.03, 'body', 0.034),
    cap([0.095 * s, 0.445, 0.37], [0.1 * s, 0.435, 0.5], 0.032, 0.03, 'body', 0.026),
  ]),
]

/** The mandible's body as upright capsules along its curve: [x, z, bottom y, top y], chin first. */
const mandibleCurve: readonly (readonly [number, number, number, number])[] = [
  [0, 0.055, 1.486, 1.499],
  [0.016, 0.052, 1.487, 1.5],
  [0.029, 0.043, 1.489, 1.501],
  [0.039, 0.025, 1.493, 1.502],
  [0.044, 0.006, 1.497, 1.503],
]

function mandible(): Part<SkullTag>[] {
  // Every 4 mm or so along the curve, so the capsules join into one smooth plate.
  const steps = 4
  const along = mandibleCurve.slice(1).flatMap((to, i) => {
    const from = mandibleCurve[i] ?? to
    return Array.from({ length: steps }, (_, k) =>
      from.map((v, j) => v + ((to[j] ?? v) - v) * ((k + (i === 0 ? 0 : 1)) / steps)),
    )
  })
  const body = along.flatMap(([x = 0, z = 0, y0 = 0, y1 = 0]) =>
    (x === 0 ? [1] : [1, -1]).map((s) =>
      capsule('jaw', [x * s, y0, z], [x * s, y1, z], 0.0036, 0.005),
    ),
  )
  return [
    ...body,
    // the chin's point
    ellipsoid('jaw', [0, 1.486, 0.054], [0.011, 0.007, 0.005], 0.006),
    ...mirror((s) => [
      // the ramus: one flat plate rising from the angle of the jaw towards the ear, its back edge
      // thickened up to the joint, its front edge up to the coronoid process
      ellipsoid('jaw', [0.046 * s, 1.519, 0.007], [0.0035, 0.024, 0.0125], 0.006),
      capsule('jaw', [0.045 * s, 1.499, -0.003], [0.049 * s, 1.549, 0.0], 0.0034, 0.006),
      capsule('jaw', [0.045 * s, 1.52, 0.015], [0.046 * s, 1.542, 0.018], 0.0028, 0.006),
      // the joint's rounded head (condyle)
      ellipsoid('jaw', [0.05 * s, 1.552, 0.001], [0.009, 0.005, 0.006], 0.006),
    ]),
  ]
}

/** The braincase: the vault, a steep forehead, and the rounded back that tucks in at its base. */
const vault = (tag: SkullTag, grow = 0): Part<SkullTag>[] => [
  ellipsoid(tag, [0, 1.6, -0.013], [0.066 + grow, 0.077 + grow, 0.079 + grow], 0),
  ellipsoid(tag, [0, 1.606, 0.026], [0.054 + grow, 0.053 + grow, 0.046 + grow], 0.02),
  ellipsoid(tag, [0, 1.577, -0.047], [0.054 + grow, 0.048 + grow, 0.04 + grow], 0.02),
]

/**
 * The skull inside the head: the cranium with its face (brow, cheekbones, eye sockets, nose
 * opening, upper teeth), the base of the skull at the back (a patch of the vault's own surface
 * with the ridge the app points at), and the jaw hinged just in front of the ears.
 */
export const skullParts: readonly Part<SkullTag>[] = [
  ...vault('cranium'),
  // bumps behind the ears (mastoid processes)
  ...mirror((s) => [ellipsoid('cranium', [0.049 * s, 1.532, -0.024], [0.009, 0.015, 0.01], 0.012)]),
  // the brow ridge over the eyes
  capsule('cranium', [-0.032, 1.591, 0.071], [0.032, 1.591, 0.071], 0.0072, 0.012),
  // the upper jaw (maxilla) and the ridge that holds the upper teeth
  ellipsoid('cranium', [0, 1.537, 0.049], [0.031, 0.029, 0.03], 0.02),
  ellipsoid('cranium', [0, 1.511, 0.053], [0.025, 0.011, 0.021], 0.01),
  // cheekbones and the arches running back from them to just in front of the ears
  ...mirror((s) => [
    ellipsoid('cranium', [0.04 * s, 1.564, 0.05], [0.014, 0.012, 0.017], 0.012),
    capsule('cranium', [0.047 * s, 1.559, 0.042], [0.058 * s, 1.553, 0.002], 0.0045, 0.008),
  ]),
  // eye sockets and the nose opening, carved so the skull reads as a skull through the skin
  ...mirror((s) => [
    ellipsoid('cranium', [0.022 * s, 1.571, 0.077], [0.015, 0.0135, 0.02], 0.005, true),
  ]),
  ellipsoid('cranium', [0, 1.541, 0.081], [0.0075, 0.012, 0.012], 0.004, true),
  // the bridge of the nose, between the sockets
  ellipsoid('cranium', [0, 1.567, 0.077], [0.0065, 0.011, 0.0055], 0.009),
  // the base of the skull: the vault's own surface, a hair proud of it, where the back of the
  // skull curves under towards the neck; and the ridge across it
  ...vault('occiput', 0.0012),
  ellipsoid('occiput', [0, 1.553, -0.092], [0.046, 0.022, 0.04], 0.01, false, true),
  capsule('occiput', [-0.036, 1.552, -0.073], [0, 1.557, -0.086], 0.0032, 0.008),
  capsule('occiput', [0.036, 1.552, -0.073], [0, 1.557, -0.086], 0.0032, 0.008),
  // the jaw (mandible): a curved plate from chin to each angle, then up the back of the face to
  // the joint in front of each ear, with the notch between the joint and the coronoid process
  ...mandible(),
]

/** One vertebra at unit scale (mid-thoracic), centred on its body, spinous process towards -z. */
export const vertebraParts: readonly Part[] = [
  // the body: a short drum, oval from above, with flat end plates facing the discs and softly
  // rounded rims (a tall ellipsoid cut to the body's height)
  ellipsoid('v', [0, 0, 0.004], [0.016, 0.024, 0.013], 0),
  {
    shape: { kind: 'box', c: [0, 0, 0.004], h: [0.03, 0.0085, 0.03], round: 0 },
    blend: 0.003,
    tag: 'v',
    intersect: true,
  },
  // the arch behind the body
  ...mirror((s) => [capsule('v', [0.009 * s, 0, -0.008], [0, 0, -0.022], 0.0042, 0.004)]),
  // the articular processes: a short pillar up and down from each side of the arch, where each
  // vertebra meets the next
  ...mirror((s) => [
    capsule('v', [0.0085 * s, 0.0075, -0.016], [0.0085 * s, -0.0075, -0.019], 0.0036, 0.003),
  ]),
  // the spinous process, pointing back and down (the bump you feel along your back)
  capsule('v', [0, 0, -0.022], [0, -0.011, -0.04], 0.0045, 0.004, 0.0045),
  // its blade: flat from side to side, deep from top to bottom, so from the side it reads as the
  // broad plate it is rather than a thin root
  ellipsoid('v', [0, -0.0055, -0.032], [0.004, 0.0085, 0.0115], 0.004),
  // the transverse processes, to each side
  ...mirror((s) => [
    capsule('v', [0.006 * s, 0.001, -0.016], [0.027 * s, 0.003, -0.021], 0.004, 0.004, 0.003),
  ]),
]

/**
 * The sacrum: five fused segments below L5, each narrower than the one above, so together they
 * make the wedge (an upside-down triangle) set between the hips, curving back and down; with the
 * ridge of small bumps down its middle.
 */
const sacralSegments: readonly (readonly [number, number, number, number])[] = [
  // [y, z, half width, radius]
  [0.916, -0.05, 0.041, 0.0115],
  [0.898, -0.058, 0.032, 0.0098],
  [0.88, -0.066, 0.024, 0.0086],
  [0.863, -0.073, 0.016, 0.0074],
  [0.848, -0.079, 0.009, 0.0064],
]

export const sacrumParts: readonly Part[] = [
  ...sacralSegments.map(([y, z, w, r]) => capsule('s', [-w, y, z], [w, y, z], r, 0.012)),
  capsule('s', [0, 0.918, -0.064], [0, 0.852, -0.088], 0.0035, 0.006, 0.003),
]

/** The tailbone: four small segments, each smaller, curling forward under the sacrum. */
export const coccyxParts: readonly Part[] = [
  ellipsoid('c', [0, 0.837, -0.082], [0.0075, 0.0048, 0.0048], 0),
  ellipsoid('c', [0, 0.828, -0.079], [0.006, 0.0042, 0.0042], 0.005),
  ellipsoid('c', [0, 0.82, -0.075], [0.0048, 0.0038, 0.0038], 0.005),
  ellipsoid('c', [0, 0.813, -0.07], [0.0036, 0.0032, 0.0032], 0.005),
]
