import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createFakeTrack, type FakeTrack } from '@tests/fakes/fakeTrack'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sourceCredit } from '@/content/trust'
import type { Walkthrough } from '@/content/walkthrough'
import { appStore } from '@/state/appStore'
import { defaultSettings } from '@/state/settings'
import { PreviewPage } from './PreviewPage'

// jsdom has no WebGL: a stand-in view shows what it was asked to draw.
vi.mock('@/scene/BodyView', async () => ({
  BodyView: (await import('@tests/fakes/FakeBodyView')).FakeBodyView,
}))

// The real guided run (useGuidedRun), on a hand-driven narration and a silent soundscape.
let track: FakeTrack
vi.mock('@/sound/howlVoices', async () => {
  const { createTrackVoice } = await import('@/sound/voice')
  return {
    streamedNarration: (_src: readonly string[], length: number) => createTrackVoice(track, length),
    ambientSoundscape: () => ({
      setLevels: () => undefined,
      setBed: () => undefined,
      setActive: () => undefined,
      setDucked: () => undefined,
      chime: () => undefined,
      dispose: () => undefined,
    }),
  }
})

const walkthrough: Walkthrough = {
  id: 'test',
  title: 'Your first session',
  duration: 90,
  cues: [
    {
      kind: 'cue',
      id: 'a',
      at: 2,
      spokenDuration: 3,
      chapter: 'A calm room',
      spoken: 'Welcome.',
      caption: 'Welcome.',
      focus: [],
      shot: 'whole-body',
    },
    {
      kind: 'cue',
      id: 'b',
      at: 30,
      spokenDuration: 3,
      chapter: 'Hands on the head',
      spoken: 'Head.',
      caption: 'Hands rest on your head.',
      focus: ['cranium'],
      shot: 'head',
      therapistHands: ['cranium'],
    },
    {
      kind: 'cue',
      id: 'c',
      at: 60,
      spokenDuration: 3,
      chapter: 'The neck',
      spoken: 'Neck.',
      caption: 'Now the neck.',
      focus: ['cervical'],
      shot: 'neck',
      therapistHands: ['cervical'],
    },
  ],
}
const files = {
  narration: { webm: 'n.webm', mp3: 'n.mp3' },
  beds: { 'warm-pad': { file: 'p.mp3' }, 'slow-waves': { file: 'w.mp3' } },
  chime: { webm: 'c.webm', mp3: 'c.mp3' },
}

/** Opens the page, and waits until its run is ready (the page makes it when the browser is idle). */
async function renderPage(chapter?: string) {
  const view = render(
    <PreviewPage walkthrough={walkthrough} files={files} chapter={chapter} focusOnMount={false} />,
  )
  await waitFor(
    () => expect(screen.getByRole('button', { name: 'Play' }).hasAttribute('disabled')).toBe(false),
    { timeout: 5_000 },
  )
  return view
}
const playButton = () => screen.getByRole('button', { name: /^(Play|Pause)$/ })
const caption = () => document.querySelector('.caption')?.textContent ?? null
const flushFrames = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 50))
  })

/**
 * A person at the keyboard and pointer. The run's state reaches the page as a transition (a
 * moment after the caption), so each action lets the page catch up before anything is checked.
 */
function person() {
  const user = userEvent.setup()
  return {
    async click(el: Element) {
      await user.click(el)
      await flushFrames()
    },
    async keyboard(keys: string) {
      await user.keyboard(keys)
      await flushFrames()
    },
  }
}

beforeEach(() => {
  track = createFakeTrack(90)
  appStore.setState({ settings: defaultSettings, clinic: {} })
})
afterEach(cleanup)

describe('PreviewPage', { timeout: 20_000 }, () => {
  it('plays and pauses, and the caption and body follow the voice', async () => {
    const user = person()
    await renderPage()
    await user.click(playButton())
    expect(playButton().getAttribute('aria-label')).toBe('Pause')
    track.advance(31)
    await flushFrames()
    expect(caption()).toBe('Hands rest on your head.')
    const body = screen.getByTestId('body')
    // The body follows the run itself: told the run's time as the voice reached the cue.
    expect(body.dataset.follows).toBe('run')
    expect(body.dataset.runPlaying).toBe('true')
    expect(Number(body.dataset.runT)).toBeCloseTo(31, 0)
    expect(body.dataset.pose).toBe('lying')
    expect(body.dataset.shot).toBe('head')
    expect(body.dataset.therapistHands).toBe('cranium')
    expect(body.getAttribute('aria-label')).toMatch(/The head is highlighted/)
    expect(screen.getByText('Chapter 2 of 3: Hands on the head')).toBeTruthy()
    await user.click(playButton())
    expect(playButton().getAttribute('aria-label')).toBe('Play')
    // Held: the body is told the run stopped where the voice did.
    expect(body.dataset.runPlaying).toBe('false')
    expect(Number(body.dataset.runT)).toBeCloseTo(31, 0)
  })

  it('skips 15 seconds back and forward, and shows elapsed and remaining time', async () => {
    const user = person()
    const { container } = await renderPage()
    await user.click(screen.getByRole('button', { name: 'Forward 15 seconds' }))
    await user.click(screen.getByRole('button', { name: 'Forward 15 seconds' }))
    expect(container.querySelector('.transport-times')?.textContent).toBe('0:30−1:00')
    expect(caption()).toBe('Hands rest on your head.')
    await user.click(screen.getByRole('button', { name: 'Back 15 seconds' }))
    expect(container.querySelector('.transport-times')?.textContent).toBe('0:15−1:15')
    const scrub = screen.getByRole('slider', { name: 'Position in the session' })
    expect(scrub.getAttribute('aria-valuetext')).toBe('15 seconds of 1 minute 30 seconds')
  })

  it('updates the time after a skip that stays inside one line, while paused', async () => {
    const user = person()
    const { container } = await renderPage('hands-on-the-head')
    await user.click(screen.getByRole('button', { name: 'Forward 15 seconds' }))
    expect(caption()).toBe('Hands rest on your head.')
    expect(container.querySelector('.transport-times')?.textContent).toBe('0:45−0:45')
  })

  it('jumps to a chapter from the list, and marks it as the current one', async () => {
    const user = person()
    await renderPage()
    const nav = screen.getByRole('navigation', { name: 'Chapters' })
    await user.click(within(nav).getByRole('button', { name: /The neck/ }))
    expect(
      within(nav)
        .getByRole('button', { name: /The neck/ })
        .getAttribute('aria-current'),
    ).toBe('step')
    expect(caption()).toBe('Now the neck.')
  })

  it('starts at a chapter from a deep link', async () => {
    await renderPage('hands-on-the-head')
    // The caption is painted on a frame after the seek, and the run's state reaches the page as a
    // transition: wait for both, not for a set time (a busy machine takes longer).
    await waitFor(
      () => {
        expect(caption()).toBe('Hands rest on your head.')
        expect(screen.getByText('Chapter 2 of 3: Hands on the head')).toBeTruthy()
      },
      { timeout: 5_000 },
    )
  })

  it('hides captions with the toggle and keeps the choice', async () => {
    const user = person()
    await renderPage('the-neck')
    await user.click(screen.getByRole('button', { name: 'Captions' }))
    expect(caption()).toBeNull()
    expect(appStore.getState().settings.captions).toBe(false)
    expect(screen.getByRole('button', { name: 'Captions' }).getAttribute('aria-pressed')).toBe(
      'false',
    )
  })

  it('Space and the arrows work away from the controls, and never steal a control’s keys', async () => {
    const user = person()
    await renderPage()
    screen.getByRole('heading', { level: 1 }).focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByText('Chapter 1 of 3: A calm room')).toBeTruthy()
    await user.keyboard(' ')
    expect(playButton().getAttribute('aria-label')).toBe('Pause')
    // On a chapter button, Space presses that button, not play/pause.
    const nav = screen.getByRole('navigation', { name: 'Chapters' })
    within(nav)
      .getByRole('button', { name: /The neck/ })
      .focus()
    await user.keyboard(' ')
    expect(playButton().getAttribute('aria-label')).toBe('Pause')
    expect(caption()).toBe('Now the neck.')
  })

  it('ends with a summary and the paths onward', async () => {
    await renderPage('the-neck')
    const user = person()
    const summary = () => screen.queryByRole('heading', { name: 'That was a first session' })
    const forward = screen.getByRole('button', { name: 'Forward 15 seconds' })
    await user.click(forward)
    expect(summary()).toBeNull()
    await user.click(forward)
    expect(summary()).not.toBeNull()
    expect(document.activeElement).toBe(summary())
    expect(screen.getByRole('link', { name: 'Read more in Learn' }).getAttribute('href')).toBe(
      '#/learn/what-happens',
    )
    expect(screen.getByRole('link', { name: 'Explore the body' }).getAttribute('href')).toBe(
      '#/explore',
    )
  })

  it('says when to contact a provider at the end, with the clinic’s number once configured', async () => {
    appStore.getState().setClinic({ name: 'Harbour Wellness', phone: '(555) 010-2030' })
    await renderPage('the-neck')
    await person().click(screen.getByRole('button', { name: 'Forward 15 seconds' }))
    await person().click(screen.getByRole('button', { name: 'Forward 15 seconds' }))
    expect(screen.getByText(/severe pain or discomfort/)).toBeTruthy()
    expect(screen.getByText('Call Harbour Wellness')).toBeTruthy()
    expect(screen.getByRole('link', { name: '(555) 010-2030' }).getAttribute('href')).toBe(
      'tel:5550102030',
    )
  })

  it('credits the source of what it says', async () => {
    await renderPage()
    expect(screen.getByText(sourceCredit)).toBeTruthy()
  })
})
