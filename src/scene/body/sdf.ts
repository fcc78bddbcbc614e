/** Signed-distance primitives and a smooth union, the pieces the project's figure is made of. */

export type V3 = readonly [number, number, number]

export type Primitive =
  | {
      readonly kind: 'capsule'
      readonly a: V3
      readonly b: V3
      readonly r: number
      readonly rb?: number
    }
  | { readonly kind: 'ellipsoid'; readonly c: V3; readonly r: V3 }
  | { readonly kind: 'box'; readonly c: V3; readonly h: V3; readonly round: number }

/** A primitive joined to what came before it with a smooth minimum of radius `blend` (metres). */
export interface Part<Tag extends string = string> {
  readonly shape: Primitive
  readonly blend: number
  readonly tag: Tag
  /** Carves this shape out instead of adding it. */
  readonly carve?: boolean
  /** Keeps only what lies inside this shape (a smooth intersection) instead of adding it. */
  readonly intersect?: boolean
}

/** Distance from point (x, y, z) to a primitive; negative inside. */
export function distance(s: Primitive, x: number, y: number, z: number): number {
  switch (s.kind) {
    case 'capsule': {
      const [ax, ay, az] = s.a
      const [bx, by, bz] = s.b
      const px = x - ax
      const py = y - ay
      const pz = z - az
      const dx = bx - ax
      const dy = by - ay
      const dz = bz - az
      const h = Math.min(
        1,
        Math.max(0, (px * dx + py * dy + pz * dz) / (dx * dx + dy * dy + dz * dz)),
      )
      const qx = px - dx * h
      const qy = py - dy * h
      const qz = pz - dz * h
      // A tapered capsule: the radius runs from r at a to rb at b.
      const r = s.rb === undefined ? s.r : s.r + (s.rb - s.r) * h
      return Math.sqrt(qx * qx + qy * qy + qz * qz) - r
    }
    case 'ellipsoid': {
      const [rx, ry, rz] = s.r
      const px = (x - s.c[0]) / rx
      const py = (y - s.c[1]) / ry
      const pz = (z - s.c[2]) / rz
      const k0 = Math.sqrt(px * px + py * py + pz * pz)
      const k1 = Math.sqrt((px * px) / (rx * rx) + (py * py) / (ry * ry) + (pz * pz) / (rz * rz))
      return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1
    }
    case 'box': {
      const qx = Math.abs(x - s.c[0]) - s.h[0] + s.round
      const qy = Math.abs(y - s.c[1]) - s.h[1] + s.round
      const qz = Math.abs(z - s.c[2]) - s.h[2] + s.round
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0))
      return outside + Math.min(Math.max(qx, qy, qz), 0) - s.round
    }
  }
}

/** Polynomial smooth minimum: like min(a, b) but rounded over a band of width k. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b)
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}

/** Smooth subtraction of b from a. */
export function smoothCarve(a: number, b: number, k: number): number {
  return -smoothMin(-a, b, k)
}

/** Smooth intersection of a and b. */
export function smoothIntersect(a: number, b: number, k: number): number {
  return -smoothMin(-a, -b, k)
}

/** The field of a whole figure: its parts joined (or carved, or intersected) in order. */
export function fieldOf<Tag extends string>(parts: readonly Part<Tag>[]) {
  return {
    distance(x: number, y: number, z: number): number {
      let d = Number.POSITIVE_INFINITY
      for (const p of parts) {
        const di = distance(p.shape, x, y, z)
        d = p.carve
          ? smoothCarve(d, di, p.blend)
          : p.intersect
            ? smoothIntersect(d, di, p.blend)
            : smoothMin(d, di, p.blend)
      }
      return d
    },
  }
}
