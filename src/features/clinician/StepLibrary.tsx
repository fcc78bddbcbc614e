import { clinicianCopy as copy } from '@/content/practiceCopy'
import type { RoutinePose } from '@/content/routine'
import { routineScripts } from '@/content/routines'
import type { SharedStep } from '@/content/sharedRoutine'
import { stepLibrary } from '@/content/stepLibrary'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { Icon } from '@/ui/Icon'

const poses = [
  { value: 'seated', label: 'Sitting' },
  { value: 'lying', label: 'Lying down' },
] as const

/**
 * The steps a clinician can choose from, for one pose, grouped by the routine each comes from
 * (so two steps called "Settle" can be told apart).
 */
export function StepLibrary({
  pose,
  chosen,
  full,
  onPose,
  onAdd,
}: {
  readonly pose: RoutinePose
  readonly chosen: readonly SharedStep[]
  /** The routine has as many steps as a link can carry. */
  readonly full: boolean
  readonly onPose: (pose: RoutinePose) => void
  readonly onAdd: (step: SharedStep) => void
}) {
  const groups = routineScripts
    .map((r) => ({
      routine: r.id,
      title: r.title,
      steps: stepLibrary.filter((s) => s.routine === r.id && s.pose === pose),
    }))
    .filter((g) => g.steps.length > 0)
  return (
    <section className="clinician-library card" aria-labelledby="clinician-library-title">
      <ChoiceGroup legend={copy.pose} value={pose} options={poses} onChange={onPose} />
      <h2 id="clinician-library-title">{copy.library}</h2>
      {groups.map((group) => (
        <div key={group.routine} className="library-group">
          <h3>{group.title}</h3>
          <ul className="library-list">
            {group.steps.map((s) => {
              const added = chosen.some((c) => c.id === s.id)
              return (
                <li key={s.id} className="library-step">
                  <span className="library-step-title">{s.script.title}</span>
                  <span className="library-step-text">{s.script.caption ?? s.script.spoken}</span>
                  <button
                    type="button"
                    className="button"
                    disabled={added || full}
                    aria-label={`Add ${s.script.title} (${group.title})`}
                    onClick={() => onAdd({ id: s.id, hold: s.script.hold })}
                  >
                    <Icon name={added ? 'check' : 'plus'} />
                    <span aria-hidden="true">{added ? 'Added' : 'Add'}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </section>
  )
}
