import { useId } from 'react'
import { dateFormat } from '@/lib/time'
import { useMediaQuery } from '@/ui/useMediaQuery'
import type { WeekTension } from './summary'

const LEFT = 34
const RIGHT = 12
const TOP = 14
const BOTTOM = 34

const weekLabel = dateFormat({ day: 'numeric', month: 'short' })

type Series = 'before' | 'after'

/** The points of one series, split where a week has no rating (no line drawn across it). */
function runs(
  weeks: readonly WeekTension[],
  key: Series,
  x: (i: number) => number,
  y: (v: number) => number,
) {
  const out: { x: number; y: number }[][] = []
  let current: { x: number; y: number }[] = []
  weeks.forEach((w, i) => {
    const v = w[key]
    if (v === null) {
      if (current.length) out.push(current)
      current = []
    } else current.push({ x: x(i), y: y(v) })
  })
  if (current.length) out.push(current)
  return out
}

/**
 * Tension before and after practice, averaged per week: a small chart drawn here (no chart
 * library), with the same numbers as a table for screen readers and anyone who prefers one.
 */
export function TensionChart({ weeks }: { readonly weeks: readonly WeekTension[] }) {
  const titleId = useId()
  // On a phone the drawing is narrower, so its 14-unit labels stay about 14 px on screen, and
  // every other week is labelled.
  const narrow = useMediaQuery('(max-width: 40rem)')
  const W = narrow ? 360 : 640
  const H = narrow ? 220 : 240
  const x = (i: number) => LEFT + ((W - LEFT - RIGHT) * (i + 0.5)) / weeks.length
  const y = (v: number) => TOP + ((H - TOP - BOTTOM) * (10 - v)) / 10
  const rated = weeks.filter((w) => w.before !== null || w.after !== null)
  const summary =
    rated.length === 0
      ? 'No ratings yet in these weeks.'
      : `Average tension before and after practice, week by week, over the last ${weeks.length} weeks.`
  return (
    <figure className="tension-chart">
      <div className="tension-legend" aria-hidden="true">
        <span className="tension-key is-before">Before</span>
        <span className="tension-key is-after">After</span>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} focusable="false">
        <title id={titleId}>{summary}</title>
        {[0, 5, 10].map((v) => (
          <g key={v} className="tension-grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 8} y={y(v)} dy="0.35em" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          narrow && (weeks.length - 1 - i) % 2 ? null : (
            <text key={w.week} className="tension-week" x={x(i)} y={H - 10} textAnchor="middle">
              {weekLabel(w.week)}
            </text>
          ),
        )}
        {(['before', 'after'] as const).map((key) => (
          <g key={key} className={`tension-series is-${key}`}>
            {runs(weeks, key, x, y).map((run) => (
              <g key={`${run[0]?.x}`}>
                {run.length > 1 && <polyline points={run.map((p) => `${p.x},${p.y}`).join(' ')} />}
                {run.map((p) =>
                  key === 'before' ? (
                    <circle key={p.x} cx={p.x} cy={p.y} r={6} />
                  ) : (
                    <rect key={p.x} x={p.x - 6} y={p.y - 6} width={12} height={12} rx={2} />
                  ),
                )}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <details className="tension-table">
        <summary>Show these numbers as a table</summary>
        <table>
          <caption className="visually-hidden">
            Average tension, 0 (none) to 10 (the most), per week
          </caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Practices</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{weekLabel(w.week)}</th>
                <td>{w.practices}</td>
                <td>{w.before ?? 'not rated'}</td>
                <td>{w.after ?? 'not rated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
