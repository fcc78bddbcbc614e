import { readFileSync } from 'node:fs'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { Color, Group, InstancedMesh, Mesh, MeshLambertMaterial, ShaderMaterial } from 'three'
import { Matrix4, Raycaster, Color as ThreeColor, Vector3 } from 'three'
import { describe, expect, it, vi } from 'vitest'
import type { RegionId } from '@/content/regions'
import type { PoseId } from '@/content/shots'
import { BodyModel, regionUnder } from './BodyModel'
import { regionAnchors, vertebrae } from './body/anatomy'
import { decodeBodyFile } from './body/meshCodec'
import { HandMarkers, handsToShow } from './HandMarkers'
import { buildGeometries } from './loadBody'
import { placeInPose } from './pose'
import { Surroundings } from './Surroundings'

const bytes = readFileSync('public/models/body.spb')
const geometries = buildGeometries(
  decodeBodyFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
)
const spine = vertebrae()

async function scene(props: {
  pose?: PoseId
  focus?: RegionId[]
  selected?: RegionId | null
  sweep?: boolean
  moving?: boolean
}) {
  const r = await ReactThreeTestRenderer.create(
    <BodyModel
      geometries={geometries}
      pose={props.pose ?? 'upright'}
      focus={props.focus ?? []}
      selected={props.selected ?? null}
      sweep={props.sweep ?? false}
      moving={props.moving ?? false}
      reducedMotion
    />,
  )
  await r.advanceFrames(2, 1 / 60)
  const find = <T,>(name: string) => r.scene.findByProps({ name }).instance as T
  const vertebraColor = (i: number) => {
    const c = new ThreeColor()
    find<InstancedMesh>('vertebrae').getColorAt(i, c)
    return c as Color
  }
  return { r, find, vertebraColor }
}

const greenness = (c: Color) => c.g - c.r

describe('BodyModel scene graph', () => {
  it('builds every part in both poses', async () => {
    for (const pose of ['upright', 'lying'] as const) {
      const { r, find } = await scene({ pose })
      for (const name of ['skin', 'cranium', 'jaw', 'occiput', 'vertebrae', 'sacrum', 'coccyx'])
        expect(find(name), `${pose} ${name}`).toBeTruthy()
      expect(find<InstancedMesh>('vertebrae').count).toBe(24)
      const group = r.scene.children[0]?.instance as Group
      expect(group.rotation.x, pose).toBeCloseTo(pose === 'lying' ? -Math.PI / 2 : 0)
      expect(group.rotation.y, pose).toBeCloseTo(pose === 'lying' ? Math.PI / 2 : 0)
      await r.unmount()
    }
  })

  it('lights the neck vertebrae and dims the rest when the neck is in focus', async () => {
    const { vertebraColor } = await scene({ focus: ['cervical'] })
    const neck = spine.findIndex((v) => v.name === 'C4')
    const back = spine.findIndex((v) => v.name === 'T6')
    expect(greenness(vertebraColor(neck))).toBeGreaterThan(0.1)
    expect(greenness(vertebraColor(back))).toBeLessThan(0.05)
  })

  it('lights only the jaw on the skull when the jaw is selected', async () => {
    const { find } = await scene({ selected: 'jaw' })
    const [cranium, jaw, occiput] = ['cranium', 'jaw', 'occiput'].map(
      (n) => find<Mesh<never, MeshLambertMaterial>>(n).material,
    )
    expect(jaw?.emissive.g).toBeGreaterThan(0.1)
    expect(cranium?.emissive.g).toBe(0)
    expect(occiput?.emissive.g).toBe(0)
    // The rest is dimmed: the cranium is no longer plain bone colour.
    expect(cranium?.color.getHexString()).not.toBe(new ThreeColor('#f1e8d8').getHexString())
  })

  it('sweeps the whole spine, sacrum and coccyx included', async () => {
    const { find, vertebraColor } = await scene({ sweep: true })
    for (const i of [0, 10, 23])
      expect(greenness(vertebraColor(i)), spine[i]?.name).toBeGreaterThan(0.1)
    expect(find<Mesh<never, MeshLambertMaterial>>('sacrum').material.emissive.g).toBeGreaterThan(
      0.1,
    )
    expect(find<Mesh<never, MeshLambertMaterial>>('coccyx').material.emissive.g).toBeGreaterThan(
      0.1,
    )
  })

  it('makes the shoulders and the fascia glow on the skin', async () => {
    const shoulders = (await scene({ focus: ['shoulders'] })).find<Mesh<never, ShaderMaterial>>(
      'skin',
    ).material
    expect(shoulders.uniforms.uShoulders?.value).toBeGreaterThan(0.5)
    expect(shoulders.uniforms.uFascia?.value).toBe(0)
    const fascia = (await scene({ selected: 'fascia' })).find<Mesh<never, ShaderMaterial>>(
      'skin',
    ).material
    expect(fascia.uniforms.uFascia?.value).toBeGreaterThan(0.5)
  })

  it('lifts the skin on a dark page so it does not read as a shadow', async () => {
    const r = await ReactThreeTestRenderer.create(
      <BodyModel
        geometries={geometries}
        pose="upright"
        focus={[]}
        selected={null}
        sweep={false}
        reducedMotion
        dark
      />,
    )
    await r.advanceFrames(1, 1 / 60)
    const skin = r.scene.findByProps({ name: 'skin' }).instance as Mesh<never, ShaderMaterial>
    expect(skin.material.uniforms.uLift?.value).toBe(1)
  })

  it('shows nothing lit and nothing dimmed with no focus', async () => {
    const { find, vertebraColor } = await scene({})
    expect(greenness(vertebraColor(5))).toBeLessThan(0.05)
    expect(find<Mesh<never, ShaderMaterial>>('skin').material.uniforms.uDim?.value).toBe(0)
  })

  it('a tap picks the bone under the translucent skin, in both poses', async () => {
    for (const pose of ['upright', 'lying'] as const) {
      const { r } = await scene({ pose })
      const root = r.scene.instance
      root.updateMatrixWorld(true)
      const raycaster = new Raycaster()
      // A ray from outside the body, straight through a region's anchor, like a tap on it.
      const through = (region: RegionId, from: [number, number, number]) => {
        const at = new Vector3(...placeInPose(pose, regionAnchors[region]))
        const origin = at.clone().add(new Vector3(...from))
        raycaster.set(origin, at.clone().sub(origin).normalize())
        return regionUnder(root, (o) => raycaster.intersectObject(o, true))
      }
      const front: [number, number, number] = pose === 'upright' ? [0, 0, 2] : [0, 2, 0]
      const back: [number, number, number] = pose === 'upright' ? [0, 0, -2] : [0, -2, 0]
      expect(through('cranium', front), pose).toBe('cranium')
      expect(through('lumbar', back), pose).toBe('lumbar')
      expect(through('sacrum', back), pose).toBe('sacrum')
      await r.unmount()
    }
  })

  it('tones the table down on a dark page, and shows it only when lying', async () => {
    // jsdom draws no 2D canvas; the soft shadow texture is simply left blank here.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    const tableColor = async (dark: boolean) => {
      const r = await ReactThreeTestRenderer.create(<Surroundings pose="lying" dark={dark} />)
      const table = r.scene.findByProps({ name: 'table' }).instance as Mesh
      const c = (table.material as MeshLambertMaterial).color.getHSL({ h: 0, s: 0, l: 0 }).l
      await r.unmount()
      return c
    }
    expect(await tableColor(false)).toBeCloseTo(1)
    expect(await tableColor(true)).toBeLessThan(0.65)
    const upright = await ReactThreeTestRenderer.create(<Surroundings pose="upright" />)
    expect(upright.scene.findAll((n) => n.props.name === 'table')).toHaveLength(0)
    await upright.unmount()
  })

  it('shows the stool only when seated', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    const names = async (pose: PoseId) => {
      const r = await ReactThreeTestRenderer.create(<Surroundings pose={pose} />)
      const found = ['stool', 'table'].filter(
        (name) => r.scene.findAll((n) => n.props.name === name).length > 0,
      )
      await r.unmount()
      return found
    }
    expect(await names('seated')).toEqual(['stool'])
    expect(await names('lying')).toEqual(['table'])
    expect(await names('upright')).toEqual([])
  })

  it('draws the hands of a placement as instances of one hand, in two passes', async () => {
    const r = await ReactThreeTestRenderer.create(
      <HandMarkers regions={[]} placement={{ left: 'shoulder', right: 'lap' }} pose="seated" />,
    )
    const front = r.scene.findByProps({ name: 'hands' }).instance as InstancedMesh
    const behind = r.scene.findByProps({ name: 'hands-behind' }).instance as InstancedMesh
    expect(front.count).toBe(2)
    expect(behind.count).toBe(2)
    expect(front.geometry).toBe(behind.geometry)
    const expected = handsToShow('seated', [], { left: 'shoulder', right: 'lap' })
    const m = new Matrix4()
    front.getMatrixAt(0, m)
    const at = new Vector3().setFromMatrixPosition(m)
    expect(at.toArray().map((v) => Number(v.toFixed(5)))).toEqual(
      expected[0]?.at.map((v) => Number(v.toFixed(5))),
    )
    // The left hand is mirrored, the right is not; the left hand crosses to the right shoulder.
    expect(m.determinant()).toBeLessThan(0)
    expect(at.x).toBeLessThan(-0.1)
    front.getMatrixAt(1, m)
    expect(m.determinant()).toBeGreaterThan(0)
    await r.unmount()
  })

  it("shows one hand for a placement with a null side, the therapist's hands on a region, and nothing for neither", async () => {
    const count = async (props: Parameters<typeof HandMarkers>[0]) => {
      const r = await ReactThreeTestRenderer.create(<HandMarkers {...props} />)
      const found = r.scene.findAll((n) => n.props.name === 'hands')
      const n = found[0] ? (found[0].instance as InstancedMesh).count : 0
      const visible = found[0] ? (found[0].instance as InstancedMesh).visible : false
      await r.unmount()
      return visible ? n : 0
    }
    expect(
      await count({ regions: [], placement: { left: 'belly', right: null }, pose: 'lying' }),
    ).toBe(1)
    expect(await count({ regions: ['cranium'], pose: 'lying' })).toBe(2)
    expect(
      await count({ regions: [], placement: { left: null, right: null }, pose: 'lying' }),
    ).toBe(0)
    expect(await count({ regions: [], pose: 'seated' })).toBe(0)
  })

  it('draws the coarser skin and vertebrae while moving, and the fine ones at rest', async () => {
    const still = await scene({})
    expect(still.find<Mesh>('skin').geometry).toBe(geometries.skin)
    expect(still.find<InstancedMesh>('vertebrae').geometry).toBe(geometries.vertebra)
    await still.r.unmount()
    const moving = await scene({ moving: true, focus: ['cervical'] })
    expect(moving.find<Mesh>('skin').geometry).toBe(geometries.skinMoving)
    expect(moving.find<InstancedMesh>('vertebrae').geometry).toBe(geometries.vertebraMoving)
    expect(moving.find<InstancedMesh>('vertebrae').count).toBe(24)
    // The highlight still shows on the coarse vertebrae.
    expect(greenness(moving.vertebraColor(2))).toBeGreaterThan(0.1)
    await moving.r.unmount()
  })
})
