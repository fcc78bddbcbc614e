import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import {
  BoxGeometry,
  BufferAttribute,
  CanvasTexture,
  Color,
  CylinderGeometry,
  LatheGeometry,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  Vector2,
} from 'three'
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { PoseId } from '@/content/shots'
import { stool, table } from './pose'

function tinted(geometry: BoxGeometry | CylinderGeometry | LatheGeometry, color: string) {
  const g = geometry.index ? geometry.toNonIndexed() : geometry
  const c = new Color(color)
  const colors = new Float32Array(g.getAttribute('position').count * 3)
  for (let i = 0; i < colors.length; i += 3) colors.set([c.r, c.g, c.b], i)
  g.setAttribute('color', new BufferAttribute(colors, 3))
  return g
}

/** The furniture's sage: the table's pad and the stool's cushion, their frame and rim, the legs. */
const PAD = '#cbdad3'
const FRAME = '#a9bcb5'
const LEGS = '#a7b7b3'

/**
 * A padded treatment table, merged into one draw call: a soft pad with rounded edges in a quiet
 * sage that sits back from the figure, on a slimmer frame and four slim legs.
 */
function useTableGeometry() {
  return useMemo(() => {
    const { top, length, width, thickness, centerX, padRadius } = table
    const parts = [
      tinted(
        new RoundedBoxGeometry(length, thickness, width, 4, padRadius).translate(
          centerX,
          top - thickness / 2,
          0,
        ),
        PAD,
      ),
      tinted(
        new BoxGeometry(length - 0.1, 0.04, width - 0.1).translate(
          centerX,
          top - thickness - 0.02,
          0,
        ),
        FRAME,
      ),
    ]
    for (const x of [centerX - length / 2 + 0.12, centerX + length / 2 - 0.12]) {
      for (const z of [-width / 2 + 0.08, width / 2 - 0.08]) {
        parts.push(
          tinted(
            new CylinderGeometry(0.022, 0.022, top - thickness, 12).translate(
              x,
              (top - thickness) / 2,
              z,
            ),
            LEGS,
          ),
        )
      }
    }
    return mergeGeometries(parts)
  }, [])
}

/**
 * A low, round stool with a soft cushion (a rounded profile turned around its axis) on four slim
 * legs, merged into one draw call. No back, so the spine stays in view from behind.
 */
function useStoolGeometry() {
  return useMemo(() => {
    const { top, radius, cushion, centerZ } = stool
    // The cushion's profile from the centre of its underside out and round to the centre of its
    // top: a soft, rounded edge.
    const profile: Vector2[] = [new Vector2(0, top - cushion)]
    const round = cushion * 0.5
    for (let i = 0; i <= 6; i++) {
      const a = -Math.PI / 2 + (i / 6) * Math.PI
      profile.push(
        new Vector2(radius - round + Math.cos(a) * round, top - round + Math.sin(a) * round),
      )
    }
    profile.push(new Vector2(0, top))
    const parts = [
      tinted(new LatheGeometry(profile, 40).translate(0, 0, centerZ), PAD),
      // a thin rim under the cushion
      tinted(
        new CylinderGeometry(radius * 0.9, radius * 0.88, 0.02, 32).translate(
          0,
          top - cushion - 0.01,
          centerZ,
        ),
        FRAME,
      ),
    ]
    const legTop = top - cushion - 0.02
    for (let i = 0; i < 4; i++) {
      const a = Math.PI / 4 + (i * Math.PI) / 2
      const x = Math.sin(a) * radius * 0.68
      const z = centerZ + Math.cos(a) * radius * 0.68
      parts.push(
        tinted(new CylinderGeometry(0.014, 0.011, legTop, 10).translate(x, legTop / 2, z), LEGS),
      )
    }
    return mergeGeometries(parts)
  }, [])
}

/** A soft round shadow baked into a small texture drawn in code (no image file, no real-time shadows). */
function useShadowTexture() {
  return useMemo(() => {
    const size = 128
    // An OffscreenCanvas works in a worker as well as on the page; older browsers have neither
    // OffscreenCanvas nor workers that draw, and use an element.
    const canvas =
      typeof OffscreenCanvas === 'undefined'
        ? Object.assign(document.createElement('canvas'), { width: size, height: size })
        : new OffscreenCanvas(size, size)
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null
    if (ctx) {
      const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2)
      g.addColorStop(0, 'rgba(20,40,45,0.38)')
      g.addColorStop(0.55, 'rgba(20,40,45,0.16)')
      g.addColorStop(1, 'rgba(20,40,45,0)')
      ctx.fillStyle = g
      ctx.fillRect(0, 0, size, size)
    }
    const texture = new CanvasTexture(canvas)
    texture.colorSpace = SRGBColorSpace
    return texture
  }, [])
}

/** Lights, the table (lying pose) or the stool (seated), and a soft contact shadow on the floor. */
export function Surroundings({
  pose,
  dark = false,
}: {
  readonly pose: PoseId
  /** The page is dark: the table's pale padding is toned down so it does not glare. */
  readonly dark?: boolean
}) {
  const tableGeometry = useTableGeometry()
  const stoolGeometry = useStoolGeometry()
  const shadow = useShadowTexture()
  const tableMaterial = useMemo(() => new MeshLambertMaterial({ vertexColors: true }), [])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    tableMaterial.color.set(dark ? '#5f6b69' : '#ffffff')
    invalidate()
  }, [dark, tableMaterial, invalidate])
  const shadowMaterial = useMemo(
    () => new MeshBasicMaterial({ map: shadow, transparent: true, depthWrite: false }),
    [shadow],
  )
  const shadowGeometry = useMemo(() => new PlaneGeometry(1, 1).rotateX(-Math.PI / 2), [])
  useEffect(
    () => () => {
      for (const d of [
        tableGeometry,
        stoolGeometry,
        shadow,
        tableMaterial,
        shadowMaterial,
        shadowGeometry,
      ])
        d.dispose()
    },
    [tableGeometry, stoolGeometry, shadow, tableMaterial, shadowMaterial, shadowGeometry],
  )
  const lying = pose === 'lying'
  const seated = pose === 'seated'
  return (
    <>
      <hemisphereLight args={['#fff8ef', '#5d7472', 1.5]} />
      <directionalLight position={[1.5, 3, 2]} intensity={1.4} />
      {/* A soft fill from behind, so bones seen from the back are not in shadow. */}
      <directionalLight position={[-1.2, 2, -2.5]} intensity={0.8} />
      {lying && <mesh geometry={tableGeometry} material={tableMaterial} name="table" />}
      {seated && <mesh geometry={stoolGeometry} material={tableMaterial} name="stool" />}
      <mesh
        geometry={shadowGeometry}
        material={shadowMaterial}
        position={[lying ? table.centerX : 0, 0.002, seated ? 0.2 : 0]}
        scale={lying ? [2.6, 1, 1.2] : seated ? [0.95, 1, 1.0] : [0.9, 1, 0.7]}
        name="shadow"
      />
    </>
  )
}
