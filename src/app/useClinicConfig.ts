import { useEffect } from 'react'
import { siteUrl } from '@/lib/siteUrl'
import { appStore } from '@/state/appStore'
import { parseClinicConfig } from '@/state/clinic'
import { type LoadedClinic, loadClinicConfig } from '@/state/clinicFile'
import { clinicForKiosk, lastClinicFile } from '@/state/kioskDevice'

/**
 * Reads the clinic's `clinic.json`. On an enrolled kiosk it fails closed: a file that is missing,
 * broken or out of reach gives way to the last one the device validated.
 */
export async function readClinic(kiosk: boolean): Promise<LoadedClinic> {
  const loaded = await loadClinicConfig(siteUrl('clinic.json'))
  return kiosk ? clinicForKiosk(loaded) : loaded
}

/** Hands a clinic configuration to the app; what could not be used goes to the console too. */
export function applyClinic({ config, problems, source }: LoadedClinic): void {
  appStore.getState().setClinic(config, problems, source)
  for (const p of problems) {
    // Clinic staff look for setup problems in the console too.
    console.warn(`Stillpoint clinic setup: ${p.field}: ${p.message}`)
  }
}

/**
 * Before the first render of an enrolled kiosk: the clinic file it last kept applies at once, so
 * its first screen already has the clinic's name and settings (the fresh file follows).
 */
export function applyKeptClinic(): void {
  const kept = lastClinicFile()
  if (kept === undefined) return
  const { config, problems } = parseClinicConfig(kept)
  appStore.getState().setClinic(config, problems, 'kept')
}

/**
 * Reads the clinic's file once at start (after the first paint) and hands it to the app. What
 * could not be used is listed in Clinic setup, and in the console for staff.
 */
export function useClinicConfig(kiosk: boolean): void {
  useEffect(() => {
    let live = true
    void readClinic(kiosk).then((loaded) => {
      if (live) applyClinic(loaded)
    })
    return () => {
      live = false
    }
  }, [kiosk])
}
