/**
 * Build time only (`npm run body`, in Node): makes each generated mesh lighter before it is
 * written. meshoptimizer's simplifier merges the surface-nets grid's many near-flat triangles
 * where the surface is gently curved (keeping the field's own normals on the vertices it keeps,
 * and weighing them so shading does not change), then its vertex-cache and fetch orders put
 * neighbouring vertices next to each other, which the file's deltas and gzip both reward.
 * Nothing here reaches the app's bundle.
 */
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import type { MeshDetail } from './generate'
import type { MeshData } from './meshCodec'

export async function optimizeMesh(mesh: MeshData, detail: MeshDetail): Promise<MeshData> {
  await Promise.all([MeshoptSimplifier.ready, MeshoptEncoder.ready])
  let indices: Uint32Array = Uint32Array.from(mesh.indices)
  if (detail.keep < 1) {
    const target = Math.floor((indices.length / 3) * detail.keep) * 3
    ;[indices] = MeshoptSimplifier.simplifyWithAttributes(
      indices,
      mesh.positions,
      3,
      mesh.normals,
      3,
      [0.5, 0.5, 0.5],
      null,
      target,
      detail.maxError,
      ['ErrorAbsolute'],
    )
  }
  const [remap, count] = MeshoptEncoder.reorderMesh(indices, true, false)
  const positions = new Float32Array(count * 3)
  const normals = new Float32Array(count * 3)
  const attribute = new Uint8Array(count)
  for (let old = 0; old < remap.length; old++) {
    const v = remap[old] ?? 0xffffffff
    if (v === 0xffffffff) continue
    positions.set(mesh.positions.subarray(old * 3, old * 3 + 3), v * 3)
    normals.set(mesh.normals.subarray(old * 3, old * 3 + 3), v * 3)
    attribute[v] = mesh.attribute[old] ?? 0
  }
  return { name: mesh.name, positions, normals, attribute, indices }
}
