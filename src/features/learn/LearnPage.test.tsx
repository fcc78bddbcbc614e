import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { learnSections } from '@/content/learn'
import { sourceCredit } from '@/content/trust'
import { appStore } from '@/state/appStore'
import { LearnPage } from './LearnPage'

afterEach(() => {
  cleanup()
  appStore.getState().setClinic({})
})

describe('LearnPage', () => {
  it('asks every question as a heading with its short answer beneath', () => {
    render(<LearnPage focusOnMount={false} />)
    expect(
      screen.getByRole('heading', { level: 1, name: /craniosacral therapy, in plain words/i }),
    ).toBeTruthy()
    for (const s of learnSections) {
      const heading = screen.getByRole('heading', { level: 2, name: s.question })
      const section = heading.closest('section')
      expect(section && within(section).getByText(s.answer)).toBeTruthy()
    }
  })

  it('lists every section in the table of contents as a deep link', () => {
    render(<LearnPage focusOnMount={false} />)
    const toc = screen.getByRole('navigation', { name: 'On this page' })
    const links = within(toc).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      learnSections.map((s) => `#/learn/${s.id}`),
    )
  })

  it('marks the linked section as current and focuses its heading', () => {
    render(<LearnPage section="what-happens" focusOnMount={false} />)
    expect(
      screen.getByRole('link', { name: 'What happens in a session?' }).getAttribute('aria-current'),
    ).toBe('location')
    expect(document.activeElement?.textContent).toBe('What happens in a session?')
  })

  it('says calmly when a linked section does not exist', () => {
    render(<LearnPage section="no-such-thing" focusOnMount={false} />)
    expect(screen.getByRole('status').textContent).toMatch(/doesn’t exist/)
  })

  it('shows no phone number until a clinic configures one', () => {
    render(<LearnPage focusOnMount={false} />)
    expect(screen.queryByRole('link', { name: /\d{3}/ })).toBeNull()
    // Both sections that say to contact a provider point to the number they were given.
    expect(
      screen.getAllByText('Use the phone number your clinic or provider gave you.'),
    ).toHaveLength(2)
  })

  it('shows the clinic’s number as a call link once configured', () => {
    appStore.getState().setClinic({ name: 'Harbour Wellness', phone: '+1 (555) 010-2030' })
    render(<LearnPage focusOnMount={false} />)
    const calls = screen.getAllByRole('link', { name: '+1 (555) 010-2030' })
    expect(calls).toHaveLength(2)
    for (const call of calls) expect(call.getAttribute('href')).toBe('tel:+15550102030')
    expect(screen.getAllByText('Call Harbour Wellness')).toHaveLength(2)
  })

  it('credits the source', () => {
    render(<LearnPage focusOnMount={false} />)
    expect(screen.getByText(sourceCredit)).toBeTruthy()
  })
})
