import { useEffect, useRef } from 'react'
import { firstVisitFacts } from '@/content/learn'
import { Icon, type IconName } from '@/ui/Icon'
import { SourceCredit } from '@/ui/SourceCredit'
import './home.css'

interface JourneyLink {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly href: string
  readonly meta: string
  readonly icon: IconName
}

interface HomePageProps {
  readonly journeys: readonly JourneyLink[]
  readonly focusOnMount: boolean
  /** Offer "Your practice" (not on a kiosk, where nothing is kept, nor without Practice). */
  readonly historyLink?: boolean
}

/** The first screen: what Stillpoint is, the journeys on offer, and a few reassuring facts. */
export function HomePage({ journeys, focusOnMount, historyLink = false }: HomePageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [focusOnMount])

  return (
    <div className="home page">
      <section className="hero" aria-labelledby="home-title">
        <Ripple />
        <p className="eyebrow">For craniosacral therapy patients</p>
        <h1 id="home-title" ref={heading} tabIndex={-1}>
          A calm guide to craniosacral therapy
        </h1>
        <p className="lead">
          Find out what CST is, what a session is like, and how to look after yourself between
          visits. Take it at your own pace.
        </p>
      </section>

      <section className="journeys" aria-labelledby="journeys-title">
        <h2 id="journeys-title" className="section-title">
          Where would you like to start?
        </h2>
        <ul className="journey-list">
          {journeys.map((j) => (
            <li key={j.id}>
              <a className="journey card" href={j.href}>
                <span className="journey-icon">
                  <Icon name={j.icon} />
                </span>
                <span className="journey-body">
                  <span className="journey-title">{j.title}</span>
                  <span className="journey-summary">{j.summary}</span>
                  <span className="journey-meta">{j.meta}</span>
                </span>
                <span className="journey-go">
                  <Icon name="arrow" />
                </span>
              </a>
            </li>
          ))}
        </ul>
        {historyLink && (
          <p className="home-history">
            <a href="#/history">Your practice and reminders</a>
          </p>
        )}
      </section>

      <section className="facts" aria-labelledby="facts-title">
        <h2 id="facts-title" className="section-title">
          Good to know before your first visit
        </h2>
        <ul className="fact-list">
          {firstVisitFacts.map((f) => (
            <li key={f.title} className="fact">
              <h3>{f.title}</h3>
              <p>{f.text}</p>
            </li>
          ))}
        </ul>
        <p className="facts-more">
          <a href={`#/learn/${firstVisitFacts[0]?.section ?? ''}`}>See what happens in a session</a>
        </p>
        <SourceCredit />
      </section>
    </div>
  )
}

/**
 * Rings on still water: the Stillpoint motif, drawn once. They breathe once as the page opens,
 * then rest (not at all when motion is reduced): see home.css.
 */
function Ripple() {
  return (
    <div className="ripple" aria-hidden="true">
      <svg viewBox="0 0 200 200" aria-hidden="true" focusable="false">
        {[28, 52, 76, 98].map((r) => (
          <circle key={r} cx="100" cy="100" r={r} />
        ))}
      </svg>
    </div>
  )
}
