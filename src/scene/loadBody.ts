import { BufferAttribute, BufferGeometry } from 'three'
import { type BodyFile, decodeBodyFile, type MeshData } from './body/meshCodec'

export interface BodyGeometries {
  readonly skin: BufferGeometry
  /** A coarser skin for frames drawn while the view moves on a slow device. */
  readonly skinMoving: BufferGeometry
  readonly skull: BufferGeometry
  readonly jaw: BufferGeometry
  readonly occiput: BufferGeometry
  readonly vertebra: BufferGeometry
  /** A coarser vertebra, likewise. */
  readonly vertebraMoving: BufferGeometry
  readonly sacrum: BufferGeometry
  readonly coccyx: BufferGeometry
}

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

/** Turns a decoded body file into three.js geometries. */
export function buildGeometries(file: BodyFile): BodyGeometries {
  const get = (name: string) => {
    const mesh = file.meshes.find((m) => m.name === name)
    if (!mesh) throw new Error(`The body model has no ${name}`)
    return mesh
  }
  return {
    skin: toGeometry(get('skin'), 'shoulder'),
    skinMoving: toGeometry(get('skin-moving'), 'shoulder'),
    skull: toGeometry(get('skull'), 'unused'),
    jaw: toGeometry(get('jaw'), 'unused'),
    occiput: toGeometry(get('occiput'), 'unused'),
    vertebra: toGeometry(get('vertebra'), 'unused'),
    vertebraMoving: toGeometry(get('vertebra-moving'), 'unused'),
    sacrum: toGeometry(get('sacrum'), 'unused'),
    coccyx: toGeometry(get('coccyx'), 'unused'),
  }
}

/** The seated figure's skin (body-seated.spb): the bones are the standing figure's. */
export type SkinGeometries = Pick<BodyGeometries, 'skin' | 'skinMoving'>

/** Turns a decoded seated skin file into three.js geometries. */
export function buildSkin(file: BodyFile): SkinGeometries {
  const get = (name: string) => {
    const mesh = file.meshes.find((m) => m.name === name)
    if (!mesh) throw new Error(`The seated body model has no ${name}`)
    return mesh
  }
  return {
    skin: toGeometry(get('skin'), 'shoulder'),
    skinMoving: toGeometry(get('skin-moving'), 'shoulder'),
  }
}

const pending = new Map<string, Promise<unknown>>()

/** Fetches and decodes a model file once; later calls share the result. */
function loadOnce<T>(url: string, build: (file: BodyFile) => T): Promise<T> {
  const known = pending.get(url) as Promise<T> | undefined
  if (known) return known
  const load = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`The body model could not be loaded (${response.status})`)
      return response.arrayBuffer()
    })
    .then((buffer) => build(decodeBodyFile(buffer)))
    .catch((error) => {
      pending.delete(url) // let a later attempt try again
      throw error
    })
  pending.set(url, load)
  return load
}

/** Fetches and decodes the body once; later calls share the result. */
export function loadBody(url: string): Promise<BodyGeometries> {
  return loadOnce(url, buildGeometries)
}

/**
 * Fetches and decodes the seated figure's skin once, only when the seated pose is first shown
 * (Explore and the session preview never download it).
 */
export function loadSeatedSkin(url: string): Promise<SkinGeometries> {
  return loadOnce(url, buildSkin)
}
