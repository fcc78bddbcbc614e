import type { Routine, RoutineStep } from '@/content/practice'
import type { HandPlacement, HandPointId } from '@/content/routine'

const handWords: Readonly<Record<HandPointId, string>> = {
  scalp: 'on the top of the head',
  temple: 'at the temples, beside the eyes',
  jaw: 'on the jaw muscles, just in front of the ears',
  'skull-base': 'under the ridge at the back of the head',
  'neck-back': 'on the back of the neck, beside the spine',
  shoulder: 'over the opposite shoulder',
  belly: 'on the belly',
  lap: 'in the lap',
}

/** Where the hands are, in words: "Both hands rest on the top of the head." */
export function describeHands({ left, right }: HandPlacement): string {
  if (!left && !right) return 'The hands rest, away from the head and neck.'
  if (left === right && left) return `Both hands rest ${handWords[left]}.`
  const part = (side: string, at: HandPointId | null) =>
    at ? `the ${side} hand rests ${handWords[at]}` : `the ${side} hand rests at the side`
  const text = `${part('left', left)}, and ${part('right', right)}.`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The body's text alternative at a step: the pose, and where the hands are. */
export function describeStep(routine: Routine, step: RoutineStep | undefined): string {
  const pose =
    routine.pose === 'lying' ? 'A figure lying on their back.' : 'A figure sitting upright.'
  return step ? `${pose} ${describeHands(step.placement)}` : pose
}
