/**
 * The per-stream transforms of the body file (see meshCodec.ts for the container around them):
 * zigzagged planar deltas, octahedral normals, and indices against a high-water mark. Each encoder
 * has its inverse next to it so the tests can check the pair on its own. They are kept apart from
 * the container so that the file layout is not buried under the bit twiddling.
 */

/** Thrown when a body file is not one, is cut short, or holds impossible indices. */
export class BodyFileError extends Error {
  override name = 'BodyFileError'
}

/** Planar deltas (all x, then all y, …), wrapped to `bits` and zigzagged to small unsigned values. */
export function toDeltas(values: ArrayLike<number>, stride: number, bits: 8 | 16 | 32): number[] {
  const n = values.length / stride
  const shift = 32 - bits
  const out = new Array<number>(values.length)
  for (let c = 0; c < stride; c++) {
    let previous = 0
    for (let i = 0; i < n; i++) {
      const v = values[i * stride + c] ?? 0
      const d = ((v - previous) << shift) >> shift
      out[c * n + i] = (((d << 1) ^ (d >> 31)) << shift) >>> shift
      previous = v
    }
  }
  return out
}

/** Inverse of {@link toDeltas}; `signed` gives values in the signed range of `bits`. */
export function fromDeltas(
  deltas: ArrayLike<number>,
  stride: number,
  bits: 8 | 16 | 32,
  signed: boolean,
): number[] {
  const n = deltas.length / stride
  const shift = 32 - bits
  const out = new Array<number>(deltas.length)
  for (let c = 0; c < stride; c++) {
    let previous = 0
    for (let i = 0; i < n; i++) {
      const z = deltas[c * n + i] ?? 0
      const d = (z >>> 1) ^ -(z & 1)
      const wrapped = ((previous + d) << shift) >> shift
      const v = signed ? wrapped : (wrapped << shift) >>> shift
      out[i * stride + c] = v
      previous = v
    }
  }
  return out
}

/** Octahedral encoding of unit normals: two components each, in [-127, 127]. */
export function toOctahedral(normals: ArrayLike<number>): Int8Array {
  const n = normals.length / 3
  const out = new Int8Array(n * 2)
  for (let i = 0; i < n; i++) {
    const x = normals[i * 3] ?? 0
    const y = normals[i * 3 + 1] ?? 0
    const z = normals[i * 3 + 2] ?? 0
    const l1 = Math.abs(x) + Math.abs(y) + Math.abs(z) || 1
    let u = x / l1
    let v = y / l1
    if (z < 0) {
      const fu = (1 - Math.abs(v)) * (u >= 0 ? 1 : -1)
      const fv = (1 - Math.abs(u)) * (v >= 0 ? 1 : -1)
      u = fu
      v = fv
    }
    out[i * 2] = Math.round(u * 127)
    out[i * 2 + 1] = Math.round(v * 127)
  }
  return out
}

/** Inverse of {@link toOctahedral}: unit normals, three floats each. */
export function fromOctahedral(oct: ArrayLike<number>): Float32Array {
  const n = oct.length / 2
  const out = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    let x = (oct[i * 2] ?? 0) / 127
    let y = (oct[i * 2 + 1] ?? 0) / 127
    const z = 1 - Math.abs(x) - Math.abs(y)
    if (z < 0) {
      const fx = (1 - Math.abs(y)) * (x >= 0 ? 1 : -1)
      const fy = (1 - Math.abs(x)) * (y >= 0 ? 1 : -1)
      x = fx
      y = fy
    }
    const len = Math.hypot(x, y, z) || 1
    out[i * 3] = x / len
    out[i * 3 + 1] = y / len
    out[i * 3 + 2] = z / len
  }
  return out
}

/** Indices against a high-water mark, as unsigned LEB128 varints (see the file comment). */
export function encodeIndices(indices: ArrayLike<number>): Uint8Array {
  const bytes: number[] = []
  let next = 0
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] ?? 0
    let code = index === next ? 0 : index < next ? next - index : -1
    if (code < 0) throw new Error('Indices must first use each vertex in order (reorder the mesh)')
    if (index === next) next++
    do {
      const low = code & 0x7f
      code >>>= 7
      bytes.push(code ? low | 0x80 : low)
    } while (code)
  }
  return Uint8Array.from(bytes)
}

/** Inverse of {@link encodeIndices}; throws on a truncated or impossible stream. */
export function decodeIndices(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count)
  let next = 0
  let at = 0
  for (let i = 0; i < count; i++) {
    let code = 0
    let shift = 0
    let byte: number
    do {
      if (at >= bytes.length || shift > 28) throw new BodyFileError('Body file is cut short')
      byte = bytes[at++] ?? 0
      code |= (byte & 0x7f) << shift
      shift += 7
    } while (byte & 0x80)
    if (code > next) throw new BodyFileError('Body file has an index out of order')
    out[i] = code === 0 ? next++ : next - code
  }
  return out
}
