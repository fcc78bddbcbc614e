import { type Ref, useEffect, useRef } from 'react'
import { learnIntro, learnReadingMinutes, learnSections } from '@/content/learn'
import { SourceCredit } from '@/ui/SourceCredit'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { LearnBlockView } from './LearnBlockView'
import './learn.css'

interface LearnPageProps {
  /** A section id from a deep link (#/learn/<id>); unknown ids show the page from the top. */
  readonly section?: string | undefined
  readonly focusOnMount: boolean
}

const sectionDomId = (id: string) => `learn-${id}`

/**
 * The top of Learn. The HTML carries it too (src/app/prerender.tsx), so a link to Learn shows it
 * in the first frame, before any of the app's code has arrived.
 */
export function LearnHeader({ headingRef }: { readonly headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <header className="learn-header">
      <p className="eyebrow">Learn</p>
      <h1 ref={headingRef} tabIndex={-1}>
        Craniosacral therapy, in plain words
      </h1>
      <p className="lead">{learnIntro}</p>
      <p className="learn-meta">About {learnReadingMinutes} minutes to read</p>
    </header>
  )
}

/** Plain-language answers about CST, arranged as questions for scanning. */
export function LearnPage({ section, focusOnMount }: LearnPageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const reduceMotion = useReducedMotion()
  const known = section === undefined || learnSections.some((s) => s.id === section)

  useEffect(() => {
    const target = section && known ? document.getElementById(sectionDomId(section)) : null
    if (target) {
      // Glide only for a jump within the page; a deep link opens already in place.
      const glide = focusOnMount && !reduceMotion
      target.scrollIntoView({ behavior: glide ? 'smooth' : 'auto', block: 'start' })
      target.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true })
    } else if (focusOnMount) {
      heading.current?.focus()
    }
  }, [section, known, focusOnMount, reduceMotion])

  return (
    <div className="learn page">
      <LearnHeader headingRef={heading} />

      {!known && (
        <p className="notice learn-missing" role="status">
          That part of the page doesn’t exist, so here is everything from the start.
        </p>
      )}

      <div className="learn-layout">
        <nav className="learn-toc" aria-labelledby="learn-toc-title">
          <h2 id="learn-toc-title" className="overline">
            On this page
          </h2>
          <ol>
            {learnSections.map((s) => (
              <li key={s.id}>
                <a
                  href={`#/learn/${s.id}`}
                  aria-current={s.id === section ? 'location' : undefined}
                >
                  {s.question}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="learn-sections">
          {learnSections.map((s) => (
            <section
              key={s.id}
              id={sectionDomId(s.id)}
              className="learn-section"
              aria-labelledby={`${sectionDomId(s.id)}-title`}
            >
              <h2 id={`${sectionDomId(s.id)}-title`} tabIndex={-1}>
                {s.question}
              </h2>
              <p className="learn-answer">{s.answer}</p>
              {s.blocks.map((block, i) => (
                // Blocks are fixed content: their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list
                <LearnBlockView key={i} block={block} />
              ))}
            </section>
          ))}

          <footer className="learn-source">
            <SourceCredit />
            <p>
              <a href="#/">Back to the home screen</a>
            </p>
          </footer>
        </div>
      </div>
    </div>
  )
}
