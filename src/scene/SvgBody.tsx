import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { PoseId } from '@/content/shots'
import { type HandRest, placementRests, therapistRests, vertebrae } from './body/anatomy'
import { SEATED_DROP } from './body/seated'
import { stool } from './pose'
import { PartGroup, px, py, S, seatedParts, standingParts } from './svgFigure'

const spine = vertebrae()

/**
 * A hand's outline, fingers towards +x with the middle fingertip at the origin, the palm towards
 * +y, in drawing pixels (a hand about 19 cm long). Drawn as one group, so its overlapping pieces
 * blend as one shape.
 */
function HandGlyph({ rest, far }: { rest: HandRest; far: boolean }) {
  // The side view: z to the right, y up.
  const fx = rest.fingers[2]
  const fy = -rest.fingers[1]
  const gx = rest.palm[2]
  const gy = -rest.palm[1]
  // Seen end-on (fingers along x), the hand lies along the skin, across the palm's direction,
  // centred on the spot rather than ending at it.
  const endOn = Math.hypot(fx, fy) <= 0.4
  const along = endOn ? [-gy, gx] : [fx, fy]
  const angle = Math.atan2(along[1] ?? 0, along[0] ?? 1)
  // The palm (+y) towards the skin.
  const flip = -Math.sin(angle) * gx + Math.cos(angle) * gy < 0 ? -1 : 1
  // The far hand is drawn a little behind and offset, so both hands of a pair can be seen.
  const shift = far ? 2.5 : 0
  const centre = endOn ? 19 : 0
  const x = px(rest.tip[2]) - shift + Math.cos(angle) * centre
  const y = py(rest.tip[1]) - shift + Math.sin(angle) * centre
  return (
    <g
      className={`svg-hand${far ? ' is-far' : ''}`}
      data-hand={rest.left ? 'left' : 'right'}
      transform={`translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${((angle * 180) / Math.PI).toFixed(1)}) scale(1 ${flip})`}
    >
      <rect x={-37} y={-7.5} width={22} height={15.5} rx={6} />
      <rect x={-19} y={-7.4} width={17} height={3.5} rx={1.75} />
      <rect x={-19} y={-3.4} width={19} height={3.6} rx={1.8} />
      <rect x={-19} y={0.7} width={17.6} height={3.5} rx={1.75} />
      <rect x={-18} y={4.6} width={12.5} height={3.1} rx={1.55} />
      <rect x={-34} y={-11.5} width={13} height={4} rx={2} transform="rotate(-28 -30 -7)" />
      <rect x={-45} y={-5.5} width={10} height={11} rx={4} className="svg-wrist" />
    </g>
  )
}

interface SvgBodyProps {
  readonly pose: PoseId
  readonly focus: readonly RegionId[]
  /** The therapist's hands rest on these regions. */
  readonly therapistHands?: readonly RegionId[]
  /** Where the person's own hands rest, in a home routine. */
  readonly placement?: HandPlacement | undefined
  readonly selected: RegionId | null
  readonly sweep: boolean
  readonly onPick?: (region: RegionId) => void
  readonly label: string
}

/** Drawing box per pose: standing, lying on the table, sitting on the stool. */
const viewBoxes: Record<PoseId, string> = {
  upright: '0 -4 200 380',
  lying: '-6 120 382 128',
  seated: '40 100 184 276',
}

/**
 * The body without WebGL: the same figure drawn flat from the side (seen from its right), with
 * the same regions, glow, selection and hands. Taps select regions; the region list beside it is
 * the keyboard path. Hands on the far (left) side are drawn behind the body and fainter.
 */
export function SvgBody({
  pose,
  focus,
  therapistHands = [],
  placement,
  selected,
  sweep,
  onPick,
  label,
}: SvgBodyProps) {
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
  const seated = pose === 'seated'
  const flatParts = seated ? seatedParts : standingParts
  const rests = [
    ...therapistHands.flatMap((r) => therapistRests(r)),
    ...(placement ? placementRests(placement, pose) : []),
  ]
  // Seen from the figure's right (-x): hands on its left side are the far ones (a hand near the
  // middle, as on the belly, is in plain view).
  const far = rests.filter((r) => r.tip[0] > 0.015)
  const near = rests.filter((r) => r.tip[0] <= 0.015)
  const figureTransform = lying
    ? 'translate(282 200) rotate(-90) translate(-100 -300)'
    : seated
      ? `translate(0 ${SEATED_DROP * S})`
      : undefined
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: taps pick regions; the region list beside the drawing is the keyboard path
    <svg
      onClick={(e) => {
        const region = (e.target as Element).closest('[data-region]')?.getAttribute('data-region')
        if (region) onPick?.(region as RegionId)
      }}
      className={`svg-body${dim ? ' is-dimmed' : ''}`}
      viewBox={viewBoxes[pose]}
      role="img"
      aria-label={label}
      data-testid="svg-body"
    >
      {lying && <rect className="svg-table" x={-4} y={221} width={378} height={10} rx={5} />}
      {seated && (
        <g className="svg-table" data-testid="svg-stool">
          <rect
            x={px(stool.centerZ - stool.radius)}
            y={py(stool.top)}
            width={stool.radius * 2 * S}
            height={stool.cushion * S}
            rx={(stool.cushion * S) / 2}
          />
          {[-0.6, 0.6].map((k) => (
            <rect
              key={k}
              x={px(stool.centerZ + k * stool.radius) - 1.5}
              y={py(stool.top - stool.cushion)}
              width={3}
              height={(stool.top - stool.cushion) * S}
              rx={1.5}
            />
          ))}
        </g>
      )}
      <g transform={figureTransform}>
        {far.map((rest, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a moment's hands are fixed
          <HandGlyph key={i} rest={rest} far />
        ))}
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
        {near.map((rest, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a moment's hands are fixed
          <HandGlyph key={i} rest={rest} far={false} />
        ))}
      </g>
    </svg>
  )
}
