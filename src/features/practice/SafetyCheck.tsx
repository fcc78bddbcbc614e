import { useRef, useState } from 'react'
import {
  emergencySigns,
  practiceIntro,
  practiceRules,
  type SafetyQuestionId,
  safetyQuestions,
} from '@/content/safety'
import type { SafetyAnswer } from '@/state/safety'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { ClinicContact } from '@/ui/ClinicContact'

const options: readonly { value: SafetyAnswer; label: string }[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'not-sure', label: 'Not sure' },
]

type Answers = Partial<Record<SafetyQuestionId, SafetyAnswer>>

/**
 * The one calm screen before the first practice: what home practice is (and is not), its rules,
 * and a yes / no / not sure question for each reason to wait. Every question must be answered.
 */
export function SafetyCheck({
  initial,
  onDone,
  headingRef,
}: {
  readonly initial: Answers
  readonly onDone: (answers: Answers) => void
  readonly headingRef?: React.RefObject<HTMLHeadingElement | null>
}) {
  const [answers, setAnswers] = useState<Answers>(initial)
  const [missing, setMissing] = useState(false)
  const errorRef = useRef<HTMLParagraphElement>(null)
  const unanswered = safetyQuestions.filter((q) => answers[q.id] === undefined)
  return (
    <section className="safety-check" aria-labelledby="safety-title">
      <h2 id="safety-title" ref={headingRef} tabIndex={-1}>
        Before you practice
      </h2>
      {practiceIntro.map((p) => (
        <p key={p} className="lead">
          {p}
        </p>
      ))}
      <h3>Safe practice, every time</h3>
      <ul className="rule-list">
        {practiceRules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="emergency-signs">{emergencySigns}</p>
      <ClinicContact emergency={false} />
      <form
        className="safety-questions"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (unanswered.length > 0) {
            setMissing(true)
            requestAnimationFrame(() => errorRef.current?.focus())
            return
          }
          onDone(answers)
        }}
      >
        <h3>A few questions</h3>
        <p className="field-hint">
          Answer for how things are now. Your answers stay on this device. We ask again after 90
          days, or whenever you choose.
        </p>
        {safetyQuestions.map((q) => (
          <ChoiceGroup
            key={q.id}
            legend={q.text}
            value={answers[q.id]}
            options={options}
            onChange={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
          />
        ))}
        {missing && unanswered.length > 0 && (
          <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
            Please answer every question.{' '}
            {unanswered.length === 1 ? 'One is' : `${unanswered.length} are`} still open.
          </p>
        )}
        <button type="submit" className="button button-primary button-large">
          Continue
        </button>
      </form>
    </section>
  )
}
