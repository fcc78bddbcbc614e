/**
 * What the page knows of new versions, with no dependencies (the main chunk imports it; the
 * service worker's registration loads later, on its own).
 */

/** Kept across visitors on purpose: it says which version ran here last, nothing about anyone. */
export const VERSION_KEY = 'stillpoint:app-version'

let applyWaiting: (() => void) | null = null
let askForUpdate: (() => Promise<unknown>) | null = null

/** How to ask the service worker for a new version (set once it is registered). */
export function setUpdateCheck(ask: (() => Promise<unknown>) | null): void {
  askForUpdate = ask
}

/**
 * Asks the server whether a new version is out (a kiosk that runs for weeks does, every hour and
 * at each reset); one found installs and waits like any other. Offline, nothing happens.
 */
export function checkForNewVersion(): void {
  askForUpdate?.().catch(() => {
    // Offline or refused: the next check asks again.
  })
}

/** The registration says a new version is installed and waiting (or that none is). */
export function setWaitingUpdate(apply: (() => void) | null): void {
  applyWaiting = apply
}

/**
 * At a moment when nothing can be interrupted (a kiosk's idle reset), hands over to a waiting
 * new version: the page reloads into it. Returns whether it did.
 */
export function applyWaitingUpdate(): boolean {
  if (!applyWaiting) return false
  const apply = applyWaiting
  applyWaiting = null
  apply()
  return true
}

/**
 * Whether this version differs from the one that ran here last, remembering this one. The first
 * visit, or storage that is refused, is not an update.
 */
export function updatedSinceLastVisit(
  version: string,
  storage: globalThis.Storage | null = safeLocalStorage(),
): boolean {
  if (!storage) return false
  try {
    const last = storage.getItem(VERSION_KEY)
    if (last !== version) storage.setItem(VERSION_KEY, version)
    return last !== null && last !== version
  } catch {
    return false
  }
}

function safeLocalStorage(): globalThis.Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
