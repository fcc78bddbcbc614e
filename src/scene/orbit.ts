import type { Framing, Vec3 } from '@/content/shots'

/** How far the camera may move, so nobody loses the body. */
export const orbitLimits = {
  minDistance: 0.3,
  maxDistance: 4,
  minPolar: 0.12,
  maxPolar: Math.PI * 0.62,
  /** The camera target stays inside this box (metres). */
  targetMin: [-1.1, 0.2, -0.6] as Vec3,
  targetMax: [1.1, 1.8, 0.6] as Vec3,
}

/**
 * One keyboard step of orbiting: turns the camera around the target by `dAzimuth` and
 * `dPolar` radians and scales its distance by `zoom`, within the limits.
 */
export function orbitStep(
  position: Vec3,
  target: Vec3,
  dAzimuth: number,
  dPolar: number,
  zoom: number,
): Vec3 {
  const ox = position[0] - target[0]
  const oy = position[1] - target[1]
  const oz = position[2] - target[2]
  const radius = Math.min(
    orbitLimits.maxDistance,
    Math.max(orbitLimits.minDistance, Math.hypot(ox, oy, oz) * zoom),
  )
  const azimuth = Math.atan2(ox, oz) + dAzimuth
  const polar = Math.min(
    orbitLimits.maxPolar,
    Math.max(
      orbitLimits.minPolar,
      Math.acos(Math.min(1, Math.max(-1, oy / (Math.hypot(ox, oy, oz) || 1)))) + dPolar,
    ),
  )
  return [
    target[0] + radius * Math.sin(polar) * Math.sin(azimuth),
    target[1] + radius * Math.cos(polar),
    target[2] + radius * Math.sin(polar) * Math.cos(azimuth),
  ]
}

/** Keeps a camera target inside the allowed box. */
export function clampTarget([x, y, z]: Vec3): Vec3 {
  const { targetMin: lo, targetMax: hi } = orbitLimits
  return [
    Math.min(hi[0], Math.max(lo[0], x)),
    Math.min(hi[1], Math.max(lo[1], y)),
    Math.min(hi[2], Math.max(lo[2], z)),
  ]
}

/** Frame-rate independent easing factor: the share of the remaining way to cover in `dt` seconds. */
export function damp(dt: number, rate: number): number {
  return 1 - Math.exp(-rate * Math.min(dt, 0.1))
}

/**
 * Where the camera stands so a sphere of `radius` around the target fits the view, looking from
 * the framing's direction. Works for tall phones and wide kiosks alike. With `tall` over 1 what
 * must fit is taller than wide (`radius` across, `radius * tall` up and down), so a tall subject
 * fills a tall phone instead of being fitted to its width as a sphere.
 */
export function fitPosition(
  position: Vec3,
  target: Vec3,
  radius: number,
  verticalFovDeg: number,
  aspect: number,
  tall = 1,
): Vec3 {
  const half = (verticalFovDeg * Math.PI) / 360
  const horizontalHalf = Math.atan(Math.tan(half) * Math.max(aspect, 0.1))
  const distance =
    Math.max(radius / Math.sin(horizontalHalf), (radius * Math.max(tall, 1)) / Math.sin(half)) *
    1.08
  const dx = position[0] - target[0]
  const dy = position[1] - target[1]
  const dz = position[2] - target[2]
  const length = Math.hypot(dx, dy, dz) || 1
  return [
    target[0] + (dx / length) * distance,
    target[1] + (dy / length) * distance,
    target[2] + (dz / length) * distance,
  ]
}

/** Where the camera stands and what it looks at. */
export interface CameraPose {
  readonly position: Vec3
  readonly target: Vec3
}

/** The camera pose that frames a shot on a view of this field of view and aspect. */
export function framingPose(framing: Framing, verticalFovDeg: number, aspect: number): CameraPose {
  const { position, target, radius, tall } = framing
  return { position: fitPosition(position, target, radius, verticalFovDeg, aspect, tall), target }
}

const mix3 = (a: Vec3, b: Vec3, k: number): Vec3 => [
  a[0] + (b[0] - a[0]) * k,
  a[1] + (b[1] - a[1]) * k,
  a[2] + (b[2] - a[2]) * k,
]

/** The pose `k` of the way from `a` to `b` (0: a, 1: b). */
export function mixPose(a: CameraPose, b: CameraPose, k: number): CameraPose {
  return { position: mix3(a.position, b.position, k), target: mix3(a.target, b.target, k) }
}
