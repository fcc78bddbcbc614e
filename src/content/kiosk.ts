/**
 * What the kiosk's attract screen says while no one is using it: a few calm lines, cycling,
 * each resting on CONTENT.md (§1 what CST is, §4 what a session is like).
 */
export const attractLines: readonly string[] = [
  'Craniosacral therapy is a gentle, hands-on treatment with a very light touch.',
  'You stay fully clothed, most often lying on a padded table.',
  'A session usually begins with a talk about your health and your goals.',
  'Your therapist tells you what they will do before they touch you.',
  'Feeling deeply relaxed during a session is normal.',
  'A session lasts about 30 to 60 minutes.',
  'During a session, you can tell your therapist at any moment if something does not feel right.',
]

/** Seconds each attract line stays on screen. */
export const ATTRACT_LINE_SECONDS = 8

export const attractInvite = 'Touch anywhere to begin'

/** Said after a visitor presses "I'm done", while the kiosk returns to its resting screen. */
export const visitDoneLine = 'Thank you. Everything from your visit has been cleared.'

/** The button that ends a visit at once. */
export const visitDoneLabel = 'I’m done'
