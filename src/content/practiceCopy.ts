/**
 * The words around a home routine: how to get ready, the tension question, the "Are you OK?"
 * answers (CONTENT.md sections 8 and 10) and the end. The routines' own steps are in
 * `routines.ts`, the safety check in `safety.ts`.
 */
import type { RoutinePose } from './routine'

/** How to get ready, by the routine's position (the steps and the body show the same). */
export const poseNote: Readonly<Record<RoutinePose, string>> = {
  seated: 'Sit in a chair with a back, feet flat on the floor.',
  lying: 'Lie on your back on a bed or a mat, with a thin pillow if you like.',
}

/** The before and after question, 0 to 10. */
export const tension = {
  before: 'How tense do your head, neck and shoulders feel right now?',
  after: 'How tense do your head, neck and shoulders feel now?',
  low: 'Not tense',
  high: 'Very tense',
  skip: 'You can skip this. It is only for you, and it stays on this device unless you save a copy.',
} as const

/**
 * What a person can say when they press Stop, and the calm guidance for each (CONTENT.md sections
 * 8 and 10). Where a sign can mean an emergency, `emergency` is said first. `canContinue` is false
 * where the routine must not go on today: numbness, tingling or weakness, a change in sight or
 * speech, a sudden very bad headache, or pain that is getting worse.
 */
export const stopAnswers = [
  {
    id: 'dizzy',
    label: 'I feel dizzy',
    emergency: 'If you lose your balance or fall, call emergency services now.',
    guidance:
      'Take your hands away and stay still. Sit or lie down where you are, and breathe slowly. If it does not pass, contact your provider.',
    canContinue: true,
  },
  {
    id: 'nauseous',
    label: 'I feel sick to my stomach',
    emergency: null,
    guidance:
      'Take your hands away and stay still, sitting or lying down. Breathe slowly. If it does not pass, contact your provider.',
    canContinue: true,
  },
  {
    id: 'balance',
    label: 'I lost my balance or fell',
    emergency: 'Call emergency services now.',
    guidance: 'Take your hands away. Stay where you are, sitting or lying down, until help comes.',
    canContinue: false,
  },
  {
    id: 'numb',
    label: 'I feel numb, tingly or weak',
    emergency:
      'Numb or weak on one side of your body, in your face, arm or leg? Call emergency services now.',
    guidance:
      'Tingling in your hands or arms? Take your hands away and rest them. If it does not pass, contact your provider. Leave the routine for today.',
    canContinue: false,
  },
  {
    id: 'pain',
    label: 'A headache or pain is getting worse',
    emergency: 'If a headache comes on suddenly and is very bad, call emergency services now.',
    guidance:
      'Take your hands away and rest. Sit or lie still and breathe. If the pain does not ease, or a headache keeps getting worse, contact your provider. Leave the routine for today.',
    canContinue: false,
  },
  {
    id: 'sudden-headache',
    label: 'A sudden, very bad headache',
    emergency: 'Call emergency services now.',
    guidance: 'Take your hands away. Stay where you are, sitting or lying down, until help comes.',
    canContinue: false,
  },
  {
    id: 'sight-speech',
    label: 'My sight or speech has changed',
    emergency: 'Call emergency services now.',
    guidance: 'Take your hands away. Stay where you are, sitting or lying down, until help comes.',
    canContinue: false,
  },
  {
    id: 'other',
    label: 'Something else',
    emergency: null,
    guidance:
      'Take your hands away and rest. Sit or lie still and breathe slowly. If something does not feel right, or it does not pass, contact your provider.',
    canContinue: true,
  },
] as const

export type StopAnswerId = (typeof stopAnswers)[number]['id']
export type StopAnswer = (typeof stopAnswers)[number]

/** Whether an answer's first words are to call emergency services, with no "if". */
export const callNow = (answer: StopAnswer) => answer.emergency === 'Call emergency services now.'

/**
 * Said before a hands-on routine starts: the check's answers may be weeks old, and some signs are
 * about today (CONTENT.md section 10).
 */
export const todayCheck =
  'Today, do you have a headache that is new, very bad or getting worse, or numb, tingly or weak arms? Then do not start. Contact your provider.'

/** The Stop dialog's own lines. */
export const stopCopy = {
  title: 'Are you OK?',
  lead: 'The routine is paused. How do you feel?',
  fine: 'I feel fine, continue',
  /** Once a symptom that allows it was chosen, continuing is the quieter choice. */
  passed: 'It has passed, continue',
  end: 'End the practice',
  /** On a kiosk, help is a few steps away: the front desk comes first. */
  kioskHelp: 'Tell the front desk now. They are here to help.',
  kioskAsk: 'If you need help, tell the front desk.',
} as const

/** The end of a routine. */
export const endCopy = {
  title: 'That was your practice',
  stopped: 'You stopped early, and that is fine.',
  unwell: 'If you still feel unwell, contact your provider.',
  /** After a Stop answer that ends the routine for today. */
  restTitle: 'Rest now',
  rest: 'The routine has ended for today. Stay sitting or lying down, and breathe slowly.',
  /** After an answer whose first words are to call emergency services. */
  waitForHelp: 'While you wait for help, stay sitting or lying down.',
  slowly: 'Take a moment before you move. Then get up slowly.',
  saved: 'Saved on this device.',
} as const

/** When this device will not keep anything (private mode, storage blocked or full). */
export const unsavedNote =
  'This device is not keeping data for Stillpoint right now, so your answers and ratings hold for this visit only.'

/** A link to a routine that does not exist. */
export const routineNotFound = {
  title: 'We could not find that routine',
  text: 'The link may be old or mistyped. Here are the routines you can choose from.',
} as const

/** Shown while the sound of a routine cannot play (the routine goes on quietly). */
export const practiceSoundNotes = {
  'voice-failed':
    'The voice could not be loaded, so the routine goes on quietly. Read each step on screen; a soft glow marks each new step.',
  'voice-blocked':
    'This browser is not letting Stillpoint play sound, so the routine goes on quietly. Read each step on screen; a soft glow marks each new step.',
  'bed-failed': 'The background sound could not be loaded. The voice carries on without it.',
  'voice-offline':
    'You’re offline. The voice for this routine isn’t saved on this device yet, so there is no sound. Read each step on screen; a soft glow marks each new step. Next time you’re online, play it once to save it.',
} as const

/** When saved answers could not be read: they are asked for again, calmly. */
export const damagedAnswersNote =
  'Your saved answers could not be read, so we ask the questions again. Nothing else was affected.'

/** A routine from a link: who it is from (as checked), saving it, and what a bad link gets. */
export const sharedRoutineCopy = {
  checking: 'Checking this link…',
  verified: {
    eyebrow: 'From your clinic',
    title: (clinic: string) => `A routine from ${clinic}`,
    lead: (clinic: string) =>
      `Stillpoint checked this link: it was made on a device ${clinic} lists on this site. Save it and it joins your routines in Practice at home. If you have not answered the safety questions on this device, they come first.`,
    signedBy: (label: string, day: string) => `Made on the device “${label}”, ${day}.`,
    noteLabel: (clinic: string) => `A note from ${clinic}`,
    listTitle: (clinic: string) => `From ${clinic}`,
  },
  shared: {
    eyebrow: 'Shared with you',
    title: 'A routine someone shared with you',
    lead: 'Stillpoint could not match this link to a clinic on this site, so it cannot tell who made it. Its steps are Stillpoint’s own home steps. If you do not know who sent it, ask your provider before you use it. Save it and it joins your routines in Practice at home, after the safety questions.',
    made: (day: string) => `Made ${day}.`,
    noteLabel: 'The sender’s note. No clinic has checked it.',
    listTitle: 'Shared with you',
    lowered:
      'It asked for some steps to last longer than 90 seconds. Without a clinic’s check, each step lasts 90 seconds at most, so those steps are shorter here.',
  },
  /** The name for any saved routine in the history, checked or not. */
  historyTitle: 'A routine from a link',
  /** Beside a step a clinic chose to hold longer than the home limit. */
  longHold:
    'Your clinic chose a longer hold than usual for this step. The same rules apply: light pressure, and stop if anything feels wrong.',
  appointment: 'Your next appointment',
  save: 'Save to my routines',
  saved: 'Saved. You will find it in Practice at home.',
  alreadySaved: 'You have saved this routine.',
  open: 'Start it now',
  notNow: 'Not now',
  kiosk:
    'In the waiting room it is kept only until you press “I’m done”, or until the screen starts over after a short time with no touch.',
  problems: {
    damaged: {
      title: 'This link is not complete',
      text: 'Part of the routine is missing or mistyped, so nothing was saved. Ask for the link again, or choose one of the routines below.',
    },
    refused: {
      title: 'This link cannot be used',
      text: 'Stillpoint could not confirm this routine as it is, so nothing was saved. Ask your clinic for a new link, or choose one of the routines below.',
    },
    newer: {
      title: 'This routine needs a newer Stillpoint',
      text: 'It was made with a newer version than the one on this device, so nothing was saved. Reload the page once you are online to update, or choose one of the routines below.',
    },
    unknown: {
      title: 'This routine has steps we do not know',
      text: 'It names steps this version of Stillpoint does not have, so nothing was saved. Reload the page once you are online to update, or choose one of the routines below.',
    },
  },
} as const

/** The clinicians' page: making a routine for a patient, its link, QR code and handout. */
export const clinicianCopy = {
  eyebrow: 'For clinicians',
  title: 'Make a routine for a patient',
  lead: 'Choose steps from Stillpoint’s home routines, put them in order and set how long each lasts. Your patient gets a link, a QR code or a printed handout, and answers the safety questions before any hands-on step. Stillpoint sends nothing to a server: the routine, your note and the appointment date travel inside the link. Anyone who has the link can read them, and so can the mail or chat app that carries it.',
  pose: 'Position',
  library: 'Steps to choose from',
  chosen: 'The routine',
  none: 'No steps yet. Add steps from the list.',
  hold: 'Time for this step (seconds)',
  holdHint:
    '10 to 300. Most steps: 30 to 90. Only a link signed by a key listed in clinic.json can hold a step longer than 90 seconds.',
  note: 'A note for your patient (optional)',
  noteHint: 'Anyone with the link can read it. Leave out names and health details.',
  key: {
    title: 'Signing key',
    lead: 'A signed link opens as from your clinic, once the key that signed it is in this site’s clinic.json. The key is made and kept in this browser on this device only, and cannot be copied out of it. Anyone who uses this browser can sign with it. Clearing the browser’s site data deletes it.',
    none: 'This device has no signing key. Links made here open as “A routine someone shared with you”, with steps of 90 seconds at most.',
    label: 'Name for this device',
    labelHint:
      'For example “Front desk laptop”. Name the device, not a person: Stillpoint checks the device, not who used it. Patients see the name beside the date.',
    make: 'Make a signing key',
    making: 'Making a key…',
    listed: (clinic: string) =>
      `This key is in this site’s clinic.json. Links made here are signed, and open as from ${clinic}.`,
    notListed:
      'Links made here are signed, but this key is not in this site’s clinic.json yet, so they still open as “A routine someone shared with you”. Add this entry to the routineKeys list in clinic.json:',
    id: 'Key id',
    remove: 'Remove the key from this device',
    removeConfirm:
      'Remove the key? Links it signed open as “A routine someone shared with you” once its entry leaves clinic.json. Links made here after this are not signed.',
    removeYes: 'Remove it',
    keep: 'Keep it',
    unavailable:
      'This browser cannot keep a signing key (private browsing, or site storage is turned off). Links made here are not signed.',
    signedLink: (clinic: string) =>
      `Signed with this device’s key: it opens as a routine from ${clinic}.`,
    signedUnlisted:
      'Signed with this device’s key, which is not in clinic.json yet: it opens as “A routine someone shared with you”. See Signing key below.',
    unsignedLink:
      'Not signed: it opens as “A routine someone shared with you”, with steps of 90 seconds at most. See Signing key below.',
    longUnsigned:
      'Steps over 90 seconds will last 90 seconds on your patient’s phone: only a link signed by a key in clinic.json can hold a step longer.',
    lost: 'If this device is lost or passed on, delete its entry from clinic.json: links it signed then open as “A routine someone shared with you”.',
  },
  appointment: 'Next appointment (optional)',
  linkTitle: 'Share it',
  copy: 'Copy link',
  copied: 'Link copied.',
  print: 'Print handout',
  qrLabel: 'QR code: opens this routine in Stillpoint',
  scan: 'Scan with your phone’s camera to open this routine in Stillpoint.',
  handoutTitle: 'Your routine between appointments',
  handoutTouch: (pose: RoutinePose) =>
    `Gentle self-massage that may help you relax between visits. Do it ${pose === 'seated' ? 'sitting' : 'lying down'}, with light pressure only: it should never hurt.`,
  handoutBreathing:
    'Calm breathing that may help you relax between visits. It is not craniosacral therapy and not a treatment.',
  handoutNotTreatment: 'It is not a treatment.',
  handoutHealth: 'Check with your provider if your health changes.',
  handoutSigned: (who: string, label: string, day: string) =>
    `Made by ${who} on the device “${label}”, ${day}. Scan the code to check it: your phone shows “A routine from ${who}” only when the clinic’s signature matches. If it says someone shared it, ask your clinic.`,
  handoutUnsigned: (day: string) =>
    `Made ${day}. No clinic has checked it, so Stillpoint shows it as “A routine someone shared with you”.`,
  handoutRules: 'Every time you practice',
} as const
