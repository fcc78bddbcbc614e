/**
 * Practice at home's own heading and lead, and the lines around its routine list. On its own, and
 * small: the first download carries the screen's top (src/app/openings.tsx), and the rest of the
 * practice copy (practiceCopy.ts) stays with the screen's code.
 */
export const practiceHome = {
  eyebrow: 'Between appointments',
  title: 'Practice at home',
  lead: 'Gentle head and neck self-massage for relaxation between visits. One calm step at a time, at your own pace.',
  checked: 'You answered the safety questions on this device.',
  askAgain: 'Answer the safety questions again',
  noTouch: 'Not ready for hands-on yet? You can breathe along without any touch:',
} as const
