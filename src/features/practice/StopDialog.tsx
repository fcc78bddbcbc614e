import { useEffect, useRef, useState } from 'react'
import { type StopAnswer, type StopAnswerId, stopAnswers, stopCopy } from '@/content/practiceCopy'
import { ClinicContact } from '@/ui/ClinicContact'
import { Dialog } from '@/ui/Dialog'
import { EmergencySigns } from '@/ui/EmergencySigns'

/**
 * What a Stop answer asks of the person, in the order they need it: on a kiosk the front desk
 * first, then where it applies the emergency line, then the calm guidance.
 */
export function StopGuidance({
  answer,
  kiosk,
}: {
  readonly answer: StopAnswer
  readonly kiosk: boolean
}) {
  return (
    <>
      {kiosk && (
        <p className="stop-front-desk">
          {answer.canContinue ? stopCopy.kioskAsk : stopCopy.kioskHelp}
        </p>
      )}
      {answer.emergency && <p className="stop-emergency">{answer.emergency}</p>}
      <p className="stop-guidance-text">{answer.guidance}</p>
    </>
  )
}

/**
 * "Are you OK?": opened by Stop, with the routine paused. Each answer gives calm guidance
 * (CONTENT.md sections 8 and 10), the emergency signs are always in view, and the clinic's
 * number when one is configured. An answer that may be a warning sign (numbness, weakness, sight
 * or speech, a sudden bad headache, worsening pain) offers no way to continue: only to end.
 * Closing it leaves the routine paused.
 */
export function StopDialog({
  open,
  kiosk,
  onContinue,
  onEnd,
  onClose,
}: {
  readonly open: boolean
  readonly kiosk: boolean
  readonly onContinue: () => void
  /** Ends the practice, with the answer chosen (null: none). */
  readonly onEnd: (answer: StopAnswerId | null) => void
  readonly onClose: () => void
}) {
  const [answer, setAnswer] = useState<StopAnswerId | null>(null)
  const chosen = stopAnswers.find((a) => a.id === answer)
  const actions = useRef<HTMLDivElement>(null)
  // On a phone the guidance and the way on can fall below the fold of the answers: bring them up.
  useEffect(() => {
    if (answer) actions.current?.scrollIntoView?.({ block: 'nearest' })
  }, [answer])
  const close = (then: () => void) => () => {
    setAnswer(null)
    then()
  }
  return (
    <Dialog open={open} title={stopCopy.title} onClose={close(onClose)}>
      <div className="stop-dialog">
        <p>{stopCopy.lead}</p>
        <ul className="stop-answers">
          {stopAnswers.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="button stop-answer"
                aria-pressed={answer === a.id}
                onClick={() => setAnswer(a.id)}
              >
                {a.label}
              </button>
            </li>
          ))}
        </ul>
        <div className="stop-guidance" role="status">
          {chosen && <StopGuidance answer={chosen} kiosk={kiosk} />}
        </div>
        {/* Once a symptom is named, ending is the main choice and continuing the quiet one. */}
        <div className="stop-actions" ref={actions}>
          {(!chosen || chosen.canContinue) && (
            <button
              type="button"
              className={`button${chosen ? '' : ' button-primary'}`}
              onClick={close(onContinue)}
            >
              {chosen ? stopCopy.passed : stopCopy.fine}
            </button>
          )}
          <button
            type="button"
            className={`button${chosen ? ' button-primary' : ''}`}
            onClick={close(() => onEnd(answer))}
          >
            {stopCopy.end}
          </button>
        </div>
        <EmergencySigns />
        <ClinicContact emergency={false} />
      </div>
    </Dialog>
  )
}
