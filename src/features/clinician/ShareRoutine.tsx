import { clinicianCopy as copy } from '@/content/practiceCopy'
import { QrCode } from '@/ui/QrCode'

/** The routine's link, as a QR code and as text to copy, with print and a way to open it here. */
export function ShareRoutine({
  link,
  code,
  note,
  signed,
  copied,
  onCopied,
}: {
  readonly link: string
  /** The routine's text in the link (for opening it here). */
  readonly code: string
  /** Whose the link says it is: signed and listed, signed but not listed, or not signed. */
  readonly note: string
  readonly signed: boolean
  readonly copied: boolean
  readonly onCopied: (copied: boolean) => void
}) {
  const id = 'clinician-share'
  return (
    <section className="clinician-share card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{copy.linkTitle}</h2>
      <p className={signed ? 'share-signed' : 'field-hint'}>{note}</p>
      <div className="share-grid">
        <QrCode text={link} label={copy.qrLabel} />
        <div className="share-actions">
          <label className="field">
            <span className="field-label">Link</span>
            <input
              className="share-link"
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
          </label>
          <p className="share-buttons">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(
                  () => onCopied(true),
                  () => onCopied(false),
                )
              }}
            >
              {copy.copy}
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              {copy.print}
            </button>
            <a className="button button-quiet" href={`#/routine/${code}`}>
              Open it here
            </a>
          </p>
          <p role="status" className="field-hint">
            {copied ? copy.copied : ''}
          </p>
        </div>
      </div>
    </section>
  )
}
