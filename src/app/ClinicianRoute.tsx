import { ClinicianPage } from '@/features/clinician/ClinicianPage'

/** The clinicians' routine maker: a chunk of its own. */
export function ClinicianRoute(props: { readonly focusOnMount: boolean }) {
  return <ClinicianPage focusOnMount={props.focusOnMount} />
}
