/** Every screen the app can show, parsed from the location hash. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'learn'; readonly section?: string }
  | { readonly name: 'explore'; readonly region?: string }
  | { readonly name: 'preview'; readonly chapter?: string }
  | { readonly name: 'practice'; readonly routine?: string }
  | { readonly name: 'history' }
  | { readonly name: 'clinician' }
  /** A routine from a link: its text, exactly as it came (it is checked later). */
  | { readonly name: 'shared-routine'; readonly code: string }
  /** Where staff turn a device into a waiting-room kiosk (#/kiosk/setup, or #/kiosk). */
  | { readonly name: 'kiosk-setup' }
  | { readonly name: 'not-found'; readonly path: string }

/**
 * The hashes that open the home screen, the one screen the HTML holds before any script runs.
 * Self-contained: the before-paint script carries its source text.
 */
export function isHomeHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/'
}

/**
 * The screens whose top the HTML carries beside the home screen (src/app/prerender.tsx), for a
 * link straight to them: the journeys' own links from the home screen, from a bookmark or a card.
 */
export type OpeningScreen = 'learn' | 'preview' | 'explore' | 'practice'

/**
 * The screen whose top the first frame can show for this hash (as `parseRoute` reads it: the
 * screen itself, not a section, chapter, region or routine of it), or null. Self-contained: the
 * script where the page ends carries its source text.
 */
export function openingOf(hash: string): OpeningScreen | null {
  const found = /^#?\/*(learn|preview|explore|practice)\/*$/.exec(hash)
  return found ? (found[1] as OpeningScreen) : null
}

/**
 * Reads a location hash such as `#/learn/what-happens`. Anything unknown becomes a not-found
 * route carrying the text, so the screen can say calmly what was asked for.
 */
export function parseRoute(hash: string): Route {
  // A routine's link keeps its text as it is: its note is percent-encoded on its own.
  const shared = /^#?\/routine\/(.*)$/s.exec(hash)
  if (shared) return { name: 'shared-routine', code: shared[1] ?? '' }
  let path = hash.replace(/^#/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape: keep the raw text, it is only shown back to the person.
  }
  const parts = path.split('/').filter(Boolean)
  const [first, second, ...rest] = parts
  if (parts.length === 0) return { name: 'home' }
  if (first === 'learn' && rest.length === 0) {
    return second === undefined ? { name: 'learn' } : { name: 'learn', section: second }
  }
  if (first === 'explore' && rest.length === 0) {
    return second === undefined ? { name: 'explore' } : { name: 'explore', region: second }
  }
  if (first === 'preview' && rest.length === 0) {
    return second === undefined ? { name: 'preview' } : { name: 'preview', chapter: second }
  }
  if (first === 'kiosk' && (second === undefined || second === 'setup') && rest.length === 0) {
    return { name: 'kiosk-setup' }
  }
  if (first === 'history' && second === undefined) return { name: 'history' }
  if (first === 'clinician' && second === undefined) return { name: 'clinician' }
  if (first === 'practice' && rest.length === 0) {
    return second === undefined ? { name: 'practice' } : { name: 'practice', routine: second }
  }
  return { name: 'not-found', path: path.slice(0, 120) }
}

/** The hash for a route, for links. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/'
    case 'learn':
      return route.section ? `#/learn/${route.section}` : '#/learn'
    case 'explore':
      return route.region ? `#/explore/${route.region}` : '#/explore'
    case 'preview':
      return route.chapter ? `#/preview/${route.chapter}` : '#/preview'
    case 'practice':
      return route.routine ? `#/practice/${route.routine}` : '#/practice'
    case 'history':
      return '#/history'
    case 'clinician':
      return '#/clinician'
    case 'shared-routine':
      return `#/routine/${route.code}`
    case 'kiosk-setup':
      return '#/kiosk/setup'
    case 'not-found':
      return `#/${route.path}`
  }
}
