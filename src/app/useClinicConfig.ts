import { useEffect } from 'react'
import { appStore } from '@/state/appStore'
import { loadClinicConfig } from '@/state/clinic'

/**
 * Reads the clinic's `clinic.json` once at start (after the first paint) and hands it to the app.
 * What could not be used is listed in Settings → Clinic setup, and in the console for staff.
 */
export function useClinicConfig(): void {
  useEffect(() => {
    let live = true
    loadClinicConfig(`${import.meta.env.BASE_URL}clinic.json`).then(
      ({ config, problems, source }) => {
        if (!live) return
        appStore.getState().setClinic(config, problems, source)
        for (const p of problems) {
          // Clinic staff look for setup problems in the console too.
          console.warn(`Stillpoint clinic setup: ${p.field}: ${p.message}`)
        }
      },
    )
    return () => {
      live = false
    }
  }, [])
}
