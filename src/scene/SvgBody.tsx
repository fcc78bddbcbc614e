import type { RegionId } from '@/content/regions'
import type { PoseId } from '@/content/shots'
import { vertebrae } from './body/anatomy'
import { coccyxParts, sacrumParts, skinParts, skullParts } from './body/figure'
import type { Part } from './body/sdf'

/** Side view: the figure seen from its right, front to the right of the picture. Metres to px. */
const S = 200
const px = (z: number) => 100 + z * S
const py = (y: number) => 372 - y * S

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

const spine = vertebrae()

/** The regions drawn from the figure's own parts, back to front (the vertebrae are drawn apart). */
const flatParts: readonly { region: RegionId; parts: readonly Part[]; bone: boolean }[] = [
  { region: 'fascia', parts: skinParts.filter((p) => p.tag === 'body'), bone: false },
  { region: 'shoulders', parts: skinParts.filter((p) => p.tag === 'shoulders'), bone: false },
  ...(['cranium', 'occiput', 'jaw'] as const).map((region) => ({
    region,
    parts: skullParts.filter((p) => p.tag === region && !p.carve),
    bone: true,
  })),
  { region: 'sacrum', parts: sacrumParts, bone: true },
  { region: 'coccyx', parts: coccyxParts, bone: true },
]

function PartGroup({
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

interface SvgBodyProps {
  readonly pose: PoseId
  readonly focus: readonly RegionId[]
  readonly selected: RegionId | null
  readonly sweep: boolean
  readonly onPick?: (region: RegionId) => void
  readonly label: string
}

/**
 * The body without WebGL: the same figure drawn flat from the side, with the same regions, glow
 * and selection. Taps select regions; the region list beside it is the keyboard path.
 */
export function SvgBody({ pose, focus, selected, sweep, onPick, label }: SvgBodyProps) {
  const lit = (r: RegionId) =>
    focus.includes(r) ||
    selected === r ||
    (sweep && ['cervical', 'thoracic', 'lumbar', 'sacrum', 'coccyx'].includes(r))
  const dim = focus.length > 0 || selected !== null || sweep
  const cls = (r: RegionId) =>
    `svg-region${lit(r) ? ' is-lit' : ''}${selected === r ? ' is-selected' : ''}`
  const groupClass = ({ region, bone }: { region: RegionId; bone: boolean }) =>
    `${bone ? 'svg-bone ' : region === 'fascia' ? 'svg-skin ' : ''}${cls(region)}`
  const lying = pose === 'lying'
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: taps pick regions; the region list beside the drawing is the keyboard path
    <svg
      onClick={(e) => {
        const region = (e.target as Element).closest('[data-region]')?.getAttribute('data-region')
        if (region) onPick?.(region as RegionId)
      }}
      className={`svg-body${dim ? ' is-dimmed' : ''}`}
      viewBox={lying ? '-6 120 382 128' : '0 -4 200 380'}
      role="img"
      aria-label={label}
      data-testid="svg-body"
    >
      {lying && <rect className="svg-table" x={-4} y={221} width={378} height={10} rx={5} />}
      <g transform={lying ? 'translate(282 200) rotate(-90) translate(-100 -300)' : undefined}>
        {flatParts.slice(0, 5).map((entry) => (
          <PartGroup key={entry.region} {...entry} className={groupClass(entry)} />
        ))}
        {(['cervical', 'thoracic', 'lumbar'] as const).map((section) => (
          <g key={section} className={`svg-bone ${cls(section)}`} data-region={section}>
            {spine
              .filter((v) => v.section === section)
              .map((v) => (
                <rect
                  key={v.name}
                  x={px(v.position[2]) - 4.5 * v.scale}
                  y={py(v.position[1]) - 2.2 * v.scale}
                  width={9 * v.scale}
                  height={4.4 * v.scale}
                  rx={1.6}
                  transform={`rotate(${(-v.tilt * 180) / Math.PI} ${px(v.position[2])} ${py(v.position[1])})`}
                />
              ))}
          </g>
        ))}
        {flatParts.slice(5).map((entry) => (
          <PartGroup key={entry.region} {...entry} className={groupClass(entry)} />
        ))}
      </g>
    </svg>
  )
}
