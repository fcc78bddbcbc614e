import type { RegionId } from '@/content/regions'
import { coccyxParts, sacrumParts, seatedSkinParts, skinParts, skullParts } from './body/figure'
import type { Part } from './body/sdf'

/**
 * The figure's own parts drawn flat for SvgBody: the side-view projection, one SVG shape per part,
 * and which parts make up each region. Kept apart from SvgBody so the drawing itself (pose, glow,
 * hands) reads on its own.
 */

/** Side view: the figure seen from its right, front to the right of the picture. Metres to px. */
export const S = 200
export const px = (z: number) => 100 + z * S
export const py = (y: number) => 372 - y * S

/** One part as an SVG shape, for the two kinds a flat drawing shows. */
function Shape({ part, className }: { part: Part; className?: string }) {
  const s = part.shape
  if (s.kind === 'ellipsoid') {
    return (
      <ellipse
        cx={px(s.c[2])}
        cy={py(s.c[1])}
        rx={s.r[2] * S}
        ry={s.r[1] * S}
        className={className}
      />
    )
  }
  if (s.kind === 'capsule') {
    return (
      <line
        x1={px(s.a[2])}
        y1={py(s.a[1])}
        x2={px(s.b[2])}
        y2={py(s.b[1])}
        strokeWidth={(s.r + (s.rb ?? s.r)) * S}
        strokeLinecap="round"
        className={className}
      />
    )
  }
  return null
}

/**
 * The parts a flat drawing shows: not the carved ones, and where a shape is cut down to what lies
 * inside another (the base of the skull, a patch of the vault), only what is added after the cut.
 */
function drawnParts(parts: readonly Part[]): Part[] {
  let from = 0
  parts.forEach((p, i) => {
    if (p.intersect) from = i + 1
  })
  return parts.slice(from).filter((p) => !p.carve)
}

type FlatPart = { region: RegionId; parts: readonly Part[]; bone: boolean }

/** The regions drawn from the figure's own parts, back to front (the vertebrae are drawn apart). */
const flatPartsOf = (skin: typeof skinParts): readonly FlatPart[] => [
  { region: 'fascia', parts: skin.filter((p) => p.tag === 'body'), bone: false },
  { region: 'shoulders', parts: skin.filter((p) => p.tag === 'shoulders'), bone: false },
  ...(['cranium', 'occiput', 'jaw'] as const).map((region) => ({
    region,
    parts: drawnParts(skullParts.filter((p) => p.tag === region)),
    bone: true,
  })),
  { region: 'sacrum', parts: sacrumParts, bone: true },
  { region: 'coccyx', parts: coccyxParts, bone: true },
]
export const standingParts = flatPartsOf(skinParts)
export const seatedParts = flatPartsOf(seatedSkinParts)

/** One region's parts as a tappable group. */
export function PartGroup({
  region,
  parts,
  className,
}: {
  region: RegionId
  parts: readonly Part[]
  className: string
}) {
  return (
    <g className={className} data-region={region}>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the figure's parts are fixed
        <Shape key={i} part={p} />
      ))}
    </g>
  )
}
