/**
 * The safety check before home practice: CONTENT.md section 3's reasons to wait, plus a recent
 * head or neck injury and arm symptoms now (asked for by the Practice issue, in the spirit of
 * section 10's arm symptoms), and the rules of sections 8 and 10.
 */

export type SafetyQuestionId =
  | 'blood-clot'
  | 'concussion'
  | 'brain-swelling'
  | 'aneurysm'
  | 'chiari'
  | 'fluid-condition'
  | 'head-neck-injury'
  | 'arm-symptoms'

export interface SafetyQuestion {
  readonly id: SafetyQuestionId
  /** Asked as "Have you recently had…" or as it reads best; answered yes, no or not sure. */
  readonly text: string
}

export const safetyQuestions: readonly SafetyQuestion[] = [
  { id: 'blood-clot', text: 'Have you had a blood clot recently?' },
  { id: 'concussion', text: 'Have you had a concussion recently?' },
  { id: 'brain-swelling', text: 'Have you had swelling of the brain recently?' },
  { id: 'aneurysm', text: 'Have you had a brain aneurysm recently?' },
  {
    id: 'chiari',
    text: 'Do you have a Chiari malformation (a problem where the brain meets the spine)?',
  },
  {
    id: 'fluid-condition',
    text: 'Do you have a condition that affects the fluid around your brain and spinal cord?',
  },
  { id: 'head-neck-injury', text: 'Have you hurt your head or neck recently?' },
  {
    id: 'arm-symptoms',
    text: 'Do you have pain, numbness, tingling or weakness in your arms right now?',
  },
]

/**
 * The safety questions as one paper rule (a printed handout has no check to tick): the same
 * conditions, CONTENT.md section 3, in a sentence.
 */
export const checkFirstRule =
  'Check with your provider before you practise if you have recently had a blood clot, a concussion, swelling of the brain, a brain aneurysm or a head or neck injury; if you have a Chiari malformation or a condition affecting the fluid around your brain and spinal cord; or if you have pain, numbness, tingling or weakness in your arms.'

/** What home practice is, and is not (CONTENT.md section 8), said before the questions. */
export const practiceIntro = [
  'Craniosacral therapy is done only by trained professionals. What you can do at home is gentle head and neck self-massage, to relax between visits. It is not craniosacral therapy.',
]

/** The rules of every home routine (CONTENT.md section 8), shown before the first practice. */
export const practiceRules = [
  'Use light pressure only. It should never hurt.',
  'Never press on the front or sides of your throat, or right on the bones of your spine.',
  'No forceful twisting or cracking, and do not bend your head back.',
  'Stop at once if you feel dizzy, numb, tingly or sick, or if pain or a headache gets worse. Sit or lie still and breathe. Contact your provider if it does not pass.',
  'Tingling, numbness or weakness in your arms, or a headache that keeps getting worse? Contact your provider.',
  'If any question below is a yes or a not sure for you now, check with your provider first. If they have said home practice is fine for you, answer no.',
  'Get up slowly afterwards.',
]

/**
 * When to call emergency services at once (CONTENT.md section 10), shown with the rules and in
 * the "Are you OK?" answers during practice.
 */
export const emergencySigns =
  'Call emergency services at once for a sudden change in your sight or speech, weakness or numbness on one side, a sudden and very bad headache, or loss of balance.'

/** The one-line reminder that stays on screen while a routine plays. */
export const practiceReminder = 'Light touch only. Stop if anything feels wrong.'

/** Said when an answer is yes or not sure: kind, not a wall, with what can be done now. */
export const practiceWait = {
  title: 'Check with your provider first',
  text: 'One of your answers means it is best to ask your provider before you try the hands-on routines. You can still breathe along with the breathing routine, watch the session preview, or read more in Learn.',
}
