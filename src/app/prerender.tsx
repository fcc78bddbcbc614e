import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { App } from './App'
import { openings } from './openings'

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
 * The tops of the screens a link most often opens (`openings`, openings.tsx), sent beside the home
 * screen as inert templates: for a link straight to one of them, the script where the page ends
 * (`openScreen`, src/app/beforePaint.ts) puts its top where the screen will be, so the first
 * frame shows it, and the app renders the screen over it. Not hydrated (the app renders its own),
 * so plain markup.
 */
export function renderOpenings(): string {
  return (Object.keys(openings) as (keyof typeof openings)[])
    .map(
      (name) =>
        `<template data-opening="${name}">${renderToStaticMarkup(openings[name])}</template>`,
    )
    .join('')
}
