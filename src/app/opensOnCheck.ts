/**
 * Whether Practice opens on its safety check, as far as the answers kept under `safetyKey` tell
 * before any of the app's code has run: none kept (or storage refused), a record that cannot be
 * read, answers asked for again, or answers older than 90 days or dated ahead of the clock (as
 * `safetyStatus` in src/state/safety.ts rules). Self-contained: the script where the page ends
 * carries its source text. opensOnCheck.test.ts holds it to `safetyStatus`.
 */
export function opensOnCheck(safetyKey: string, nowMs: number = Date.now()): boolean {
  const day = 24 * 60 * 60 * 1000
  try {
    const answeredAt = JSON.parse(localStorage.getItem(safetyKey) ?? 'null')?.data?.answeredAt
    return (
      typeof answeredAt !== 'number' || nowMs - answeredAt > 90 * day || answeredAt > nowMs + day
    )
  } catch {
    // Storage refused, or a record that is not JSON: nothing to trust, so the check.
    return true
  }
}
