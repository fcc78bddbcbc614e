import { useRef, useState } from 'react'
import {
  askFirstRule,
  practiceRules,
  type SafetyQuestion,
  type SafetyQuestionId,
  safetyAnswerLabels,
  safetyQuestions,
  safetyQuestionsHint,
} from '@/content/safety'
import type { SafetyAnswer } from '@/state/safety'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { ClinicContact } from '@/ui/ClinicContact'
import { EmergencySigns } from '@/ui/EmergencySigns'
import { SafetyCheckTop } from './SafetyCheckTop'

const options = (['no', 'yes', 'not-sure'] as const).map((value) => ({
  value,
  label: safetyAnswerLabels[value],
}))

type Answers = Partial<Record<SafetyQuestionId, SafetyAnswer>>

/**
 * One question: no, yes or not sure; after a yes, where a provider can clear it, a follow-up box
 * for "my provider said home practice is fine", kept as its own answer ('provider-ok').
 */
function SafetyQuestionField({
  question,
  value,
  onChange,
}: {
  readonly question: SafetyQuestion
  readonly value: SafetyAnswer | undefined
  readonly onChange: (answer: SafetyAnswer) => void
}) {
  const yes = value === 'yes' || value === 'provider-ok'
  return (
    <div className="safety-question">
      <ChoiceGroup
        legend={question.text}
        value={value === 'provider-ok' ? 'yes' : value}
        options={options}
        onChange={onChange}
      />
      {yes && question.providerCanClear && (
        <label className="provider-ok">
          <input
            type="checkbox"
            checked={value === 'provider-ok'}
            onChange={(e) => onChange(e.target.checked ? 'provider-ok' : 'yes')}
          />
          <span>{safetyAnswerLabels['provider-ok']}</span>
        </label>
      )}
    </div>
  )
}

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
      <SafetyCheckTop headingRef={headingRef} />
      <h3>Safe practice, every time</h3>
      <ul className="rule-list">
        {[...practiceRules, askFirstRule].map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <EmergencySigns />
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
          {safetyQuestionsHint} Your answers stay on this device. We ask again after 90 days, or
          whenever you choose.
        </p>
        {safetyQuestions.map((q) => (
          <SafetyQuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
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
