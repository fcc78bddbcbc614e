import {
  Fragment,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useEffect,
  useRef,
  useState,
} from 'react'
import { firstSessionTitle } from '@/content/firstSessionTitle'
import { visitDoneLabel, visitDoneLine } from '@/content/kiosk'
import { healthDisclaimer } from '@/content/learn'
import lengths from '@/content/narration.lengths.json'
import { privacyLine } from '@/content/trust'
import clinicianCss from '@/features/clinician/clinician.css?url'
import { ExplorePage } from '@/features/explore/ExplorePage'
import historyCss from '@/features/history/history.css?url'
import { HomePage } from '@/features/home/HomePage'
import { LearnPage } from '@/features/learn/LearnPage'
import { PreviewHeader } from '@/features/preview/PreviewHeader'

import { loadStylesheet } from '@/lib/stylesheet'
import { useAppState } from '@/state/useAppState'
import { Icon } from '@/ui/Icon'
import { ClinicSetup } from './ClinicSetup'
import { journeys } from './journeys'
import { NotFoundPage } from './NotFoundPage'
import type { Route } from './routes'
import { SettingsDialog } from './SettingsDialog'
import { StatusNotes } from './StatusNotes'
import { StorageNotice } from './StorageNotice'
import { useClinicConfig } from './useClinicConfig'
import { useDocumentSettings } from './useDocumentSettings'
import { useKiosk, type VisitEnd } from './useKiosk'
import { useRoute } from './useRoute'

// The session preview (its player, script and howler) loads when someone opens it.
const previewChunk = () => import('./PreviewRoute')
const PreviewRoute = lazy(() => previewChunk().then((m) => ({ default: m.PreviewRoute })))
// Practice at home (its routines, player and howler) loads when someone opens it.
const practiceChunk = () => import('./PracticeRoute')
const PracticeRoute = lazy(() => practiceChunk().then((m) => ({ default: m.PracticeRoute })))
// Your practice (history, chart, reminders) loads when someone opens it.
// Each fetches its own stylesheet alongside its code (one round trip, not two) and waits for both,
// so it never shows unstyled. Their styles stay out of the first download.
const historyChunk = () => import('./HistoryRoute')
const HistoryRoute = lazy(() =>
  Promise.all([historyChunk(), loadStylesheet(historyCss)]).then(([m]) => ({
    default: m.HistoryRoute,
  })),
)
// The clinicians' routine maker (its QR encoder and handout) loads when someone opens it.
const clinicianChunk = () => import('./ClinicianRoute')
const ClinicianRoute = lazy(() =>
  Promise.all([clinicianChunk(), loadStylesheet(clinicianCss)]).then(([m]) => ({
    default: m.ClinicianRoute,
  })),
)

// The kiosk's attract screen, idle watch and staff exit load only where kiosk mode is on.
const kioskChunk = () => import('@/features/kiosk')
const Attract = lazy(() => kioskChunk().then((m) => ({ default: m.Attract })))
const KioskLayer = lazy(() => kioskChunk().then((m) => ({ default: m.KioskLayer })))
const VisitorTextSize = lazy(() => kioskChunk().then((m) => ({ default: m.VisitorTextSize })))
const KioskSetup = lazy(() => kioskChunk().then((m) => ({ default: m.KioskSetup })))

const previewOpening = (
  <div className="preview page">
    <PreviewHeader title={firstSessionTitle} duration={lengths.walkthroughs['first-session']} />
    <p className="route-loading">Opening the session preview…</p>
  </div>
)

let firstPaintDone = false

/**
 * A screen whose code loads on demand. Until the page's first frame is on screen only `fallback`
 * renders (in the main bundle: the heading and a line saying what is opening), so the first paint
 * never waits for the route's code to arrive and run; then the route loads behind the same fallback.
 */
function LazyScreen({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [painted, setPainted] = useState(firstPaintDone)
  useEffect(() => {
    if (painted) return
    const go = () => {
      firstPaintDone = true
      // A transition: the route's first render yields to the browser instead of one long task.
      startTransition(() => setPainted(true))
    }
    // The frame after the first one is drawn; a tab opened in the background draws no frames, so
    // a timer stands in after a second.
    let timer = 0
    const frame = requestAnimationFrame(() => {
      clearTimeout(backup)
      timer = window.setTimeout(go)
    })
    const backup = window.setTimeout(go, 1000)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      clearTimeout(backup)
    }
  }, [painted])
  return <Suspense fallback={fallback}>{painted ? children : fallback}</Suspense>
}

const titles: Record<Route['name'], string> = {
  home: 'Stillpoint · A calm guide to craniosacral therapy',
  learn: 'Learn about craniosacral therapy · Stillpoint',
  explore: 'Explore the body · Stillpoint',
  preview: 'Preview a session · Stillpoint',
  practice: 'Practice at home · Stillpoint',
  history: 'Your practice · Stillpoint',
  'shared-routine': 'A shared routine · Stillpoint',
  clinician: 'Make a routine for a patient · Stillpoint',
  'kiosk-setup': 'Set up a waiting-room kiosk · Stillpoint',
  'not-found': 'Page not found · Stillpoint',
}

/** The shell: header, the screen for the current route, settings, and the footer. */
export function App() {
  const route = useRoute()
  const [settingsOpen, setSettingsOpen] = useState(false)
  useDocumentSettings()
  const kiosk = useKiosk()
  useClinicConfig(kiosk.on)
  const offered = useAppState((s) => s.clinic.journeys)
  const logo = useAppState((s) => s.clinic.logo)
  const clinicName = useAppState((s) => s.clinic.name)
  const closeSettings = () => setSettingsOpen(false)
  const shown = offered ? offered.flatMap((id) => journeys.filter((j) => j.id === id)) : journeys

  // Move focus to the new screen's heading after an in-app navigation, not on first load.
  const firstRoute = useRef(true)
  const [focusOnMount, setFocusOnMount] = useState(false)
  useEffect(() => {
    // A link followed from inside Settings (to the clinicians' page) leaves it behind.
    setSettingsOpen(false)
    document.title = titles[route.name]
    if (firstRoute.current) firstRoute.current = false
    else setFocusOnMount(true)
  }, [route])

  // On a kiosk, the staff's screens are for staff, and its setup for a device that is not one yet.
  const staffOnly = kiosk.on && !kiosk.staff && route.name === 'clinician'
  const setupDone = kiosk.on && route.name === 'kiosk-setup'
  useEffect(() => {
    if (staffOnly || setupDone) window.location.replace('#/')
  }, [staffOnly, setupDone])

  const endVisit = (why: VisitEnd) => {
    closeSettings()
    kiosk.reset(why)
  }
  const kioskLayer = kiosk.on && (
    <Suspense fallback={null}>
      <KioskLayer
        config={kiosk.config}
        resting={kiosk.resting}
        visit={kiosk.visit}
        enrolment={kiosk.enrolment}
        staff={kiosk.staff}
        onReset={() => endVisit('idle')}
        onStaff={() => {
          closeSettings()
          kiosk.staffIn()
        }}
        onStaffDone={() => endVisit('staff')}
        onUnenrol={() => void kiosk.unenrol()}
        setup={<ClinicSetup open />}
      />
    </Suspense>
  )

  // The kiosk layer keeps its place after the screen, whether the attract screen or a visit shows,
  // so it stays mounted from visitor to visitor: its sound prefetch and staff corner are set up
  // once, not at every touch and reset.
  const screen = kiosk.resting ? (
    <Suspense fallback={<main id="main" className="attract" />}>
      <Attract onBegin={kiosk.begin} clinicName={clinicName} thanks={kiosk.thanks} />
    </Suspense>
  ) : (
    <>
      <button type="button" className="skip-link" onClick={skipToMain}>
        Skip to content
      </button>
      <header className="app-header page">
        <a className="brand" href="#/" aria-label="Stillpoint, home">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Stillpoint</span>
        </a>
        {logo && (
          <img className="clinic-logo" src={logo} alt={clinicName ?? 'Your clinic'} height={40} />
        )}
        {kiosk.on && (
          <Suspense fallback={null}>
            <VisitorTextSize />
          </Suspense>
        )}
        <button type="button" className="button button-quiet" onClick={() => setSettingsOpen(true)}>
          <Icon name="settings" />
          <span>Settings</span>
        </button>
        {kiosk.on && !kiosk.staff && (
          <button type="button" className="button kiosk-done" onClick={() => endVisit('done')}>
            {visitDoneLabel}
          </button>
        )}
      </header>
      {kiosk.thanks && (
        <p className="notice page" role="status">
          {visitDoneLine}
        </p>
      )}
      <StatusNotes kiosk={kiosk.on} />
      <StorageNotice onOpenSettings={() => setSettingsOpen(true)} />
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && (
          <HomePage
            journeys={shown}
            focusOnMount={focusOnMount}
            historyLink={!kiosk.on && shown.some((j) => j.id === 'practice')}
          />
        )}
        {route.name === 'learn' && (
          <LearnPage section={route.section} focusOnMount={focusOnMount} />
        )}
        {route.name === 'explore' && (
          <ExplorePage region={route.region} focusOnMount={focusOnMount} />
        )}
        {route.name === 'preview' && (
          <LazyScreen fallback={previewOpening}>
            <PreviewRoute chapter={route.chapter} focusOnMount={focusOnMount} />
          </LazyScreen>
        )}
        {route.name === 'practice' && (
          <LazyScreen fallback={<p className="page route-loading">Opening Practice at home…</p>}>
            <PracticeRoute routine={route.routine} kiosk={kiosk.on} focusOnMount={focusOnMount} />
          </LazyScreen>
        )}
        {route.name === 'shared-routine' && (
          <LazyScreen fallback={<p className="page route-loading">Opening the routine…</p>}>
            <PracticeRoute
              routine={undefined}
              shared={route.code}
              kiosk={kiosk.on}
              focusOnMount={focusOnMount}
            />
          </LazyScreen>
        )}
        {route.name === 'history' && (
          <LazyScreen fallback={<p className="page route-loading">Opening your practice…</p>}>
            <HistoryRoute kiosk={kiosk.on} focusOnMount={focusOnMount} />
          </LazyScreen>
        )}
        {route.name === 'clinician' && !staffOnly && (
          <LazyScreen fallback={<p className="page route-loading">Opening the routine maker…</p>}>
            <ClinicianRoute focusOnMount={focusOnMount} />
          </LazyScreen>
        )}
        {route.name === 'kiosk-setup' && !setupDone && (
          <LazyScreen fallback={<p className="page route-loading">Opening kiosk setup…</p>}>
            <KioskSetup onEnrol={kiosk.enrol} focusOnMount={focusOnMount} />
          </LazyScreen>
        )}
        {route.name === 'not-found' && (
          <NotFoundPage path={route.path} focusOnMount={focusOnMount} />
        )}
      </main>
      <footer className="app-footer page">
        <p>{healthDisclaimer}</p>
        <p>{privacyLine}</p>
      </footer>
      <SettingsDialog
        open={settingsOpen}
        onClose={closeSettings}
        clinicianLink={!kiosk.on}
        clinicSetup={!kiosk.on}
      />
    </>
  )

  return (
    <>
      {/* Keyed by the visit: a reset unmounts everything the last visitor opened. */}
      <Fragment key={kiosk.visit}>{screen}</Fragment>
      {kioskLayer}
    </>
  )
}

function skipToMain() {
  // A button, not a #main link: the location hash belongs to the router.
  document.getElementById('main')?.focus()
}
