/**
 * The two pieces of copy that every health screen shares: where its facts come from, and how to
 * reach a provider. One place each, so a screen cannot word them differently or forget them.
 */

/** The source every health statement rests on (CONTENT.md), credited as text, with no link. */
export const source = {
  title: 'Craniosacral Therapy',
  organisation: 'Cleveland Clinic Health Library',
  reviewed: 'medically reviewed on September 5, 2023',
} as const

/** The credit line shown at the foot of every screen that uses the source. */
export const sourceCredit = `Based on “${source.title}”, ${source.organisation}, ${source.reviewed}. Retold in our own words.`

/**
 * Contacting a provider (CONTENT.md section 7). The clinic's number is shown only when a clinic
 * has configured one; otherwise a calm sentence points to the number they already have.
 */
export const contactCopy = {
  /** When to call after a session: severe pain, discomfort, new or worse symptoms. */
  afterSession:
    'After a session, contact your provider if you have severe pain or discomfort. Call them too about symptoms that are new or getting worse, or anything that does not feel right.',
  withClinic: (name: string | undefined) => `Call ${name?.trim() || 'your clinic'}`,
  withoutClinic: 'Use the phone number your clinic or provider gave you.',
  emergency: 'In an emergency, call your local emergency number.',
} as const
