import { clinicianCopy as copy } from '@/content/practiceCopy'
import type { RoutinePose } from '@/content/routine'
import { checkFirst, emergencySigns, practiceIntro, practiceRules } from '@/content/safety'
import { findLibraryStep, type SharedStep } from '@/content/sharedRoutine'
import { formatLongDay, parseIsoDate, spokenTime } from '@/lib/time'
import { SvgBody } from '@/scene/SvgBody'
import { useAppState } from '@/state/useAppState'
import { QrCode } from '@/ui/QrCode'

/**
 * The printed handout: the steps, each with a small drawing of where the hands rest, the safety
 * rules, the clinic's name and number when configured, and the QR code. Shown only in print
 * (A4 or US Letter, whichever the printer has).
 */
export function Handout({
  pose,
  steps,
  note,
  appointment,
  link,
}: {
  readonly pose: RoutinePose
  readonly steps: readonly SharedStep[]
  readonly note: string
  readonly appointment: string | null
  readonly link: string
}) {
  const clinic = useAppState((s) => s.clinic)
  const phone = clinic.phone?.trim()
  const visit = appointment ? parseIsoDate(appointment) : null
  return (
    <section className="handout" aria-label="Printed handout">
      <header className="handout-header">
        {clinic.name && <p className="handout-clinic">{clinic.name}</p>}
        <h2>{copy.handoutTitle}</h2>
        <p>
          {`Gentle self-massage to relax between visits, ${pose === 'seated' ? 'sitting' : 'lying down'}. Light pressure only: it should never hurt.`}
        </p>
        <p>{practiceIntro[0]}</p>
        {note && <blockquote className="handout-note">{note}</blockquote>}
        {visit && (
          <p>
            Next appointment: <strong>{formatLongDay(visit)}</strong>
          </p>
        )}
      </header>
      <ol className="handout-steps">
        {steps.map((s) => {
          const step = findLibraryStep(s.id)
          if (!step) return null
          return (
            <li key={s.id} className="handout-step">
              <div className="handout-drawing">
                <SvgBody
                  pose={pose}
                  focus={step.script.regions}
                  placement={step.script.hands}
                  selected={null}
                  sweep={false}
                  label={`Where the hands rest for ${step.script.title}`}
                />
              </div>
              <div>
                <h3>{step.script.title}</h3>
                <p>{step.script.caption ?? step.script.spoken}</p>
                <p className="handout-hold">Stay with this step for about {spokenTime(s.hold)}.</p>
              </div>
            </li>
          )
        })}
      </ol>
      <div className="handout-footer">
        <div className="handout-rules">
          <h3>{copy.handoutRules}</h3>
          <ul>
            {practiceRules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {/* Paper has no safety check to tick: it names the conditions instead. */}
          <p className="handout-list-lead">{checkFirst.lead}</p>
          <ul>
            {checkFirst.items.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="handout-list-lead">{emergencySigns.lead}</p>
          <ul>
            {emergencySigns.signs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="handout-contact">
            {phone
              ? `To contact your provider, call ${clinic.name ?? 'your clinic'}: ${phone}.`
              : 'To contact your provider, use the number they gave you.'}
          </p>
        </div>
        <div className="handout-qr">
          <QrCode text={link} label={copy.qrLabel} />
          <p>{copy.scan}</p>
        </div>
      </div>
    </section>
  )
}
