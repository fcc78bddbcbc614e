/**
 * Naive surface nets: turns a signed-distance field into a smooth indexed triangle mesh. One vertex
 * per grid cell the surface crosses (the mean of its edge crossings), one quad per crossed edge.
 */

export interface Grid {
  readonly min: readonly [number, number, number]
  readonly max: readonly [number, number, number]
  /** Cell size in metres. */
  readonly step: number
}

export interface RawMesh {
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
}

const CUBE_EDGES = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
] as const

export function surfaceNets(
  field: (x: number, y: number, z: number) => number,
  grid: Grid,
): RawMesh {
  const { min, max, step } = grid
  const nx = Math.ceil((max[0] - min[0]) / step) + 1
  const ny = Math.ceil((max[1] - min[1]) / step) + 1
  const nz = Math.ceil((max[2] - min[2]) / step) + 1
  const values = new Float32Array(nx * ny * nz)
  const at = (i: number, j: number, k: number) => i + nx * (j + ny * k)
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        values[at(i, j, k)] = field(min[0] + i * step, min[1] + j * step, min[2] + k * step)
      }
    }
  }

  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cellAt = (i: number, j: number, k: number) => i + (nx - 1) * (j + (ny - 1) * k)
  const positions: number[] = []
  const corner = new Float32Array(8)
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let inside = 0
        for (let c = 0; c < 8; c++) {
          const v = values[at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))] ?? 0
          corner[c] = v
          if (v < 0) inside++
        }
        if (inside === 0 || inside === 8) continue
        let sx = 0
        let sy = 0
        let sz = 0
        let count = 0
        for (const [a, b] of CUBE_EDGES) {
          const va = corner[a] ?? 0
          const vb = corner[b] ?? 0
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          sx += (a & 1) + ((b & 1) - (a & 1)) * t
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t
          count++
        }
        cellVertex[cellAt(i, j, k)] = positions.length / 3
        positions.push(
          min[0] + (i + sx / count) * step,
          min[1] + (j + sy / count) * step,
          min[2] + (k + sz / count) * step,
        )
      }
    }
  }

  const indices: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    if (flip) indices.push(a, c, b, a, d, c)
    else indices.push(a, b, c, a, c, d)
  }
  // For each grid edge along an axis that the surface crosses, join the four cells around it.
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v0 = values[at(i, j, k)] ?? 0
        const inside = v0 < 0
        if (i < nx - 1 && inside !== (values[at(i + 1, j, k)] ?? 0) < 0) {
          quad(
            cellVertex[cellAt(i, j - 1, k - 1)] ?? -1,
            cellVertex[cellAt(i, j, k - 1)] ?? -1,
            cellVertex[cellAt(i, j, k)] ?? -1,
            cellVertex[cellAt(i, j - 1, k)] ?? -1,
            !inside,
          )
        }
        if (j < ny - 1 && inside !== (values[at(i, j + 1, k)] ?? 0) < 0) {
          quad(
            cellVertex[cellAt(i - 1, j, k - 1)] ?? -1,
            cellVertex[cellAt(i - 1, j, k)] ?? -1,
            cellVertex[cellAt(i, j, k)] ?? -1,
            cellVertex[cellAt(i, j, k - 1)] ?? -1,
            !inside,
          )
        }
        if (k < nz - 1 && inside !== (values[at(i, j, k + 1)] ?? 0) < 0) {
          quad(
            cellVertex[cellAt(i - 1, j - 1, k)] ?? -1,
            cellVertex[cellAt(i, j - 1, k)] ?? -1,
            cellVertex[cellAt(i, j, k)] ?? -1,
            cellVertex[cellAt(i - 1, j, k)] ?? -1,
            !inside,
          )
        }
      }
    }
  }

  // Normals from the field's gradient: smoother than face normals at this resolution.
  const normals = new Float32Array(positions.length)
  const e = step * 0.5
  for (let v = 0; v < positions.length; v += 3) {
    const x = positions[v] ?? 0
    const y = positions[v + 1] ?? 0
    const z = positions[v + 2] ?? 0
    const gx = field(x + e, y, z) - field(x - e, y, z)
    const gy = field(x, y + e, z) - field(x, y - e, z)
    const gz = field(x, y, z + e) - field(x, y, z - e)
    const len = Math.hypot(gx, gy, gz) || 1
    normals[v] = gx / len
    normals[v + 1] = gy / len
    normals[v + 2] = gz / len
  }
  return { positions: new Float32Array(positions), normals, indices: new Uint32Array(indices) }
}
