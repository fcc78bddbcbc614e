import { ClinicianPage } from '@/features/clinician/ClinicianPage'
import clinicianCss from '@/features/clinician/clinician.css?url'
import { loadStylesheet } from '@/lib/stylesheet'

/** This screen's styles (and its handout's print styles), a file of their own. */
export const stylesReady = loadStylesheet(clinicianCss)

/** The clinicians' routine maker: a chunk of its own. */
export function ClinicianRoute(props: { readonly focusOnMount: boolean }) {
  return <ClinicianPage focusOnMount={props.focusOnMount} />
}
