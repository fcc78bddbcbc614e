/** `npm run body`: regenerates public/models/body.spb from the figure definition. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { bodySourceHash, generateBody } from './generate'
import { encodeBodyFile } from './meshCodec'

const started = performance.now()
const meshes = generateBody()
const bytes = encodeBodyFile({ sourceHash: bodySourceHash(), meshes })
mkdirSync('public/models', { recursive: true })
writeFileSync('public/models/body.spb', bytes)
for (const m of meshes) {
  console.log(
    `${m.name.padEnd(9)} ${String(m.positions.length / 3).padStart(6)} vertices ${String(m.indices.length / 3).padStart(6)} triangles`,
  )
}
console.log(
  `public/models/body.spb: ${(bytes.length / 1024).toFixed(1)} kB in ${Math.round(performance.now() - started)} ms`,
)
