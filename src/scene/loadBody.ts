import { BufferAttribute, BufferGeometry } from 'three'
import { skullRegions } from './body/generate'
import { decodeBodyFile, type MeshData } from './body/meshCodec'

export interface BodyGeometries {
  readonly skin: BufferGeometry
  /** Three groups, in the order of `skullRegions`: cranium, jaw, occiput. */
  readonly skull: BufferGeometry
  readonly vertebra: BufferGeometry
  readonly sacrum: BufferGeometry
  readonly coccyx: BufferGeometry
}

export const BODY_URL = '/models/body.spb'

function toGeometry(mesh: MeshData, attributeName: string): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3))
  g.setAttribute('normal', new BufferAttribute(mesh.normals, 3))
  g.setAttribute(attributeName, new BufferAttribute(mesh.attribute, 1, true))
  g.setIndex(new BufferAttribute(mesh.indices, 1))
  g.computeBoundingSphere()
  g.computeBoundingBox()
  return g
}

/** Orders the skull's triangles by region so each region is one draw group. */
function groupSkull(mesh: MeshData): BufferGeometry {
  const buckets: number[][] = skullRegions.map(() => [])
  const idx = mesh.indices
  for (let t = 0; t < idx.length; t += 3) {
    const tags = [idx[t], idx[t + 1], idx[t + 2]].map((v) => mesh.attribute[v ?? 0] ?? 0)
    const [a = 0, b = 0, c = 0] = tags
    const region = a === b || a === c ? a : b === c ? b : a
    buckets[region]?.push(idx[t] ?? 0, idx[t + 1] ?? 0, idx[t + 2] ?? 0)
  }
  const ordered = new Uint32Array(buckets.flat())
  const g = toGeometry({ ...mesh, indices: ordered }, 'region')
  let start = 0
  buckets.forEach((b, i) => {
    g.addGroup(start, b.length, i)
    start += b.length
  })
  return g
}

let pending: Promise<BodyGeometries> | null = null

/** Fetches and decodes the body once; later calls share the result. */
export function loadBody(url = BODY_URL): Promise<BodyGeometries> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`The body model could not be loaded (${response.status})`)
      return response.arrayBuffer()
    })
    .then((buffer) => {
      const file = decodeBodyFile(buffer)
      const get = (name: string) => {
        const mesh = file.meshes.find((m) => m.name === name)
        if (!mesh) throw new Error(`The body model has no ${name}`)
        return mesh
      }
      return {
        skin: toGeometry(get('skin'), 'shoulder'),
        skull: groupSkull(get('skull')),
        vertebra: toGeometry(get('vertebra'), 'unused'),
        sacrum: toGeometry(get('sacrum'), 'unused'),
        coccyx: toGeometry(get('coccyx'), 'unused'),
      }
    })
    .catch((error) => {
      pending = null // let a later attempt try again
      throw error
    })
  return pending
}
