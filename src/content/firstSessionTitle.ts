/**
 * The walkthrough's title, in a module of its own: its page shows it from the first paint, before
 * the script (and the rest of the Preview's words) has loaded.
 */
export const firstSessionTitle = 'Your first session'
