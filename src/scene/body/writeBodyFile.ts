/**
 * `npm run body`: regenerates public/models/body.spb (the standing figure and its bones) and
 * public/models/body-seated.spb (the seated figure's skin) from the figure definition.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import {
  bodySourceHash,
  generateBody,
  generateSeatedSkin,
  meshDetail,
  seatedSourceHash,
} from './generate'
import { encodeBodyFile, type MeshData } from './meshCodec'
import { optimizeMesh } from './optimize'

/** Each generated mesh, simplified and reordered as `meshDetail` says. */
const optimized = (meshes: MeshData[]) =>
  Promise.all(meshes.map((m) => optimizeMesh(m, meshDetail[m.name] ?? { keep: 1, maxError: 0 })))

function write(path: string, sourceHash: string, meshes: MeshData[]) {
  const started = performance.now()
  const bytes = encodeBodyFile({ sourceHash, meshes })
  writeFileSync(path, bytes)
  for (const m of meshes) {
    console.log(
      `${m.name.padEnd(15)} ${String(m.positions.length / 3).padStart(6)} vertices ${String(m.indices.length / 3).padStart(6)} triangles`,
    )
  }
  const gzip = gzipSync(bytes, { level: 9 }).length
  console.log(
    `${path}: ${(bytes.length / 1024).toFixed(1)} kB (${(gzip / 1024).toFixed(1)} kB gzip) in ${Math.round(performance.now() - started)} ms`,
  )
}

mkdirSync('public/models', { recursive: true })
write('public/models/body.spb', bodySourceHash(), await optimized(generateBody()))
write('public/models/body-seated.spb', seatedSourceHash(), await optimized(generateSeatedSkin()))
