/**
 * A compact binary container for the project's generated meshes ("SPB3"): quantized positions
 * (uint16 over the mesh's bounds), octahedral normals (two int8 each), one uint8 attribute per
 * vertex, and indices. Positions and normals are stored as planar, zigzagged deltas: neighbouring
 * vertices are close, so the deltas are small. Indices are stored against a high-water mark
 * (0 for the next new vertex, else how far back the vertex is, as a varint): in the generator's
 * vertex-cache order most are new or recent, so most take one small byte. Together about 0.4 of
 * the raw size after gzip. Encoding runs in the generator (Node); decoding runs in the browser
 * when the 3D view opens.
 */

export interface MeshData {
  readonly name: string
  readonly positions: Float32Array
  readonly normals: Float32Array
  /** One byte per vertex: a region index (skull) or a 0–255 weight (the skin's shoulder glow). */
  readonly attribute: Uint8Array
  readonly indices: Uint32Array | Uint16Array
}

export interface BodyFile {
  /** Hash of the figure's definition the file was generated from. */
  readonly sourceHash: string
  readonly meshes: readonly MeshData[]
}

const MAGIC = 'SPB3'
const HASH_LENGTH = 16

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

export function encodeBodyFile(file: BodyFile): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes)
    size += bytes.length
  }
  const pad4 = () => {
    if (size % 4) push(new Uint8Array(4 - (size % 4)))
  }
  const u32 = (n: number) => push(new Uint8Array(new Uint32Array([n]).buffer))
  const text = new TextEncoder()
  push(text.encode(MAGIC))
  push(text.encode(file.sourceHash.padEnd(HASH_LENGTH, ' ').slice(0, HASH_LENGTH)))
  u32(file.meshes.length)
  for (const mesh of file.meshes) {
    const name = text.encode(mesh.name)
    u32(name.length)
    push(name)
    pad4()
    const n = mesh.positions.length / 3
    u32(n)
    u32(mesh.indices.length)
    const min = [0, 1, 2].map((a) => Math.min(...mesh.positions.filter((_, i) => i % 3 === a)))
    const max = [0, 1, 2].map((a) => Math.max(...mesh.positions.filter((_, i) => i % 3 === a)))
    push(new Uint8Array(new Float32Array([...min, ...max]).buffer))
    const q = new Uint16Array(n * 3)
    for (let i = 0; i < n * 3; i++) {
      const a = i % 3
      const span = (max[a] ?? 0) - (min[a] ?? 0) || 1
      q[i] = Math.round((((mesh.positions[i] ?? 0) - (min[a] ?? 0)) / span) * 65535)
    }
    push(new Uint8Array(Uint16Array.from(toDeltas(q, 3, 16)).buffer))
    pad4()
    push(Uint8Array.from(toDeltas(toOctahedral(mesh.normals), 2, 8)))
    push(mesh.attribute)
    pad4()
    const indices = encodeIndices(mesh.indices)
    u32(indices.length)
    push(indices)
    pad4()
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}

export function decodeBodyFile(buffer: ArrayBuffer): BodyFile {
  const bytes = new Uint8Array(buffer)
  const text = new TextDecoder()
  if (bytes.length < 24 || text.decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new BodyFileError('Not a Stillpoint body file')
  }
  let offset = 4
  const need = (n: number) => {
    if (offset + n > bytes.length) throw new BodyFileError('Body file is cut short')
  }
  const u32 = () => {
    need(4)
    const v = new DataView(buffer, offset, 4).getUint32(0, true)
    offset += 4
    return v
  }
  const align = () => {
    offset = (offset + 3) & ~3
  }
  const sourceHash = text.decode(bytes.subarray(offset, offset + HASH_LENGTH)).trim()
  offset += HASH_LENGTH
  const count = u32()
  const meshes: MeshData[] = []
  for (let m = 0; m < count; m++) {
    const nameLength = u32()
    need(nameLength)
    const name = text.decode(bytes.subarray(offset, offset + nameLength))
    offset += nameLength
    align()
    const n = u32()
    const indexCount = u32()
    need(24 + n * 6)
    const bounds = new Float32Array(buffer.slice(offset, offset + 24))
    offset += 24
    const q = fromDeltas(new Uint16Array(buffer.slice(offset, offset + n * 6)), 3, 16, false)
    offset += n * 6
    align()
    need(n * 3)
    const oct = fromDeltas(new Uint8Array(buffer.slice(offset, offset + n * 2)), 2, 8, true)
    offset += n * 2
    const attribute = bytes.slice(offset, offset + n)
    offset += n
    align()
    const indexBytes = u32()
    need(indexBytes)
    const decoded = decodeIndices(bytes.subarray(offset, offset + indexBytes), indexCount)
    const indices = n < 65536 ? Uint16Array.from(decoded) : decoded
    offset += indexBytes
    align()
    const positions = new Float32Array(n * 3)
    for (let i = 0; i < n * 3; i++) {
      const a = i % 3
      const lo = bounds[a] ?? 0
      const hi = bounds[a + 3] ?? 0
      positions[i] = lo + ((q[i] ?? 0) / 65535) * (hi - lo)
    }
    const normals = fromOctahedral(oct)
    for (const index of indices) {
      if (index >= n) throw new BodyFileError(`Mesh ${name} refers to a vertex it does not have`)
    }
    meshes.push({ name, positions, normals, attribute, indices })
  }
  return { sourceHash, meshes }
}
