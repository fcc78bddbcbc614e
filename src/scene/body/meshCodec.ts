/**
 * A compact binary container for the project's generated meshes ("SPB3"): quantized positions
 * (uint16 over the mesh's bounds), octahedral normals (two int8 each), one uint8 attribute per
 * vertex, and indices. Positions and normals are stored as planar, zigzagged deltas: neighbouring
 * vertices are close, so the deltas are small. Indices are stored against a high-water mark
 * (0 for the next new vertex, else how far back the vertex is, as a varint): in the generator's
 * vertex-cache order most are new or recent, so most take one small byte. Together about 0.4 of
 * the raw size after gzip. Encoding runs in the generator (Node); decoding runs in the browser
 * when the 3D view opens.
 *
 * This file is the container (header, per-mesh layout, quantizing); the per-stream transforms live
 * in meshStreams.ts.
 */

import {
  BodyFileError,
  decodeIndices,
  encodeIndices,
  fromDeltas,
  fromOctahedral,
  toDeltas,
  toOctahedral,
} from './meshStreams'

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
