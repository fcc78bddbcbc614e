/**
 * The safety check before home practice: CONTENT.md section 3's reasons to wait, plus a head or
 * neck injury, a bad headache now and arm symptoms now (section 10's signs to contact a provider),
 * and the rules of sections 8 and 10, as one list used on every screen and on paper.
 */

export type SafetyQuestionId =
  | 'blood-clot'
  | 'concussion'
  | 'brain-swelling'
  | 'aneurysm-ever'
  | 'chiari'
  | 'fluid-condition'
  | 'head-neck-injury'
  | 'headache-now'
  | 'arm-symptoms'

export interface SafetyQuestion {
  readonly id: SafetyQuestionId
  /** Asked without "recently": about what has not healed yet, or what is true now. */
  readonly text: string
  /**
   * Whether "my provider said home practice is fine" is an answer. Not for what a person feels
   * right now (a bad headache), which no earlier advice can clear.
   */
  readonly providerCanClear: boolean
}

export const safetyQuestions: readonly SafetyQuestion[] = [
  {
    id: 'blood-clot',
    text: 'Have you had a blood clot that is still being treated or has not fully healed?',
    providerCanClear: true,
  },
  {
    id: 'concussion',
    text: 'Have you had a concussion that you have not fully recovered from?',
    providerCanClear: true,
  },
  {
    id: 'brain-swelling',
    text: 'Have you had swelling of the brain that you have not fully recovered from?',
    providerCanClear: true,
  },
  {
    id: 'aneurysm-ever',
    text: 'Do you have, or have you ever had, a brain aneurysm?',
    providerCanClear: true,
  },
  {
    id: 'chiari',
    text: 'Do you have a Chiari malformation (a problem where the brain meets the spine)?',
    providerCanClear: true,
  },
  {
    id: 'fluid-condition',
    text: 'Do you have a condition that affects the fluid around your brain and spinal cord?',
    providerCanClear: true,
  },
  {
    id: 'head-neck-injury',
    text: 'Have you hurt your head or neck and not fully healed yet?',
    providerCanClear: true,
  },
  {
    id: 'headache-now',
    text: 'Do you have a headache right now that is new, very bad, or getting worse?',
    providerCanClear: false,
  },
  {
    id: 'arm-symptoms',
    text: 'Do you have pain, numbness, tingling or weakness in your arms right now?',
    providerCanClear: true,
  },
]

/** How to answer when the person is unsure whether they have healed: said above the questions. */
export const safetyQuestionsHint =
  'Answer for how things are now, or as each question asks. If you are not sure you have fully healed, choose “Not sure.”'

/**
 * The safety questions on paper (a printed handout has no check to tick): the same conditions,
 * as short lines under one lead.
 */
export const checkFirst = {
  lead: 'Ask your provider before you practice if any of these is true for you:',
  items: [
    'A blood clot, a concussion or swelling of the brain that has not fully healed',
    'A brain aneurysm, now or in the past',
    'A Chiari malformation',
    'A condition that affects the fluid around your brain and spinal cord',
    'A head or neck injury that has not fully healed',
    'A headache that is new, very bad, or getting worse',
    'Pain, numbness, tingling or weakness in your arms',
  ],
} as const

/** What home practice is, and is not (CONTENT.md section 8), said before the questions. */
export const practiceIntro = [
  'Craniosacral therapy is done only by trained professionals. What you can do at home is gentle head and neck self-massage, to relax between visits. It is not craniosacral therapy.',
]

/**
 * The rules of every home routine (CONTENT.md sections 8 and 10): shown before the first
 * practice, in Learn and on the handout. The one list; no screen words its own.
 */
export const practiceRules = [
  'Use light pressure only. It should never hurt.',
  'Never press on the front or sides of your neck: not on your throat, and not below your ears.',
  'Never press right on the bones of your spine.',
  'No forceful twisting or cracking, and do not bend your head back.',
  'Stop at once if you feel dizzy, numb, tingly or sick to your stomach, or if pain or a headache gets worse. Sit or lie still and breathe. Contact your provider if it does not pass.',
  'Tingling, numbness or weakness in your arms, or a headache that keeps getting worse? Contact your provider.',
  'Get up slowly afterward.',
]

/** The rule about the safety questions, on screens that ask them (the handout lists them). */
export const askFirstRule =
  'If a safety question is a yes or a not sure for you now, check with your provider before you practice.'

/**
 * When to call emergency services at once (CONTENT.md section 10), shown with the rules, in
 * Learn, on the handout and in "Are you OK?".
 */
export const emergencySigns = {
  lead: 'Call emergency services at once for:',
  signs: [
    'A sudden change in your sight or speech',
    'Weakness or numbness on one side of your body',
    'A sudden, very bad headache',
    'Loss of balance',
  ],
} as const

/** The one-line reminder that stays on screen while a routine plays. */
export const practiceReminder = 'Light touch only. Stop if anything feels wrong.'

/** Said when an answer is yes or not sure: kind, not a wall, with what can be done now. */
export const practiceWait = {
  title: 'Check with your provider first',
  text: 'One of your answers means it is best to ask your provider before you try the hands-on routines. You can still breathe along with the breathing routine, watch the session preview, or read more in Learn.',
  /** Said first when the headache question was a yes or a not sure. */
  headache: 'If your headache came on suddenly and is very bad, call emergency services now.',
}

/** The answers a safety question offers, in order, as the person reads them. */
export const safetyAnswerLabels = {
  no: 'No',
  yes: 'Yes',
  'not-sure': 'Not sure',
  /** Asked after a yes, as a box to tick. */
  'provider-ok': 'My provider has said home practice is fine for me',
} as const

/** On the practice screen, when some answers were cleared by a provider. */
export const providerOkNote = (count: number) =>
  count === 1
    ? 'You said your provider told you home practice is fine for one of the questions.'
    : `You said your provider told you home practice is fine for ${count} of the questions.`
