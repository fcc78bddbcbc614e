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
        <g className={`svg-skin ${cls('fascia')}`} data-region={'fascia'}>
          {skinParts
            .filter((p) => p.tag === 'body')
            .map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed figure
              <Shape key={i} part={p} />
            ))}
        </g>
        <g className={cls('shoulders')} data-region={'shoulders'}>
          {skinParts
            .filter((p) => p.tag === 'shoulders')
            .map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed figure
              <Shape key={i} part={p} />
            ))}
        </g>
        {(['cranium', 'occiput', 'jaw'] as const).map((region) => (
          <g key={region} className={`svg-bone ${cls(region)}`} data-region={region}>
            {skullParts
              .filter((p) => p.tag === region && !p.carve)
              .map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed figure
                <Shape key={i} part={p} />
              ))}
          </g>
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
        {(
          [
            ['sacrum', sacrumParts],
            ['coccyx', coccyxParts],
          ] as const
        ).map(([region, parts]) => (
          <g key={region} className={`svg-bone ${cls(region)}`} data-region={region}>
            {parts.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed figure
              <Shape key={i} part={p} />
            ))}
          </g>
        ))}
      </g>
    </svg>
  )
}
