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

/** The credit line shown at the foot of every screen whose facts come from the source. */
export const sourceCredit = `Based on “${source.title}”, ${source.organisation}, ${source.reviewed}. Retold in our own words.`

/**
 * Practice's credit: the reasons to wait come from the article, but the steps and their rules do
 * not. They come from the public self-care guidance CONTENT.md section 10 gathers, so say so.
 */
export const practiceCredit = `When to wait: “${source.title}”, ${source.organisation}, ${source.reviewed}. The steps and their safety rules: the Stillpoint team, from public self-care sheets. These are Mayo Clinic on tension headaches, Cleveland Clinic on jaw (TMJ) massage, NHS neck-pain leaflets and a UK hospice’s self-massage sheet. Retold in our own words.`

/** What Stillpoint does with what people do in it, as the footer says it on every screen. */
export const privacyLine =
  'Stillpoint sends nothing anywhere. What you save or share leaves this device only when you do.'

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
  emergency: 'In an emergency, call emergency services now.',
} as const
