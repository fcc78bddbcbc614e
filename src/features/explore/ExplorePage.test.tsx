import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sourceCredit } from '@/content/trust'
import { ExplorePage } from './ExplorePage'

// jsdom has no WebGL: a stand-in view shows what it was asked to draw.
vi.mock('@/scene/BodyView', async () => ({
  BodyView: (await import('@tests/fakes/FakeBodyView')).FakeBodyView,
}))

afterEach(cleanup)

describe('ExplorePage', () => {
  it('selects a region from the list: it is pressed, explained, framed, and hands are shown', async () => {
    const user = userEvent.setup()
    render(<ExplorePage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Neck' }))
    expect(screen.getByRole('button', { name: 'Neck' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('heading', { level: 2, name: /Neck/ })).toBeTruthy()
    expect(screen.getByText('Seven small bones that hold up and turn your head.')).toBeTruthy()
    const body = screen.getByTestId('body')
    expect(body.dataset.shot).toBe('neck')
    expect(body.dataset.selected).toBe('cervical')
    expect(body.dataset.therapistHands).toBe('cervical')
    expect(body.getAttribute('aria-label')).toMatch(/Neck is highlighted/)
  })

  it('deselects on a second press', async () => {
    const user = userEvent.setup()
    render(<ExplorePage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'Jaw' }))
    await user.click(screen.getByRole('button', { name: 'Jaw' }))
    expect(screen.getByRole('button', { name: 'Jaw' }).getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByTestId('body').dataset.shot).toBe('whole-body')
  })

  it('selects what is tapped on the body', async () => {
    const user = userEvent.setup()
    render(<ExplorePage focusOnMount={false} />)
    await user.click(screen.getByRole('button', { name: 'tap the upper back' }))
    expect(screen.getByRole('button', { name: 'Upper back' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
  })

  it('switches pose and sweeps the whole spine', async () => {
    const user = userEvent.setup()
    render(<ExplorePage focusOnMount={false} />)
    await user.click(screen.getByRole('radio', { name: 'On the table' }))
    expect(screen.getByTestId('body').dataset.pose).toBe('lying')
    await user.click(screen.getByRole('button', { name: 'Show the whole spine' }))
    expect(screen.getByTestId('body').dataset.sweep).toBe('true')
    expect(screen.getByRole('heading', { level: 2, name: 'The whole spine' })).toBeTruthy()
    expect(screen.getByTestId('body').getAttribute('aria-label')).toMatch(
      /lying face-up.*whole spine/,
    )
  })

  it('opens a deep link with its region selected, and says so calmly when the region is unknown', () => {
    const { unmount } = render(<ExplorePage region="sacrum" focusOnMount={false} />)
    expect(screen.getByRole('button', { name: 'Sacrum' }).getAttribute('aria-pressed')).toBe('true')
    unmount()
    render(<ExplorePage region="elbow" focusOnMount={false} />)
    expect(screen.getByRole('status').textContent).toMatch(/doesn’t know/)
    const list = screen.getByRole('complementary', { name: 'Parts of the body' })
    expect(within(list).queryAllByRole('button', { pressed: true })).toHaveLength(0)
  })

  it('credits the source of its region texts', () => {
    render(<ExplorePage focusOnMount={false} />)
    expect(screen.getByText(sourceCredit)).toBeTruthy()
  })
})
