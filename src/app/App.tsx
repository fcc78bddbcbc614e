import { Fragment, lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { visitDoneLabel, visitDoneLine } from '@/content/kiosk'
import { healthDisclaimer } from '@/content/learn'
import { privacyLine } from '@/content/trust'
import { useAppState } from '@/state/useAppState'
import { Icon } from '@/ui/Icon'
import { useHydrated } from '@/ui/useHydrated'
import { ClinicSetup } from './ClinicSetup'
import { journeys } from './journeys'
import { SettingsDialog } from './SettingsDialog'
import { StatusNotes } from './StatusNotes'
import { StorageNotice } from './StorageNotice'
import { type ScreenContext, ShowScreen, titleOf } from './screens'
import { useClinicConfig } from './useClinicConfig'
import { useDocumentSettings } from './useDocumentSettings'
import { useKiosk, type VisitEnd } from './useKiosk'
import { useRoute } from './useRoute'

// The kiosk's attract screen, idle watch and staff exit load only where kiosk mode is on.
const kioskChunk = () => import('@/features/kiosk')
const Attract = lazy(() => kioskChunk().then((m) => ({ default: m.Attract })))
const KioskLayer = lazy(() => kioskChunk().then((m) => ({ default: m.KioskLayer })))
const VisitorTextSize = lazy(() => kioskChunk().then((m) => ({ default: m.VisitorTextSize })))

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

  // The app's own screen is here: the prerendered home screen's stand-in line goes. From now on
  // every control answers (the prerendered page's do once it is taken over): `data-app` says so,
  // for anyone who waits on it (the end-to-end tests, after each load).
  useLayoutEffect(() => {
    delete document.documentElement.dataset.opening
  }, [])
  useEffect(() => {
    document.documentElement.dataset.app = 'ready'
  }, [])
  const hydrated = useHydrated()

  // Move focus to the new screen's heading after an in-app navigation, not on first load.
  const firstRoute = useRef(true)
  const [focusOnMount, setFocusOnMount] = useState(false)
  useEffect(() => {
    // A link followed from inside Settings (to the clinicians' page) leaves it behind.
    setSettingsOpen(false)
    document.title = titleOf(route)
    if (firstRoute.current) firstRoute.current = false
    else setFocusOnMount(true)
  }, [route])

  // On a kiosk, the staff's screens are for staff, and its setup for a device that is not one yet.
  const staffOnly = kiosk.on && !kiosk.staff && route.name === 'clinician'
  const setupDone = kiosk.on && route.name === 'kiosk-setup'
  useEffect(() => {
    if (staffOnly || setupDone) window.location.replace('#/')
  }, [staffOnly, setupDone])

  const context: ScreenContext = {
    focusOnMount,
    kiosk: kiosk.on,
    journeys: shown,
    onEnrol: kiosk.enrol,
  }

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
      {/* What only this device knows waits for the prerendered page to be taken over. */}
      <StatusNotes kiosk={kiosk.on} />
      {hydrated && <StorageNotice onOpenSettings={() => setSettingsOpen(true)} />}
      <main id="main" tabIndex={-1}>
        {!staffOnly && !setupDone && <ShowScreen route={route} context={context} />}
      </main>
      <footer className="app-footer page">
        <p>{healthDisclaimer}</p>
        <p>{privacyLine}</p>
      </footer>
      {hydrated && (
        <SettingsDialog
          open={settingsOpen}
          onClose={closeSettings}
          clinicianLink={!kiosk.on}
          clinicSetup={!kiosk.on}
        />
      )}
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
