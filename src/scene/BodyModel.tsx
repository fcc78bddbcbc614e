import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  Color,
  Euler,
  type Group,
  type InstancedMesh,
  type Intersection,
  Matrix4,
  Mesh,
  type Object3D,
  Quaternion,
  Vector3,
} from 'three'
import type { RegionId } from '@/content/regions'
import type { PoseId } from '@/content/shots'
import { vertebrae } from './body/anatomy'
import { skullRegions } from './body/generate'
import { dimLevel, type HighlightInput, isAnimating, regionGlow, sweepGlow } from './highlight'
import type { BodyGeometries } from './loadBody'
import { boneColor, createBoneMaterial, createSkinMaterial, setBoneGlow } from './materials'
import { type Hit, pickRegion } from './pick'
import { poses } from './pose'
import { wallNow } from './runClock'

export interface BodyModelProps {
  readonly geometries: BodyGeometries
  readonly pose: PoseId
  readonly focus: readonly RegionId[]
  readonly selected: RegionId | null
  /** Light the spine in a wave from the neck to the tailbone. */
  readonly sweep: boolean
  readonly reducedMotion: boolean
  /** The page is dark: lift the skin so it reads against it. */
  readonly dark?: boolean
  /** The view is moving on a device that renders slowly: draw the coarser skin. */
  readonly moving?: boolean
  /**
   * In a guided run: seconds the focus has glowed, on the run's time, read each frame (the run
   * then decides when frames are drawn). Otherwise the highlight is timed by the scene's wall clock (`wallNow`), as the run and the turn are.
   */
  readonly runSince?: (() => number) | undefined
}

const spine = vertebrae()
const spineSpan = spine.length + 2 // vertebrae, then sacrum and coccyx, for the sweep

function hitOf(e: Intersection): Hit {
  const part = e.object.userData.part as Hit['part'] | undefined
  if (part === 'skull') return { part, region: e.object.userData.region as RegionId }
  if (part === 'vertebrae') return { part, region: spine[e.instanceId ?? 0]?.section ?? 'thoracic' }
  if (part === 'sacrum') return { part, region: 'sacrum' }
  if (part === 'coccyx') return { part, region: 'coccyx' }
  if (part === 'skin' && e.object instanceof Mesh) {
    const shoulder = e.object.geometry.getAttribute('shoulder')?.getX(e.face?.a ?? 0)
    return shoulder !== undefined && shoulder > 0.5 ? { part, region: 'shoulders' } : { part }
  }
  return { part: 'other' }
}

/**
 * The region under a ray through the body (in `root`, the scene or the body group): bones under
 * the translucent skin win over the skin in front of them.
 */
export function regionUnder(
  root: Object3D,
  raycast: (object: Object3D) => Intersection[],
): RegionId | null {
  const body = root.name === 'body' ? root : root.getObjectByName('body')
  return body ? pickRegion(raycast(body).map(hitOf)) : null
}

type BoneMaterials = {
  readonly skin: ReturnType<typeof createSkinMaterial>
  readonly skull: readonly ReturnType<typeof createBoneMaterial>[]
  readonly sacrum: ReturnType<typeof createBoneMaterial>
  readonly coccyx: ReturnType<typeof createBoneMaterial>
}

/**
 * Colours every part for a highlight `since` seconds old: lit regions glow, the rest dims.
 * Returns the regions it lit.
 */
function paintHighlight(
  materials: BoneMaterials,
  mesh: InstancedMesh | null,
  color: Color,
  input: HighlightInput,
  sweep: boolean,
): RegionId[] {
  const { since, reducedMotion } = input
  const dim = dimLevel(input) || (sweep ? 1 : 0)
  const lit = new Set<RegionId>()
  const glow = (r: RegionId) => {
    const g = regionGlow(r, input)
    if (g > 0) lit.add(r)
    return g
  }
  skullRegions.forEach((r, i) => {
    const material = materials.skull[i]
    if (material) setBoneGlow(material, glow(r), dim)
  })
  const sweepAt = (i: number) => (sweep ? sweepGlow(i / (spineSpan - 1), since, reducedMotion) : 0)
  setBoneGlow(materials.sacrum, Math.max(glow('sacrum'), sweepAt(spineSpan - 2)), dim)
  setBoneGlow(materials.coccyx, Math.max(glow('coccyx'), sweepAt(spineSpan - 1)), dim)
  if (mesh) {
    for (const [i, v] of spine.entries()) {
      mesh.setColorAt(i, boneColor(color, Math.max(glow(v.section), sweepAt(i)), dim))
    }
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  }
  const u = materials.skin.uniforms
  if (u.uShoulders) u.uShoulders.value = glow('shoulders')
  if (u.uFascia) u.uFascia.value = glow('fascia')
  if (u.uDim) u.uDim.value = dim
  return [...lit]
}

/** The figure: translucent skin over the skull, 24 vertebrae (one instanced draw), sacrum and coccyx. */
export function BodyModel({
  geometries,
  pose,
  focus,
  selected,
  sweep,
  reducedMotion,
  dark = false,
  moving = false,
  runSince,
}: BodyModelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const materials = useMemo(
    () => ({
      skin: createSkinMaterial(),
      skull: skullRegions.map(() => createBoneMaterial()),
      vertebrae: createBoneMaterial(),
      sacrum: createBoneMaterial(),
      coccyx: createBoneMaterial(),
    }),
    [],
  )
  useEffect(
    () => () => {
      materials.skin.dispose()
      for (const m of [...materials.skull, materials.vertebrae, materials.sacrum, materials.coccyx])
        m.dispose()
    },
    [materials],
  )

  const spineRef = useRef<InstancedMesh>(null)
  const groupRef = useRef<Group>(null)
  useEffect(() => {
    const mesh = spineRef.current
    if (!mesh) return
    const m = new Matrix4()
    const q = new Quaternion()
    spine.forEach((v, i) => {
      q.setFromEuler(new Euler(v.tilt, 0, 0))
      m.compose(new Vector3(...v.position), q, new Vector3(v.scale, v.scale * v.stretch, v.scale))
      mesh.setMatrixAt(i, m)
      mesh.setColorAt(i, new Color(1, 1, 1))
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [])

  useEffect(() => {
    const lift = materials.skin.uniforms.uLift
    if (lift) lift.value = dark ? 1 : 0
    invalidate()
  }, [dark, materials, invalidate])

  // The time the highlight last changed, read every frame to breathe and then settle.
  const changedAt = useRef<number | null>(null)
  const focusKey = `${focus.join(',')}|${selected ?? ''}|${sweep}|${reducedMotion}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for focus, selected and sweep
  useEffect(() => {
    changedAt.current = null
    invalidate()
  }, [focusKey, invalidate])

  const color = useMemo(() => new Color(), [])
  // Once a highlight has settled, its colours are final: frames drawn for camera moves skip this.
  const settled = useRef(false)
  useFrame(() => {
    if (changedAt.current === null) settled.current = false
    if (settled.current) return
    const now = wallNow() / 1000
    changedAt.current ??= now
    const since = runSince ? runSince() : now - changedAt.current
    const input = { focus, selected, since, reducedMotion, fadeIn: !runSince }
    const lit = paintHighlight(materials, spineRef.current, color, input, sweep)
    if (groupRef.current) groupRef.current.userData.lit = lit
    // In a guided run, the run decides when frames are drawn.
    if (runSince) return
    if (isAnimating(input, sweep)) invalidate()
    else settled.current = true
  })

  const { rotation, position } = poses[pose]
  return (
    <group
      ref={groupRef}
      name="body"
      rotation={new Euler(rotation[0], rotation[1], rotation[2], 'YXZ')}
      position={position as [number, number, number]}
    >
      {skullRegions.map((region, i) => (
        <mesh
          key={region}
          geometry={geometries[region === 'cranium' ? 'skull' : region]}
          material={materials.skull[i]}
          userData={{ part: 'skull', region }}
          name={region}
        />
      ))}
      <instancedMesh
        ref={spineRef}
        args={[geometries.vertebra, materials.vertebrae, spine.length]}
        geometry={moving ? geometries.vertebraMoving : geometries.vertebra}
        userData={{ part: 'vertebrae' }}
        name="vertebrae"
      />
      <mesh
        geometry={geometries.sacrum}
        material={materials.sacrum}
        userData={{ part: 'sacrum' }}
        name="sacrum"
      />
      <mesh
        geometry={geometries.coccyx}
        material={materials.coccyx}
        userData={{ part: 'coccyx' }}
        name="coccyx"
      />
      <mesh
        geometry={moving ? geometries.skinMoving : geometries.skin}
        material={materials.skin}
        renderOrder={10}
        userData={{ part: 'skin' }}
        name="skin"
      />
    </group>
  )
}
