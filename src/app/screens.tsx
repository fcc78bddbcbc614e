import { type ComponentType, lazy, type ReactNode } from 'react'
import { firstSessionTitle } from '@/content/firstSessionTitle'
import lengths from '@/content/narration.lengths.json'
import { practiceHome } from '@/content/practiceHome'
import clinicianCss from '@/features/clinician/clinician.css?url'
import { ExploreHeader } from '@/features/explore/ExploreHeader'
import historyCss from '@/features/history/history.css?url'
import { HomePage } from '@/features/home/HomePage'
import { LearnHeader, LearnPage } from '@/features/learn/LearnPage'
import { PracticeHeader } from '@/features/practice/PracticeHeader'
import { SafetyCheckTop } from '@/features/practice/SafetyCheckTop'
import { PreviewHeader } from '@/features/preview/PreviewHeader'
import { loadStylesheet } from '@/lib/stylesheet'
import type { Journey } from './journeys'
import { LazyScreen } from './LazyScreen'
import { NotFoundPage } from './NotFoundPage'
import type { OpeningScreen, Route } from './routes'
import { SAFETY_KEY } from './storageKeys'
import './screenTops.css'

/** What every screen may need from the shell around it. */
export interface ScreenContext {
  readonly focusOnMount: boolean
  readonly kiosk: boolean
  /** The journeys this site offers, in its order. */
  readonly journeys: readonly Journey[]
  /** Turn this device into a kiosk (from the kiosk setup screen). */
  readonly onEnrol: (pin: string) => Promise<boolean>
}

/**
 * A screen's code, loaded when someone opens it, with its own stylesheet fetched alongside (one
 * round trip, not two) so it never shows unstyled. Their code and styles stay out of the first
 * download.
 */
function loaded<P extends object>(
  load: () => Promise<ComponentType<P>>,
  css?: string,
): ComponentType<P> {
  return lazy(() =>
    Promise.all([load(), css ? loadStylesheet(css) : undefined]).then(([component]) => ({
      default: component,
    })),
  )
}

const PreviewRoute = loaded(() => import('./PreviewRoute').then((m) => m.PreviewRoute))
const PracticeRoute = loaded(() => import('./PracticeRoute').then((m) => m.PracticeRoute))
const HistoryRoute = loaded(() => import('./HistoryRoute').then((m) => m.HistoryRoute), historyCss)
const ClinicianRoute = loaded(
  () => import('./ClinicianRoute').then((m) => m.ClinicianRoute),
  clinicianCss,
)
const ExplorePage = loaded(() =>
  import('@/features/explore/ExplorePage').then((m) => m.ExplorePage),
)
const KioskSetup = loaded(() => import('@/features/kiosk').then((m) => m.KioskSetup))

const line = (text: string) => <p className="page route-loading">{text}</p>

/**
 * The top of each screen a link most often opens, as it shows before the rest of the screen is
 * there: while the screen's code loads (its fallback below), and in the first frame, before any
 * of the app's code, for a link straight to it (the HTML carries these: src/app/prerender.tsx;
 * `openScreen` in beforePaint.ts puts the right one in place). Learn's code is in the first
 * download: its top is there for the HTML only.
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
 * Which top Practice opens on: its safety check where no answers are kept on this device (a first
 * visit, a kiosk, storage refused), as the screen will; else the plain one (the answers may still
 * turn out too old, and the check follows). `openScreen` decides the same before the first paint.
 */
export function practiceOpening(): 'practice' | 'practice-check' {
  try {
    return localStorage.getItem(SAFETY_KEY) === null ? 'practice-check' : 'practice'
  } catch {
    return 'practice-check'
  }
}

/** One route's screen: the page title, and what it shows (behind a line while its code loads). */
interface Screen<R extends Route> {
  readonly title: string
  /** For a screen whose code loads on demand: what shows meanwhile. */
  readonly opening?: (route: R) => ReactNode
  readonly show: (route: R, context: ScreenContext) => ReactNode
}

type Screens = { readonly [N in Route['name']]: Screen<Extract<Route, { name: N }>> }

/** Every route's screen, named once: its title, its loader, and what it shows. */
export const screens: Screens = {
  home: {
    title: 'Stillpoint · A calm guide to craniosacral therapy',
    show: (_, c) => (
      <HomePage
        journeys={c.journeys}
        focusOnMount={c.focusOnMount}
        historyLink={!c.kiosk && c.journeys.some((j) => j.id === 'practice')}
      />
    ),
  },
  learn: {
    title: 'Learn about craniosacral therapy · Stillpoint',
    show: (r, c) => <LearnPage section={r.section} focusOnMount={c.focusOnMount} />,
  },
  explore: {
    title: 'Explore the body · Stillpoint',
    opening: () => openings.explore,
    show: (r, c) => <ExplorePage region={r.region} focusOnMount={c.focusOnMount} />,
  },
  preview: {
    title: 'Preview a session · Stillpoint',
    opening: () => openings.preview,
    show: (r, c) => <PreviewRoute chapter={r.chapter} focusOnMount={c.focusOnMount} />,
  },
  practice: {
    title: 'Practice at home · Stillpoint',
    // A routine's own link: its title is in its code, so only the line until then.
    opening: (r) => (r.routine ? line('Opening the routine…') : openings[practiceOpening()]),
    show: (r, c) => (
      <PracticeRoute routine={r.routine} kiosk={c.kiosk} focusOnMount={c.focusOnMount} />
    ),
  },
  'shared-routine': {
    title: 'A shared routine · Stillpoint',
    opening: () => line('Opening the routine…'),
    show: (r, c) => (
      <PracticeRoute
        routine={undefined}
        shared={r.code}
        kiosk={c.kiosk}
        focusOnMount={c.focusOnMount}
      />
    ),
  },
  history: {
    title: 'Your practice · Stillpoint',
    opening: () => line('Opening your practice…'),
    show: (_, c) => <HistoryRoute kiosk={c.kiosk} focusOnMount={c.focusOnMount} />,
  },
  clinician: {
    title: 'Make a routine for a patient · Stillpoint',
    opening: () => line('Opening the routine maker…'),
    show: (_, c) => <ClinicianRoute focusOnMount={c.focusOnMount} />,
  },
  'kiosk-setup': {
    title: 'Set up a waiting-room kiosk · Stillpoint',
    opening: () => line('Opening kiosk setup…'),
    show: (_, c) => <KioskSetup onEnrol={c.onEnrol} focusOnMount={c.focusOnMount} />,
  },
  'not-found': {
    title: 'Page not found · Stillpoint',
    show: (r, c) => <NotFoundPage path={r.path} focusOnMount={c.focusOnMount} />,
  },
}

/** The route's screen, as the table says. */
function screenFor<R extends Route>(route: R): Screen<R> {
  return screens[route.name] as unknown as Screen<R>
}

/** The page title for a route. */
export const titleOf = (route: Route): string => screenFor(route).title

/** What the route shows, behind its opening line while its code loads. */
export function ShowScreen({ route, context }: { route: Route; context: ScreenContext }) {
  const screen = screenFor(route)
  const shown = screen.show(route, context)
  return screen.opening ? <LazyScreen fallback={screen.opening(route)}>{shown}</LazyScreen> : shown
}
