// Imported by vite.config.ts too: with their extensions, as Vite's native config loader needs.
import { opensOnCheck } from './opensOnCheck.ts'
import { isHomeHash, openingOf } from './routes.ts'
import { KIOSK_KEY, SAFETY_KEY, SETTINGS_KEY } from './storageKeys.ts'

export { KIOSK_KEY, SAFETY_KEY, SETTINGS_KEY }

/**
 * Runs in the page's <head> before anything paints (an inline script, allowed by its hash in the
 * Content-Security-Policy): the HTML holds the home screen, prerendered, so anything that makes
 * the first paint differ from it is decided here.
 * - A deep link (`#/preview`, a routine link) marks the page `data-opening`: the stylesheet then
 *   shows the shared chrome and a calm line instead of the home screen until its own screen is ready.
 * - An enrolled kiosk is marked too (`data-kiosk`): it never shows the full app first.
 * - A person's chosen theme, text size and motion apply at once, so nothing repaints when the
 *   app's code arrives.
 * Self-contained (it is sent as its own source text, with `isHomeHash` handed in): no imports
 * inside, nothing it can throw.
 */
export function beforePaint(
  settingsKey: string,
  kioskKey: string,
  isHome: (hash: string) => boolean,
): void {
  const root = document.documentElement
  try {
    if (!isHome(location.hash)) root.dataset.opening = ''
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

/**
 * Asks for the app's code once the first frame is drawn, not with the HTML: the first screen is
 * complete without it, and on a slow connection its ~95 kB shared the line with the stylesheet and
 * fonts that the first frame waits for, and its running held the first frame back. The build leaves
 * the entry module and the modules it needs on `#root` (`data-entry`, `data-modules`).
 * "Drawn" is the browser's own paint timing (its first contentful paint), or two frames after the
 * page's load if that comes first: neither waits on a timer, which a test's fake clock could hold.
 * A link followed before the code arrives shows the calm line, or the home screen, which is there.
 */
export function startApp(isHome: (hash: string) => boolean): void {
  const root = document.documentElement
  addEventListener('hashchange', () => {
    if (root.dataset.app !== undefined) return
    // The top of the screen the link opened (see openScreen) is done with: the home screen is
    // hydrated as the HTML has it, without it.
    document.getElementById('opening')?.remove()
    // The home screen is in the HTML: back to it at once (a kiosk stays hidden until its own screen).
    if (!isHome(location.hash)) root.dataset.opening = ''
    else if (root.dataset.kiosk === undefined) delete root.dataset.opening
  })
  let asked = false
  const start = () => {
    const app = document.getElementById('root')
    const entry = app?.dataset.entry
    if (asked || !entry) return
    asked = true
    for (const href of (app.dataset.modules ?? '').split(' ').filter(Boolean)) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry
    document.head.append(script)
  }
  // The first frame with content in it (text, the home screen or the calm line), not the first
  // frame at all: that can be the bare background, drawn before the parser reached the body.
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start()
    }).observe({ type: 'paint', buffered: true })
  } catch {
    // No paint timing here: the load below starts it.
  }
  // Or two frames after the load (the load can come first: the page waits on nothing but its
  // fonts): a frame has been drawn by then, or none will be (a kiosk keeps its page hidden until
  // its own screen). A tab opened in the background draws no frames: there, the load itself.
  const afterLoad = () => {
    if (document.visibilityState === 'hidden') start()
    else requestAnimationFrame(() => requestAnimationFrame(start))
  }
  if (document.readyState === 'complete') afterLoad()
  else addEventListener('load', afterLoad)
}

/**
 * Runs where the HTML ends (its own inline script, allowed by its hash like the one above), as
 * the parser reaches it, normally before the first paint: a link straight to Learn, the Preview,
 * Explore or Practice shows that screen's top at once, in the place the calm line would take. The
 * build sends their tops beside the home screen as templates (src/app/prerender.tsx); the app
 * renders the screen over it, and what stays hidden meanwhile is only what follows. A kiosk keeps
 * its page hidden until its own screen. The templates go either way.
 */
export function openScreen(
  openingOf: (hash: string) => string | null,
  safetyKey: string,
  opensOnCheck: (safetyKey: string) => boolean,
): void {
  const root = document.documentElement
  const main = document.getElementById('main')
  const screen = openingOf(location.hash)
  // Not once the app's code has started (`data-started`, main.tsx): a slow end of the page can
  // reach here after it, and the app draws its own screen.
  const needed =
    screen !== null && root.dataset.kiosk === undefined && root.dataset.started === undefined
  // Practice opens on its safety check where the kept answers will not do (the app's own fallback,
  // `practiceOpening` in openings.tsx, asks the same `opensOnCheck`).
  const top = screen === 'practice' && opensOnCheck(safetyKey) ? 'practice-check' : screen
  let shown: Element | null = null
  for (const template of document.querySelectorAll('template[data-opening]')) {
    if (needed && template instanceof HTMLTemplateElement && template.dataset.opening === top)
      shown = template.content.firstElementChild
    template.remove()
  }
  if (!main || !shown || screen === null) return
  shown.id = 'opening'
  main.prepend(shown)
  root.dataset.opening = screen
}

/** The script's text as the page's <head> carries it: both parts, handed one `isHomeHash`. */
export const beforePaintScript = `(function(isHome){(${beforePaint.toString()})(${JSON.stringify(SETTINGS_KEY)},${JSON.stringify(KIOSK_KEY)},isHome);(${startApp.toString()})(isHome)})(${isHomeHash.toString()})`

/** The script's text as the end of the page carries it. */
export const openScreenScript = `(${openScreen.toString()})(${openingOf.toString()},${JSON.stringify(SAFETY_KEY)},${opensOnCheck.toString()})`
