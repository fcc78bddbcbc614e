import { act, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SAFETY_KEY } from './storageKeys'

beforeEach(() => {
  vi.resetModules()
  localStorage.clear()
  window.location.hash = ''
})
afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
})

/** Renders the first screen as the build does, then hydrates it as main.tsx does, watching for complaints. */
async function prerenderThenHydrate(before?: () => void) {
  const { renderFirstScreen } = await import('./prerender')
  const html = renderFirstScreen()
  before?.()
  // The page loads its modules afresh, with whatever this device has kept.
  vi.resetModules()
  const { App } = await import('./App')
  const root = document.createElement('div')
  root.id = 'root'
  root.innerHTML = html
  document.body.append(root)
  const heading = root.querySelector('h1')
  const complaints: unknown[][] = []
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args))
  const recovered: unknown[] = []
  await act(async () => {
    hydrateRoot(
      root,
      <StrictMode>
        <App />
      </StrictMode>,
      { onRecoverableError: (e) => recovered.push(e) },
    )
  })
  error.mockRestore()
  return { html, root, heading, complaints, recovered }
}

describe('the prerendered first screen', () => {
  it('is the home screen with the shared chrome, and hydrates without a single difference', async () => {
    const { html, root, heading, complaints, recovered } = await prerenderThenHydrate()
    expect(html).toContain('A calm guide to craniosacral therapy')
    expect(html).toContain('Skip to content')
    expect(html).not.toMatch(/style="/) // the CSP forbids inline styles in HTML
    expect(complaints).toEqual([])
    expect(recovered).toEqual([])
    // Taken over in place: the same heading element, not a new one.
    expect(root.querySelector('h1')).toBe(heading)
  })

  it('hydrates cleanly for a person with their own settings and a note to show', async () => {
    const { complaints, recovered, root } = await prerenderThenHydrate(() => {
      localStorage.setItem(
        'stillpoint:settings',
        JSON.stringify({ version: 1, data: { theme: 'dark', textSize: 'large', captions: false } }),
      )
      localStorage.setItem('stillpoint:app-version', 'an older one')
    })
    expect(complaints).toEqual([])
    expect(recovered).toEqual([])
    // What only this device knows shows once the page is taken over.
    expect(root.querySelector('dialog')).not.toBeNull()
  })
})

describe('the tops of the screens a link most often opens, sent beside the home screen', () => {
  it('are inert templates of the screens’ own tops, which the app draws the same (Learn whole, the others while their code loads)', async () => {
    const { renderOpenings } = await import('./prerender')
    const sent = document.createElement('div')
    sent.innerHTML = renderOpenings()
    const templates = [...sent.querySelectorAll('template')]
    expect(templates.map((t) => t.dataset.opening)).toEqual([
      'learn',
      'preview',
      'explore',
      'practice',
      'practice-check',
    ])
    const top = (name: string) =>
      sent.querySelector<HTMLTemplateElement>(`template[data-opening="${name}"]`)?.content
        .firstElementChild
    const { render, cleanup } = await import('@testing-library/react')
    const { LearnPage } = await import('@/features/learn/LearnPage')
    const learn = render(<LearnPage focusOnMount={false} />).container
    expect(top('learn')?.querySelector('header')?.outerHTML).toBe(
      learn.querySelector('.learn-header')?.outerHTML,
    )
    cleanup()
    // The others: what the app shows while the screen's code loads is the same, word for word.
    const { ShowScreen } = await import('./screens')
    const context = { focusOnMount: false, kiosk: false, journeys: [], onEnrol: async () => false }
    for (const name of ['preview', 'explore', 'practice'] as const) {
      const { container } = render(<ShowScreen route={{ name }} context={context} />)
      // Practice with no safety answers kept opens on its check (as a first visit does).
      const sent = top(name === 'practice' ? 'practice-check' : name)
      expect(container.innerHTML, name).toBe(sent?.outerHTML)
      expect(container.querySelector('h1'), name).not.toBeNull()
      cleanup()
    }
    localStorage.setItem(
      SAFETY_KEY,
      JSON.stringify({ version: 1, data: { answeredAt: Date.now(), answers: {} } }),
    )
    const { container } = render(<ShowScreen route={{ name: 'practice' }} context={context} />)
    expect(container.innerHTML).toBe(top('practice')?.outerHTML)
    expect(container.querySelector('.safety-check')).toBeNull()
  })
})
