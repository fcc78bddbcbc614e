import { useId } from 'react'
import { tension } from '@/content/practiceCopy'

const levels = Array.from({ length: 11 }, (_, i) => i)

/** "How tense…?" from 0 to 10, as radio buttons; answering is optional. */
export function TensionScale({
  question,
  value,
  onChange,
}: {
  readonly question: string
  readonly value: number | null
  readonly onChange: (value: number | null) => void
}) {
  const name = useId()
  return (
    <fieldset className="tension" aria-describedby={`${name}-hint`}>
      <legend>{question}</legend>
      <p id={`${name}-hint`} className="field-hint">
        0 is {tension.low.toLowerCase()}, 10 is {tension.high.toLowerCase()}. {tension.skip}
      </p>
      <div className="tension-levels">
        {levels.map((n) => (
          <label key={n} className="tension-level">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <div className="tension-ends" aria-hidden="true">
        <span>{tension.low}</span>
        <span>{tension.high}</span>
      </div>
      {value !== null && (
        <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
          Clear my answer
        </button>
      )}
    </fieldset>
  )
}
