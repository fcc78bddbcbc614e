import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import {
  BoxGeometry,
  BufferAttribute,
  CanvasTexture,
  Color,
  CylinderGeometry,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
  SRGBColorSpace,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { PoseId } from '@/content/shots'
import { table } from './pose'

function tinted(geometry: BoxGeometry | CylinderGeometry, color: string) {
  const g = geometry.toNonIndexed()
  const c = new Color(color)
  const colors = new Float32Array(g.getAttribute('position').count * 3)
  for (let i = 0; i < colors.length; i += 3) colors.set([c.r, c.g, c.b], i)
  g.setAttribute('color', new BufferAttribute(colors, 3))
  return g
}

/** A padded treatment table with a small headrest cushion, merged into one draw call. */
function useTableGeometry() {
  return useMemo(() => {
    const { top, length, width, thickness, centerX } = table
    const parts = [
      tinted(
        new BoxGeometry(length, thickness, width, 1, 1, 1).translate(
          centerX,
          top - thickness / 2,
          0,
        ),
        '#eef2ef',
      ),
      tinted(
        new BoxGeometry(length - 0.06, 0.05, width - 0.06).translate(
          centerX,
          top - thickness - 0.025,
          0,
        ),
        '#cbd6d2',
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
            '#a7b7b3',
          ),
        )
      }
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

/** Lights, the table (lying pose) and a soft contact shadow on the floor. */
export function Surroundings({
  pose,
  dark = false,
}: {
  readonly pose: PoseId
  /** The page is dark: the table's pale padding is toned down so it does not glare. */
  readonly dark?: boolean
}) {
  const tableGeometry = useTableGeometry()
  const shadow = useShadowTexture()
  const tableMaterial = useMemo(() => new MeshLambertMaterial({ vertexColors: true }), [])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    tableMaterial.color.set(dark ? '#8d9a98' : '#ffffff')
    invalidate()
  }, [dark, tableMaterial, invalidate])
  const shadowMaterial = useMemo(
    () => new MeshBasicMaterial({ map: shadow, transparent: true, depthWrite: false }),
    [shadow],
  )
  const shadowGeometry = useMemo(() => new PlaneGeometry(1, 1).rotateX(-Math.PI / 2), [])
  useEffect(
    () => () => {
      for (const d of [tableGeometry, shadow, tableMaterial, shadowMaterial, shadowGeometry])
        d.dispose()
    },
    [tableGeometry, shadow, tableMaterial, shadowMaterial, shadowGeometry],
  )
  const lying = pose === 'lying'
  return (
    <>
      <hemisphereLight args={['#fff8ef', '#5d7472', 1.5]} />
      <directionalLight position={[1.5, 3, 2]} intensity={1.4} />
      {/* A soft fill from behind, so bones seen from the back are not in shadow. */}
      <directionalLight position={[-1.2, 2, -2.5]} intensity={0.8} />
      {lying && <mesh geometry={tableGeometry} material={tableMaterial} name="table" />}
      <mesh
        geometry={shadowGeometry}
        material={shadowMaterial}
        position={[lying ? table.centerX : 0, 0.002, 0]}
        scale={lying ? [2.6, 1, 1.2] : [0.9, 1, 0.7]}
        name="shadow"
      />
    </>
  )
}
