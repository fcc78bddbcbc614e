// The keys it reads, written out (the build reads this file on its own, without the app's modules):
// beforePaint.test.ts holds them to the app's own.
export const SETTINGS_KEY = 'stillpoint:settings'
export const KIOSK_KEY = 'stillpoint-device:kiosk'

/**
 * Runs in the page's <head> before anything paints (an inline script, allowed by its hash in the
 * Content-Security-Policy): the HTML holds the home screen, prerendered, so anything that makes
 * the first paint differ from it is decided here.
 * - A deep link (`#/preview`, a routine link) marks the page `data-opening`: the stylesheet then
 *   shows the shared chrome and a calm line instead of the home screen until its own screen is ready.
 * - An enrolled kiosk is marked too (`data-kiosk`): it never shows the full app first.
 * - A person's chosen theme, text size and motion apply at once, so nothing repaints when the
 *   app's code arrives.
 * Self-contained (it is sent as its own source text): no imports inside, nothing it can throw.
 */
export function beforePaint(settingsKey: string, kioskKey: string): void {
  const root = document.documentElement
  try {
    const hash = location.hash
    if (hash !== '' && hash !== '#' && hash !== '#/') root.dataset.opening = ''
    if (localStorage.getItem(kioskKey) !== null) {
      root.dataset.kiosk = ''
      root.dataset.opening = ''
      return
    }
    const kept = JSON.parse(localStorage.getItem(settingsKey) ?? 'null')
    const s = kept?.data
    if (!s) return
    if (s.theme === 'light' || s.theme === 'dark') root.dataset.theme = s.theme
    if (s.motion === 'reduce') root.dataset.motion = 'reduce'
    if (s.textSize === 'large' || s.textSize === 'larger') root.dataset.textSize = s.textSize
  } catch {
    // Storage refused or damaged: the app's own code reads it again and says so calmly.
  }
}

/** The script's text as the page's <head> carries it. */
export const beforePaintScript = `(${beforePaint.toString()})(${JSON.stringify(SETTINGS_KEY)},${JSON.stringify(KIOSK_KEY)})`
