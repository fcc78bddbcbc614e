/**
 * The figure, written as signed-distance parts. A calm, stylized, gender-neutral person: rounded
 * head with a hinted face, long neck, soft shoulders, arms resting at the sides.
 */
import type { Part, V3 } from './sdf'

type SkinTag = 'body' | 'shoulders'
type SkullTag = 'cranium' | 'jaw' | 'occiput'

const cap = (
  a: V3,
  b: V3,
  r: number,
  blend: number,
  tag: SkinTag = 'body',
  rb?: number,
): Part<SkinTag> => ({
  shape: rb === undefined ? { kind: 'capsule', a, b, r } : { kind: 'capsule', a, b, r, rb },
  blend,
  tag,
})
const ell = (c: V3, r: V3, blend: number, tag: SkinTag = 'body'): Part<SkinTag> => ({
  shape: { kind: 'ellipsoid', c, r },
  blend,
  tag,
})
const mirror = (make: (s: 1 | -1) => Part<SkinTag>[]) => [...make(1), ...make(-1)]

export const skinParts: readonly Part<SkinTag>[] = [
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

const skullCap = (
  a: V3,
  b: V3,
  r: number,
  blend: number,
  tag: SkullTag,
  rb?: number,
): Part<SkullTag> => ({
  shape: rb === undefined ? { kind: 'capsule', a, b, r } : { kind: 'capsule', a, b, r, rb },
  blend,
  tag,
})
const skullEll = (c: V3, r: V3, blend: number, tag: SkullTag, carve = false): Part<SkullTag> => ({
  shape: { kind: 'ellipsoid', c, r },
  blend,
  tag,
  carve,
})

/** The skull inside the head: cranium, the occipital ridge at the back, and the jaw. */
export const skullParts: readonly Part<SkullTag>[] = [
  skullEll([0, 1.598, -0.01], [0.067, 0.083, 0.08], 0, 'cranium'),
  skullEll([0, 1.55, 0.035], [0.048, 0.05, 0.045], 0.025, 'cranium'),
  skullEll([0, 1.548, -0.07], [0.05, 0.03, 0.024], 0.02, 'occiput'),
  // eye sockets and nose opening, carved so the skull reads as a skull through the skin
  skullEll([0.024, 1.578, 0.073], [0.016, 0.014, 0.018], 0.008, 'cranium', true),
  skullEll([-0.024, 1.578, 0.073], [0.016, 0.014, 0.018], 0.008, 'cranium', true),
  skullEll([0, 1.55, 0.08], [0.008, 0.012, 0.014], 0.006, 'cranium', true),
  // the jaw: from the joint in front of each ear, down to the angle, forward to the chin
  skullCap([0.05, 1.56, 0.005], [0.047, 1.508, 0.0], 0.009, 0.01, 'jaw'),
  skullCap([-0.05, 1.56, 0.005], [-0.047, 1.508, 0.0], 0.009, 0.01, 'jaw'),
  skullCap([0.047, 1.508, 0.0], [0.0, 1.49, 0.058], 0.01, 0.012, 'jaw'),
  skullCap([-0.047, 1.508, 0.0], [0.0, 1.49, 0.058], 0.01, 0.012, 'jaw'),
]

/** One vertebra at unit scale (mid-thoracic), centred on its body, spinous process towards -z. */
export const vertebraParts: readonly Part[] = [
  { shape: { kind: 'ellipsoid', c: [0, 0, 0.004], r: [0.016, 0.0085, 0.013] }, blend: 0, tag: 'v' },
  {
    shape: { kind: 'capsule', a: [0.009, 0, -0.008], b: [0, 0, -0.022], r: 0.0042 },
    blend: 0.004,
    tag: 'v',
  },
  {
    shape: { kind: 'capsule', a: [-0.009, 0, -0.008], b: [0, 0, -0.022], r: 0.0042 },
    blend: 0.004,
    tag: 'v',
  },
  {
    shape: { kind: 'capsule', a: [0, 0, -0.022], b: [0, -0.011, -0.04], r: 0.0045, rb: 0.0035 },
    blend: 0.004,
    tag: 'v',
  },
  {
    shape: {
      kind: 'capsule',
      a: [0.006, 0.001, -0.016],
      b: [0.027, 0.003, -0.021],
      r: 0.004,
      rb: 0.003,
    },
    blend: 0.004,
    tag: 'v',
  },
  {
    shape: {
      kind: 'capsule',
      a: [-0.006, 0.001, -0.016],
      b: [-0.027, 0.003, -0.021],
      r: 0.004,
      rb: 0.003,
    },
    blend: 0.004,
    tag: 'v',
  },
]

/** The sacrum: a curved, tapering shield of five joined bones below L5. */
export const sacrumParts: readonly Part[] = [
  {
    shape: { kind: 'capsule', a: [0, 0.912, -0.042], b: [0, 0.84, -0.083], r: 0.03, rb: 0.013 },
    blend: 0,
    tag: 's',
  },
  {
    shape: { kind: 'ellipsoid', c: [0, 0.89, -0.055], r: [0.045, 0.035, 0.017] },
    blend: 0.015,
    tag: 's',
  },
]

/** The tailbone: a few small tapering segments. */
export const coccyxParts: readonly Part[] = [
  {
    shape: { kind: 'capsule', a: [0, 0.835, -0.084], b: [0, 0.806, -0.074], r: 0.008, rb: 0.004 },
    blend: 0,
    tag: 'c',
  },
]
