/**
 * With `?inspect` in the address (tests only), every console error and warning, uncaught error,
 * unhandled rejection and request the Content-Security-Policy refused is kept on
 * `window.__stillpointMessages`, for the cross-engine smoke tests (`tests/smoke`): WebKit's driver
 * has no console API of its own. main.tsx imports this first, before anything that could log.
 */

import { inspecting } from '@/lib/inspect'

export interface PageMessage {
  readonly kind: 'error' | 'warn' | 'pageerror' | 'rejection' | 'csp'
  readonly text: string
}

declare global {
  interface Window {
    __stillpointMessages?: PageMessage[]
  }
}

const textOf = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value)

if (inspecting() && !window.__stillpointMessages) {
  const messages: PageMessage[] = []
  window.__stillpointMessages = messages
  const kept =
    (kind: 'error' | 'warn', original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      messages.push({ kind, text: args.map(textOf).join(' ') })
      original(...args)
    }
  console.error = kept('error', console.error.bind(console))
  console.warn = kept('warn', console.warn.bind(console))
  window.addEventListener(
    'error',
    (e) => {
      // A resource that failed to load (an <img>, a <script>) reaches here too, with no message.
      const what =
        e.message ||
        (e.target instanceof Element
          ? `failed to load ${e.target.outerHTML.slice(0, 120)}`
          : 'error')
      messages.push({ kind: 'pageerror', text: what })
    },
    true,
  )
  window.addEventListener('unhandledrejection', (e) => {
    messages.push({ kind: 'rejection', text: textOf(e.reason) })
  })
  document.addEventListener('securitypolicyviolation', (e) => {
    messages.push({ kind: 'csp', text: `${e.violatedDirective} refused ${e.blockedURI}` })
  })
}
