import { clinicianCopy as copy, sharedRoutineCopy } from '@/content/practiceCopy'
import type { RoutinePose } from '@/content/routine'
import { withTrustedHolds } from '@/content/routineOrigin'
import { checkFirst, emergencySigns, practiceIntro, practiceRules } from '@/content/safety'
import { cleanNote, HOME_MAX_HOLD, type SharedRoutine } from '@/content/sharedRoutine'
import { findLibraryStep, stepTouches } from '@/content/stepLibrary'
import { formatLongDay, parseIsoDate, spokenTime } from '@/lib/time'
import { SvgBody } from '@/scene/SvgBody'
import { useAppState } from '@/state/useAppState'
import { QrCode } from '@/ui/QrCode'

/**
 * Each square of the printed QR code, in millimetres: a phone's camera reads 0.4 mm squares
 * from reading distance, so the longest link (version 19, 101 squares with its margin) prints
 * about 41 mm wide, and a short one no smaller than 30 mm.
 */
export const QR_PRINT_MODULE_MM = 0.4

/**
 * The printed handout: who made it and when (signed or not, said as such), the steps, each with
 * a small drawing of where the hands rest and its own cautions, what home practice is and is
 * not, the safety rules, the clinic's name and number when configured, and the QR code. Shown
 * only in print (A4 or US Letter, whichever the printer has). Its holds are the ones the
 * patient's phone will play.
 */
export function Handout({
  pose,
  routine: asked,
  signedBy,
  made,
  link,
}: {
  readonly pose: RoutinePose
  readonly routine: SharedRoutine
  /** The label of this device's key when this site's clinic.json lists it; else null. */
  readonly signedBy: string | null
  /** The day it was made, `YYYY-MM-DD`. */
  readonly made: string
  readonly link: string
}) {
  const clinic = useAppState((s) => s.clinic)
  const phone = clinic.phone?.trim()
  const who = clinic.name?.trim() || 'your clinic'
  const { routine } = withTrustedHolds(
    asked,
    signedBy ? { verified: true, clinic: who, keyLabel: signedBy } : { verified: false },
  )
  const visit = routine.appointment ? parseIsoDate(routine.appointment) : null
  const madeOn = parseIsoDate(made)
  const day = madeOn ? formatLongDay(madeOn) : made
  const note = cleanNote(routine.note)
  const steps = routine.steps.flatMap((s) => {
    const step = findLibraryStep(s.id)
    return step ? [{ ...step, hold: s.hold }] : []
  })
  // Called self-massage only when a step's hands rest on the head, neck or shoulders.
  const touch = steps.some((s) => stepTouches(s.script))
  return (
    <section className="handout" aria-label="Printed handout">
      <header className="handout-header">
        {/* The clinic's name heads only a handout whose link opens as the clinic's. */}
        {signedBy && clinic.name && <p className="handout-clinic">{clinic.name}</p>}
        <h2>{copy.handoutTitle}</h2>
        <p className="handout-origin">
          {signedBy ? copy.handoutSigned(who, signedBy, day) : copy.handoutUnsigned(day)}
        </p>
        {touch ? (
          <>
            <p>{copy.handoutTouch(pose)}</p>
            <p>
              {practiceIntro[0]} {copy.handoutNotTreatment}
            </p>
          </>
        ) : (
          <p>{copy.handoutBreathing}</p>
        )}
        {note && (
          <figure className="handout-note">
            <figcaption>
              {signedBy
                ? sharedRoutineCopy.verified.noteLabel(who)
                : sharedRoutineCopy.shared.noteLabel}
            </figcaption>
            <blockquote dir="auto">{note}</blockquote>
          </figure>
        )}
        {visit && (
          <p>
            Next appointment: <strong>{formatLongDay(visit)}</strong>
          </p>
        )}
      </header>
      <ol className="handout-steps">
        {steps.map((step) => (
          <li key={step.id} className="handout-step">
            <div className="handout-drawing">
              <SvgBody
                pose={pose}
                focus={step.script.regions}
                placement={step.script.placement}
                selected={null}
                sweep={false}
                label={`Where the hands rest for ${step.script.title}`}
              />
            </div>
            <div>
              <h3>{step.script.title}</h3>
              <p>{step.script.caption ?? step.script.spoken}</p>
              <p className="handout-hold">Stay with this step for about {spokenTime(step.hold)}.</p>
              {(step.script.cautions.length > 0 || step.hold > HOME_MAX_HOLD) && (
                <ul className="handout-cautions">
                  {step.script.cautions.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                  {step.hold > HOME_MAX_HOLD && <li>{sharedRoutineCopy.longHold}</li>}
                </ul>
              )}
            </div>
          </li>
        ))}
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
            {copy.handoutHealth}{' '}
            {phone
              ? `To contact your provider, call ${clinic.name ?? 'your clinic'}: ${phone}.`
              : 'To contact your provider, use the number they gave you.'}
          </p>
        </div>
        <div className="handout-qr">
          <QrCode text={link} label={copy.qrLabel} printModuleMm={QR_PRINT_MODULE_MM} />
          <p>{copy.scan}</p>
        </div>
      </div>
    </section>
  )
}
