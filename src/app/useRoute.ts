import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './routes'

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

let lastHash: string | null = null
let lastRoute: Route = { name: 'home' }

function snapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash
    lastRoute = parseRoute(lastHash)
  }
  return lastRoute
}

/** The route in the location hash; re-renders on navigation, including the back button. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
