import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './App'

/**
 * The first screen as HTML, rendered at build time from the app's own components (the home screen
 * with the chrome every route shares, as a first visit on a fresh device sees it). The page then
 * hydrates it: `main.tsx` renders exactly this tree, so React takes over the HTML in place.
 */
export function renderFirstScreen(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
