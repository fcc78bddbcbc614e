/**
 * What a clinic has configured about itself. Empty until a clinic sets it: the app never shows a
 * made-up phone number.
 */
export interface ClinicConfig {
  /** The clinic's name, shown beside its number. */
  readonly name?: string
  /** A phone number as the clinic wants it shown, e.g. "(555) 010-2030". */
  readonly phone?: string
}

/** Turns a displayed phone number into a `tel:` link target (digits and a leading plus only). */
export function telHref(phone: string): string {
  const trimmed = phone.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`
}
