import type { ReactNode } from 'react'
import { firstSessionTitle } from '@/content/firstSessionTitle'
import lengths from '@/content/narration.lengths.json'
import { practiceHome } from '@/content/practiceHome'
import { ExploreHeader } from '@/features/explore/ExploreHeader'
import { LearnHeader } from '@/features/learn/LearnPage'
import { PracticeHeader } from '@/features/practice/PracticeHeader'
import { SafetyCheckTop } from '@/features/practice/SafetyCheckTop'
import { PreviewHeader } from '@/features/preview/PreviewHeader'
import { opensOnCheck } from './opensOnCheck'
import type { OpeningScreen } from './routes'
import { SAFETY_KEY } from './storageKeys'
import './screenTops.css'

/**
 * The top of each screen a link most often opens, as it shows before the rest of the screen is
 * there: while the screen's code loads (its fallback below), and in the first frame, before any
 * of the app's code, for a link straight to it (the HTML carries these: src/app/prerender.tsx;
 * `openScreen` in beforePaint.ts puts the right one in place). Learn's code is in the first
 * download: its top is there for the HTML only. Practice shows its top while it checks the
 * routines saved on this device too (PracticeRoute).
 */
export const openings: { readonly [S in OpeningScreen | 'practice-check']: ReactNode } = {
  learn: (
    <div className="learn page">
      <LearnHeader />
    </div>
  ),
  preview: (
    <div className="preview page">
      <PreviewHeader title={firstSessionTitle} duration={lengths.walkthroughs['first-session']} />
      <p className="route-loading">Opening the session preview…</p>
    </div>
  ),
  explore: (
    <div className="explore page">
      <ExploreHeader />
      <p className="route-loading">Opening the body…</p>
    </div>
  ),
  practice: (
    <div className="practice page">
      <PracticeTop />
      <p className="route-loading">Opening Practice at home…</p>
    </div>
  ),
  // A first visit (no safety answers kept here) opens on the safety check: its top is there too.
  'practice-check': (
    <div className="practice page">
      <PracticeTop />
      <section className="safety-check" aria-labelledby="safety-title">
        <SafetyCheckTop />
        <p className="route-loading">Opening the safety questions…</p>
      </section>
    </div>
  ),
}

function PracticeTop() {
  return (
    <PracticeHeader
      eyebrow={practiceHome.eyebrow}
      title={practiceHome.title}
      lead={practiceHome.lead}
    />
  )
}

/**
 * Which top Practice opens on: its safety check where the kept answers will not do (none kept, as
 * on a first visit or a kiosk; storage refused; asked for again; too old), as the screen will;
 * else the plain one. `openScreen` decides the same before the first paint; this is the fallback
 * while Practice's code loads (once it has, PracticeRoute asks the screen's own store).
 */
export function practiceOpening(): 'practice' | 'practice-check' {
  return opensOnCheck(SAFETY_KEY) ? 'practice-check' : 'practice'
}
