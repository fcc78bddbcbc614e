import type { LearnBlock } from '@/content/learn'
import { telHref } from '@/state/clinic'
import { useAppState } from '@/state/useAppState'
import { Icon } from '@/ui/Icon'

/** One block of Learn copy. */
export function LearnBlockView({ block }: { readonly block: LearnBlock }) {
  switch (block.kind) {
    case 'text':
      return <p>{block.text}</p>
    case 'note':
      return <p className="learn-note">{block.text}</p>
    case 'list':
      return (
        <div className="learn-list">
          <p>{block.intro}</p>
          <ul>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )
    case 'steps':
      return (
        <ol className="learn-steps">
          {block.items.map((step) => (
            <li key={step.title}>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      )
    case 'contact':
      return <ClinicContact />
  }
}

/** The clinic's number when one is configured; otherwise a pointer to the number they gave you. */
function ClinicContact() {
  const clinic = useAppState((s) => s.clinic)
  const phone = clinic.phone?.trim()
  return (
    <div className="learn-contact">
      {phone ? (
        <p>
          <span className="learn-contact-label">Call {clinic.name ?? 'your clinic'}</span>
          <a className="button button-primary" href={telHref(phone)}>
            <Icon name="phone" />
            <span>{phone}</span>
          </a>
        </p>
      ) : (
        <p>Use the phone number your clinic or provider gave you.</p>
      )}
      <p>In an emergency, call your local emergency number.</p>
    </div>
  )
}
