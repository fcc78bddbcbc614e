import { contactCopy } from '@/content/trust'
import { telHref } from '@/lib/phone'
import { useAppState } from '@/state/useAppState'
import { Icon } from './Icon'
import './trust.css'

/**
 * How to reach a provider: the clinic's name and number as a call button when a clinic has
 * configured one, a calm pointer to the number they gave you when not. Never a made-up number.
 */
export function ClinicContact({
  lead,
  emergency = true,
}: {
  readonly lead?: string
  /** The general emergency line; off where the emergency signs are shown beside it. */
  readonly emergency?: boolean
}) {
  const clinic = useAppState((s) => s.clinic)
  // A kiosk opens nothing outside the app: its number is shown to read, not to call from here.
  const kiosk = useAppState((s) => s.kiosk)
  const phone = clinic.phone?.trim()
  return (
    <div className="clinic-contact">
      {lead && <p>{lead}</p>}
      {phone ? (
        <p className="clinic-contact-call">
          <span className="clinic-contact-label">{contactCopy.withClinic(clinic.name)}</span>
          {kiosk ? (
            <span className="clinic-contact-number">
              <Icon name="phone" />
              <span>{phone}</span>
            </span>
          ) : (
            <a className="button button-primary" href={telHref(phone)}>
              <Icon name="phone" />
              <span>{phone}</span>
            </a>
          )}
        </p>
      ) : (
        <p>{contactCopy.withoutClinic}</p>
      )}
      {emergency && <p>{contactCopy.emergency}</p>}
    </div>
  )
}
