/**
 * The session preview's own words around the narration: its summary at the end (CONTENT.md
 * section 4, in the order of a visit; when to contact a provider follows it, from `trust.ts`) and
 * its calm notes when sound cannot play.
 */
export const firstSessionSummary = {
  title: 'That was a first session',
  points: [
    'It starts with a talk about your health and your goals.',
    'You lie on a padded table, fully clothed, or sit if you need to.',
    'Your therapist rests their hands lightly on your head, your neck, and along your spine.',
    'Feeling deeply relaxed is normal. Get up slowly afterward.',
    'Those holds are your therapist’s work. At home, use only the gentle steps in Practice at home.',
  ],
} as const

/** Why a run carries on without some of its sound, in the words the person reads. */
export const soundNoteText = {
  'voice-failed':
    'The voice could not be loaded, so the session goes on quietly. The captions tell the whole story.',
  'voice-blocked':
    'This browser is not letting Stillpoint play sound, so the session goes on quietly with captions.',
  'bed-failed': 'The background sound could not be loaded. The voice carries on without it.',
  'voice-offline':
    'You’re offline. The voice for this preview isn’t saved on this device yet, so it plays with captions and no sound. Next time you’re online, play it once to save it.',
} as const
