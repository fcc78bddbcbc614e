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
/** An ellipsoid centred at c with radii r; carved out of the shape instead of added when asked. */
function ellipsoid<T extends string>(tag: T, c: V3, r: V3, blend: number, carve = false): Part<T> {
  return carve
    ? { shape: { kind: 'ellipsoid', c, r }, blend, tag, carve }
    : { shape: { kind: 'ellipsoid', c, r }, blend, tag }
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
  cap([0, 1.585, 0.088], [0, 1.555, 0.104], 0.011, 0.012, 'body', 0.014),
  ...mirror((s) => [ell([0.077 * s, 1.575, -0.005], [0.012, 0.026, 0.016], 0.012)]),
  // neck
  cap([0, 1.37, -0.012], [0, 1.53, -0.006], 0.046, 0.035),
  // torso
  ell([0, 1.245, -0.005], [0.158, 0.15, 0.095], 0.07),
  ell([0, 1.07, 0.002], [0.128, 0.16, 0.083], 0.08),
  ell([0, 0.925, -0.008], [0.152, 0.105, 0.096], 0.07),
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
 * Where the seated figure's bent legs put its feet: the knee bends the shin straight down from
 * the forward thigh, so the soles sit this far above the upright figure's. The seated pose
 * lowers the figure by as much, so the feet rest flat on the floor (see `pose.ts`).
 */
export const SEATED_DROP = 0.405

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

/** The skull inside the head: cranium, the occipital ridge at the back, and the jaw. */
export const skullParts: readonly Part<SkullTag>[] = [
  ellipsoid('cranium', [0, 1.598, -0.01], [0.067, 0.083, 0.08], 0),
  ellipsoid('cranium', [0, 1.55, 0.035], [0.048, 0.05, 0.045], 0.025),
  ellipsoid('occiput', [0, 1.548, -0.07], [0.05, 0.03, 0.024], 0.02),
  // eye sockets and nose opening, carved so the skull reads as a skull through the skin
  ellipsoid('cranium', [0.024, 1.578, 0.073], [0.016, 0.014, 0.018], 0.008, true),
  ellipsoid('cranium', [-0.024, 1.578, 0.073], [0.016, 0.014, 0.018], 0.008, true),
  ellipsoid('cranium', [0, 1.55, 0.08], [0.008, 0.012, 0.014], 0.006, true),
  // the jaw: from the joint in front of each ear, down to the angle, forward to the chin
  capsule('jaw', [0.05, 1.56, 0.005], [0.047, 1.508, 0.0], 0.009, 0.01),
  capsule('jaw', [-0.05, 1.56, 0.005], [-0.047, 1.508, 0.0], 0.009, 0.01),
  capsule('jaw', [0.047, 1.508, 0.0], [0.0, 1.49, 0.058], 0.01, 0.012),
  capsule('jaw', [-0.047, 1.508, 0.0], [0.0, 1.49, 0.058], 0.01, 0.012),
]

/** One vertebra at unit scale (mid-thoracic), centred on its body, spinous process towards -z. */
export const vertebraParts: readonly Part[] = [
  ellipsoid('v', [0, 0, 0.004], [0.016, 0.0085, 0.013], 0),
  // the arch behind the body
  ...mirror((s) => [capsule('v', [0.009 * s, 0, -0.008], [0, 0, -0.022], 0.0042, 0.004)]),
  // the spinous process, pointing back and down (the bump you feel along your back)
  capsule('v', [0, 0, -0.022], [0, -0.011, -0.04], 0.0045, 0.004, 0.0035),
  // the transverse processes, to each side
  ...mirror((s) => [
    capsule('v', [0.006 * s, 0.001, -0.016], [0.027 * s, 0.003, -0.021], 0.004, 0.004, 0.003),
  ]),
]

/** The sacrum: a curved, tapering shield of five joined bones below L5. */
export const sacrumParts: readonly Part[] = [
  capsule('s', [0, 0.912, -0.042], [0, 0.84, -0.083], 0.03, 0, 0.013),
  ellipsoid('s', [0, 0.89, -0.055], [0.045, 0.035, 0.017], 0.015),
]

/** The tailbone: a few small tapering segments. */
export const coccyxParts: readonly Part[] = [
  capsule('c', [0, 0.835, -0.084], [0, 0.806, -0.074], 0.008, 0, 0.004),
]
