import { type ComponentType, lazy, type ReactNode } from 'react'
import clinicianCss from '@/features/clinician/clinician.css?url'
import historyCss from '@/features/history/history.css?url'
import { HomePage } from '@/features/home/HomePage'
import { LearnPage } from '@/features/learn/LearnPage'
import { loadStylesheet } from '@/lib/stylesheet'
import type { Journey } from './journeys'
import { LazyScreen } from './LazyScreen'
import { NotFoundPage } from './NotFoundPage'
import { openings, practiceOpening } from './openings'
import type { Route } from './routes'

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
