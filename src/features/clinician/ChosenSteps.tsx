import { useEffect, useRef, useState } from 'react'
import { clinicianCopy as copy } from '@/content/practiceCopy'
import { MAX_HOLD, MIN_HOLD, type SharedStep } from '@/content/sharedRoutine'
import { findLibraryStep } from '@/content/stepLibrary'
import { Icon } from '@/ui/Icon'
import { clampHold } from './clampHold'

/**
 * The routine's steps in order, each with its hold (typed as the clinician likes, brought into
 * range when the field is left), moved up or down, or removed. Focus stays with a moved step.
 */
export function ChosenSteps({
  steps,
  onChange,
}: {
  readonly steps: readonly SharedStep[]
  readonly onChange: (steps: readonly SharedStep[]) => void
}) {
  // What is typed stays as typed until the field is left; the link always uses a hold in range.
  const setHold = (index: number, hold: number) =>
    onChange(steps.map((c, j) => (j === index ? { ...c, hold } : c)))
  const routineList = useRef<HTMLOListElement>(null)
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 } | null>(null)
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps]
    const [step] = next.splice(index, 1)
    if (step) next.splice(index + by, 0, step)
    onChange(next)
    if (step) setMoved({ id: step.id, by })
  }
  // Focus stays with the moved step: on the same arrow, or on the other one once it reaches the
  // top or the bottom (a button that turns disabled would drop focus to the page).
  useEffect(() => {
    if (!moved) return
    const item = routineList.current?.querySelector(`[data-step="${moved.id}"]`)
    const buttons = [...(item?.querySelectorAll<HTMLButtonElement>('[data-move]') ?? [])]
    const same = buttons.find((b) => b.dataset.move === String(moved.by))
    ;(same && !same.disabled ? same : buttons.find((b) => !b.disabled))?.focus()
    setMoved(null)
  }, [moved])
  return (
    <ol className="chosen-list" ref={routineList}>
      {steps.map((s, i) => {
        const title = findLibraryStep(s.id)?.script.title ?? s.id
        return (
          <li key={s.id} className="chosen-step" data-step={s.id}>
            <span className="chosen-step-title">{title}</span>
            <label className="field chosen-hold">
              <span className="field-label">{copy.hold}</span>
              <input
                type="number"
                inputMode="numeric"
                min={MIN_HOLD}
                max={MAX_HOLD}
                step={5}
                value={Number.isNaN(s.hold) ? '' : s.hold}
                aria-label={`${copy.hold}: ${title}`}
                onChange={(e) => setHold(i, e.target.valueAsNumber)}
                onBlur={() => setHold(i, clampHold(s.hold))}
              />
            </label>
            <span className="chosen-step-actions">
              <button
                type="button"
                className="button button-quiet"
                disabled={i === 0}
                data-move="-1"
                aria-label={`Move ${title} up`}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={i === steps.length - 1}
                data-move="1"
                aria-label={`Move ${title} down`}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Remove ${title}`}
                onClick={() => onChange(steps.filter((_, j) => j !== i))}
              >
                <Icon name="close" />
              </button>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
