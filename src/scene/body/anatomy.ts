/**
 * Where the skeleton of interest sits inside the figure (upright, metres, y up, facing +z, feet at
 * y = 0, about 1.70 m tall). Pure numbers: the generator and the scene both read them.
 */
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
      out.push({
        name: `${s.prefix}${i + 1}`,
        section: s.section,
        position: [0, y, z],
        tilt,
        scale,
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
  coccyx: [0, 0.815, -0.08],
  shoulders: [0.17, 1.38, -0.01],
  fascia: [0.12, 1.1, 0.08],
} as const satisfies Record<string, V3>

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
} as const satisfies Record<string, readonly V3[]>
