import { useState } from 'react'
import { type StopAnswerId, stopAnswers, stopCopy } from '@/content/practiceCopy'
import { emergencySigns } from '@/content/safety'
import { ClinicContact } from '@/ui/ClinicContact'
import { Dialog } from '@/ui/Dialog'

/**
 * "Are you OK?": opened by Stop, with the routine paused. Each answer gives calm guidance
 * (CONTENT.md sections 8 and 10), the emergency signs are always in view, and the clinic's
 * number when one is configured. Closing it leaves the routine paused.
 */
export function StopDialog({
  open,
  onContinue,
  onEnd,
  onClose,
}: {
  readonly open: boolean
  readonly onContinue: () => void
  readonly onEnd: () => void
  readonly onClose: () => void
}) {
  const [answer, setAnswer] = useState<StopAnswerId | null>(null)
  const chosen = stopAnswers.find((a) => a.id === answer)
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
          {chosen && <p className="stop-guidance-text">{chosen.guidance}</p>}
        </div>
        <p className="emergency-signs">{emergencySigns}</p>
        <ClinicContact emergency={false} />
        {/* Once a symptom is named, ending is the main choice and continuing the quiet one. */}
        <div className="stop-actions">
          <button
            type="button"
            className={`button${chosen ? '' : ' button-primary'}`}
            onClick={close(onContinue)}
          >
            {chosen ? stopCopy.passed : stopCopy.fine}
          </button>
          <button
            type="button"
            className={`button${chosen ? ' button-primary' : ''}`}
            onClick={close(onEnd)}
          >
            {stopCopy.end}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
