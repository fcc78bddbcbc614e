import { useEffect, useRef, useState } from 'react'
import { findRegion, type RegionId, regions, spineRegions } from '@/content/regions'
import type { PoseId, ShotId } from '@/content/shots'
import { BodyView } from '@/scene/BodyView'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { Icon } from '@/ui/Icon'
import { SourceCredit } from '@/ui/SourceCredit'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { ExploreHeader } from './ExploreHeader'
import './explore.css'

interface ExplorePageProps {
  /** A region id from a deep link (#/explore/<id>). */
  readonly region?: string | undefined
  readonly focusOnMount: boolean
}

const groups: readonly { title: string; ids: readonly RegionId[] }[] = [
  { title: 'Head', ids: ['cranium', 'jaw', 'occiput'] },
  { title: 'Spine', ids: spineRegions },
  { title: 'Body', ids: ['shoulders', 'fascia'] },
]

const poseOptions = [
  { value: 'upright', label: 'Upright' },
  { value: 'lying', label: 'On the table' },
] as const satisfies readonly { value: PoseId; label: string }[]

const poseWords: Record<PoseId, string> = {
  upright: 'standing upright',
  seated: 'sitting upright on a stool',
  lying: 'lying face-up on a treatment table',
}

/** Explore the body: pick a region to see where it is and what it does. */
export function ExplorePage({ region, focusOnMount }: ExplorePageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const reducedMotion = useReducedMotion()
  const linked = region ? findRegion(region) : undefined
  const [selected, setSelected] = useState<RegionId | null>(linked?.id ?? null)
  const [sweep, setSweep] = useState(false)
  const [pose, setPose] = useState<PoseId>('upright')

  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])
  useEffect(() => {
    if (linked) setSelected(linked.id)
  }, [linked])

  const current = selected ? findRegion(selected) : undefined
  const shot: ShotId = sweep ? 'upper-back' : (current?.shot ?? 'whole-body')
  const select = (id: RegionId) => {
    setSweep(false)
    setSelected((was) => (was === id ? null : id))
  }
  const lit = sweep
    ? 'The whole spine is highlighted, from the neck to the tailbone.'
    : current
      ? `${current.name} is highlighted.`
      : 'Nothing is highlighted.'
  const description = `A calm figure of a person ${poseWords[pose]}, with the skull and spine showing through. ${lit}`

  return (
    <div className="explore page">
      <ExploreHeader headingRef={heading} />

      {region && !linked && (
        <p className="notice" role="status">
          That link names a part of the body Stillpoint doesn’t know, so nothing is selected yet.
        </p>
      )}

      <div className="explore-layout">
        <div className="explore-stage">
          <BodyView
            pose={pose}
            shot={shot}
            focus={[]}
            therapistHands={current && !sweep ? [current.id] : []}
            selected={sweep ? null : selected}
            sweep={sweep}
            reducedMotion={reducedMotion}
            explorable
            onPick={select}
            description={description}
          />
        </div>

        <aside className="explore-panel" aria-label="Parts of the body">
          <ChoiceGroup legend="Position" value={pose} options={poseOptions} onChange={setPose} />

          <div className="explore-info" aria-live="polite">
            {sweep ? (
              <>
                <h2>The whole spine</h2>
                <p>
                  24 separate bones (7 in the neck, 12 in the upper back, 5 in the lower back), then
                  the sacrum and the tailbone.
                </p>
              </>
            ) : current ? (
              <>
                <h2>
                  {current.name}
                  {current.term !== current.name && (
                    <span className="explore-term">{current.term}</span>
                  )}
                </h2>
                <p>{current.summary}</p>
              </>
            ) : (
              <>
                <h2>Choose a part</h2>
                <p>Tap the body or a name below. Drag to turn it, pinch or scroll to zoom.</p>
              </>
            )}
          </div>

          {groups.map((g) => (
            <section key={g.title} className="explore-group" aria-label={g.title}>
              <h3 className="overline">{g.title}</h3>
              <ul>
                {g.ids.map((id) => {
                  const r = findRegion(id)
                  if (!r) return null
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="region-button"
                        aria-pressed={!sweep && selected === id}
                        onClick={() => select(id)}
                      >
                        {r.name}
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}

          <button
            type="button"
            className="button"
            aria-pressed={sweep}
            onClick={() => {
              setSweep((on) => !on)
              setSelected(null)
            }}
          >
            <Icon name="spine" />
            <span>{sweep ? 'Stop showing the spine' : 'Show the whole spine'}</span>
          </button>
        </aside>
      </div>
      <p className="visually-hidden">{regions.length} parts can be explored.</p>
      <footer className="page-source">
        <SourceCredit />
      </footer>
    </div>
  )
}
