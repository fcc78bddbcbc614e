import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { LearnHeader } from '@/features/learn/LearnPage'
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

/**
 * The top of Learn, sent beside the home screen and hidden: for a link to Learn, the script at the
 * end of the page (`openLearn`, src/app/beforePaint.ts) puts it where Learn will be, so the first
 * frame shows it, and the app renders the whole page over it. Not hydrated (it is not the screen
 * the app renders whole), so plain markup.
 */
export function renderLearnOpening(): string {
  return renderToStaticMarkup(
    <div id="learn-opening" className="learn page" hidden>
      <LearnHeader />
    </div>,
  )
}
