import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

async function renderApp(hash = '#/') {
  window.location.hash = hash
  const { App } = await import('./App')
  const { appStore } = await import('@/state/appStore')
  render(<App />)
  return { appStore }
}

beforeEach(() => {
  vi.resetModules()
  localStorage.clear()
})
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('App', () => {
  it('keeps the kiosk layer (staff corner, idle watch) mounted from the attract screen to a visit', async () => {
    const { enrol } = await import('@/state/kioskPin')
    await enrol('24681357', Date.now(), localStorage, 100_000)
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify({ kiosk: { idleSeconds: 60 } }), { status: 200 }),
      ),
    )
    try {
      await renderApp('#/')
      const user = userEvent.setup()
      // The kiosk's code is a chunk of its own: give its first load time.
      const lazy = { timeout: 10_000 }
      const begin = await screen.findByRole('button', { name: /touch anywhere to begin/i }, lazy)
      const corner = await screen.findByTestId('staff-corner', undefined, lazy)
      await user.click(begin)
      await screen.findByRole('heading', { level: 1, name: /a calm guide/i }, lazy)
      expect(screen.getByTestId('staff-corner'), 'the same element, not a new one').toBe(corner)
    } finally {
      vi.unstubAllGlobals()
      const { device } = await import('@/state/device')
      device.setVisitorMode(false)
      sessionStorage.clear()
    }
  })

  it('a clinic file that says "kiosk" does not make a patient’s browser a kiosk', async () => {
    const clinic = { kiosk: { enabled: true, exitPin: '2468' } }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(clinic), { status: 200 })),
    )
    try {
      const { appStore } = await renderApp('#/')
      await vi.waitFor(() => expect(appStore.getState().clinicSource).toBe('file'))
      expect(screen.queryByRole('button', { name: /touch anywhere to begin/i })).toBeNull()
      expect(screen.getByRole('heading', { level: 1, name: /a calm guide/i })).toBeTruthy()
      const fields = appStore.getState().clinicProblems.map((p) => p.field)
      expect(fields).toEqual(['kiosk.enabled', 'kiosk.exitPin'])
      // The file's PIN is never shown back.
      expect(JSON.stringify(appStore.getState().clinicProblems)).not.toContain('2468')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('a link to the Preview shows its heading and promise at once, while the player loads', async () => {
    await renderApp('#/preview')
    // On the first render, before the Preview's own code has arrived.
    expect(screen.getByRole('heading', { level: 1, name: 'Your first session' })).toBeTruthy()
    expect(screen.getByText(/About 8 minutes\. A calm voice walks you through/)).toBeTruthy()
    expect(screen.getByText('Opening the session preview…')).toBeTruthy()
    // Then the player takes its place, under the same heading.
    await screen.findByRole('button', { name: 'Play' }, { timeout: 15_000 })
    expect(screen.getAllByRole('heading', { level: 1, name: 'Your first session' })).toHaveLength(1)
  }, 20_000)

  it('credits the source under the facts on the home screen', async () => {
    await renderApp('#/')
    const { sourceCredit } = await import('@/content/trust')
    expect(screen.getByText(sourceCredit)).toBeTruthy()
  })

  it('offers the Learn journey on the home screen and goes there', async () => {
    await renderApp('#/')
    const user = userEvent.setup()
    expect(screen.getByRole('heading', { level: 1, name: /a calm guide/i })).toBeTruthy()
    await user.click(screen.getByRole('link', { name: /learn about cst/i }))
    await act(async () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByRole('heading', { level: 1, name: /in plain words/i })).toBeTruthy()
    expect(document.title).toMatch(/^Learn about craniosacral therapy/)
    // Focus moves to the new screen's heading, so screen readers start there.
    expect(document.activeElement?.tagName).toBe('H1')
  })

  it('shows a calm not-found screen for a malformed link', async () => {
    await renderApp('#/learn/%E0%A4%A/oops')
    expect(screen.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to the home screen' }).getAttribute('href')).toBe(
      '#/',
    )
  })

  it('saves a settings change and applies it to the page', async () => {
    await renderApp('#/')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Settings' }))
    const dialog = screen.getByRole('dialog', { name: 'Settings' })
    await user.click(within(dialog).getByRole('radio', { name: 'Larger' }))
    await user.click(within(dialog).getByRole('switch', { name: /captions/i }))
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.textSize).toBe('larger')
    expect(document.documentElement.dataset.theme).toBe('dark')
    const saved = JSON.parse(localStorage.getItem('stillpoint:settings') ?? '{}')
    expect(saved.data).toMatchObject({ textSize: 'larger', captions: false, theme: 'dark' })
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }))
    expect(document.documentElement.dataset.textSize).toBeUndefined()
  })

  it('uses defaults with a calm notice when stored settings are damaged', async () => {
    localStorage.setItem('stillpoint:settings', '{"version":1,"data":{"textSize":')
    await renderApp('#/')
    const user = userEvent.setup()
    const notice = screen.getByText(/saved settings could not be read/i)
    expect(notice).toBeTruthy()
    expect(document.documentElement.dataset.textSize).toBeUndefined()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/saved settings could not be read/i)).toBeNull()
  })
})
