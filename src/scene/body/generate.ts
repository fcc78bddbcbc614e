/**
 * Generates every mesh of the body from the figure's signed-distance parts. Deterministic; run by
 * `npm run body`, which writes public/models/body.spb and the seated figure's skin,
 * public/models/body-seated.spb. Each file records a hash of its definition, and a unit test
 * fails when a definition changes without its file being regenerated.
 */
import {
  coccyxParts,
  sacrumParts,
  seatedSkinParts,
  skinParts,
  skullParts,
  vertebraParts,
} from './figure'
import type { MeshData } from './meshCodec'
import { fieldOf, type Part } from './sdf'
import { type Grid, surfaceNets } from './surfaceNets'

/** Bump when the generator itself changes in a way that changes its output. */
export const GENERATOR_VERSION = 6

/**
 * How far `npm run body` simplifies each mesh (see optimize.ts): the share of its triangles to
 * keep at most, and the largest distance, metres, the simplified surface may move from the
 * generated one. A millimetre is below what any shot in the app can show.
 */
export interface MeshDetail {
  readonly keep: number
  readonly maxError: number
}
const MM = 0.001
export const meshDetail: Readonly<Record<string, MeshDetail>> = {
  skin: { keep: 0.5, maxError: 1 * MM },
  skull: { keep: 0.45, maxError: 0.5 * MM },
  jaw: { keep: 0.5, maxError: 0.4 * MM },
  occiput: { keep: 0.7, maxError: 0.5 * MM },
  vertebra: { keep: 1, maxError: 0 },
  sacrum: { keep: 0.7, maxError: 0.5 * MM },
  coccyx: { keep: 1, maxError: 0 },
  'skin-moving': { keep: 0.7, maxError: 1.5 * MM },
  'vertebra-moving': { keep: 1, maxError: 0 },
}

const skullGrid: Grid = { min: [-0.09, 1.46, -0.11], max: [0.09, 1.7, 0.1], step: 0.0046 }

/**
 * A grid over the box from `min` to `max` whose cells are `on`'s own cells: the same step, its
 * lower corner moved down onto `on`'s lattice.
 */
function sharingCells(on: Grid, min: Grid['min'], max: Grid['max']): Grid {
  const snap = (v: number, i: 0 | 1 | 2) =>
    on.min[i] + Math.floor((v - on.min[i]) / on.step) * on.step
  return { min: [snap(min[0], 0), snap(min[1], 1), snap(min[2], 2)], max, step: on.step }
}

const grids = {
  skin: { min: [-0.33, -0.01, -0.13], max: [0.33, 1.72, 0.15], step: 0.0145 },
  // A coarser skin, drawn only while the view moves on a device that renders slowly.
  skinMoving: { min: [-0.33, -0.01, -0.13], max: [0.33, 1.72, 0.15], step: 0.024 },
  vertebraMoving: { min: [-0.035, -0.025, -0.05], max: [0.035, 0.02, 0.025], step: 0.006 },
  skull: skullGrid,
  jaw: { min: [-0.07, 1.465, -0.02], max: [0.07, 1.57, 0.08], step: 0.0024 },
  // On the skull's own cells, so the base of the skull's surface follows the cranium's facets a
  // hair outside them instead of weaving through them.
  occiput: sharingCells(skullGrid, [-0.065, 1.51, -0.105], [0.065, 1.585, -0.04]),
  vertebra: { min: [-0.035, -0.025, -0.05], max: [0.035, 0.02, 0.025], step: 0.0041 },
  sacrum: { min: [-0.06, 0.82, -0.12], max: [0.06, 0.95, -0.01], step: 0.0065 },
  coccyx: { min: [-0.02, 0.79, -0.1], max: [0.02, 0.85, -0.06], step: 0.0035 },
} as const satisfies Record<string, Grid>

/**
 * The seated figure's skin, over the box its bent legs fill (the feet come forward and the
 * figure sits higher in its own space; the seated pose lowers it onto the floor).
 */
const seatedGrids = {
  skin: { min: [-0.33, 0.37, -0.13], max: [0.33, 1.72, 0.57], step: grids.skin.step },
  skinMoving: { min: [-0.33, 0.37, -0.13], max: [0.33, 1.72, 0.57], step: grids.skinMoving.step },
} as const satisfies Record<string, Grid>

/** The skull's three regions, each its own closed mesh so highlights have clean edges. */
export const skullRegions = ['cranium', 'jaw', 'occiput'] as const

/** A short, stable hash (FNV-1a, 64-bit as two halves) of any JSON-able value. */
export function hashOf(value: unknown): string {
  const text = JSON.stringify(value)
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}

/** The hash of everything the body file is made from. */
export function bodySourceHash(): string {
  return hashOf({
    GENERATOR_VERSION,
    meshDetail,
    grids,
    skinParts,
    skullParts,
    vertebraParts,
    sacrumParts,
    coccyxParts,
  })
}

/** The hash of everything the seated skin file is made from. */
export function seatedSourceHash(): string {
  return hashOf({ GENERATOR_VERSION, meshDetail, seatedGrids, seatedSkinParts })
}

function mesh(
  name: string,
  parts: readonly Part[],
  grid: Grid,
  attribute: (x: number, y: number, z: number) => number,
): MeshData {
  const field = fieldOf(parts)
  const raw = surfaceNets((x, y, z) => field.distance(x, y, z), grid)
  const n = raw.positions.length / 3
  const attr = new Uint8Array(n)
  for (let v = 0; v < n; v++) {
    attr[v] = attribute(
      raw.positions[v * 3] ?? 0,
      raw.positions[v * 3 + 1] ?? 0,
      raw.positions[v * 3 + 2] ?? 0,
    )
  }
  return {
    name,
    positions: raw.positions,
    normals: raw.normals,
    attribute: attr,
    indices: raw.indices,
  }
}

const shoulders = fieldOf(skinParts.filter((p) => p.tag === 'shoulders'))
// Shoulder glow weight: full on the shoulders, fading over 6 cm.
const shoulderWeight = (x: number, y: number, z: number) => {
  const d = Math.max(0, shoulders.distance(x, y, z))
  return Math.round(255 * Math.max(0, 1 - d / 0.06) ** 2)
}

/** Every mesh of body.spb: the standing figure's skin and all the bones. */
export function generateBody(): MeshData[] {
  const skullOf = (tag: string) =>
    skullParts.filter((p) => p.tag === tag || (tag === 'cranium' && p.carve))
  return [
    mesh('skin', skinParts, grids.skin, shoulderWeight),
    mesh('skull', skullOf('cranium'), grids.skull, () => 0),
    mesh('jaw', skullOf('jaw'), grids.jaw, () => 1),
    mesh('occiput', skullOf('occiput'), grids.occiput, () => 2),
    mesh('vertebra', vertebraParts, grids.vertebra, () => 0),
    mesh('sacrum', sacrumParts, grids.sacrum, () => 0),
    mesh('coccyx', coccyxParts, grids.coccyx, () => 0),
    mesh('skin-moving', skinParts, grids.skinMoving, shoulderWeight),
    mesh('vertebra-moving', vertebraParts, grids.vertebraMoving, () => 0),
  ]
}

/**
 * The seated figure's skin and its coarser twin (body-seated.spb). The bones are the same as
 * standing, so the seated pose reuses body.spb for them and this file holds only the skin.
 */
export function generateSeatedSkin(): MeshData[] {
  return [
    mesh('skin', seatedSkinParts, seatedGrids.skin, shoulderWeight),
    mesh('skin-moving', seatedSkinParts, seatedGrids.skinMoving, shoulderWeight),
  ]
}
