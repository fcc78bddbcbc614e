import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memoryBackend } from '@tests/fakes/memoryStorage'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { timeRoutine } from '@/content/practice'
import type { RoutineScript } from '@/content/routine'
import { safetyQuestions } from '@/content/safety'
import { appStore } from '@/state/appStore'
import { createPracticeStore, type PracticeStore } from '@/state/practice'
import { defaultSettings } from '@/state/settings'
import { createStorage } from '@/state/storage'
import { PracticePage } from './PracticePage'

// jsdom has no WebGL: a stand-in view shows what it was asked to draw.
vi.mock('@/scene/BodyView', async () => ({
  BodyView: (await import('@tests/fakes/FakeBodyView')).FakeBodyView,
}))

// The real guided run (useGuidedRun) with a voice that is always ready and silent, on the
// page's own time, which the test moves by hand (performance.now is faked; timers are not).
let chimes = 0
vi.mock('@/sound/howlVoices', async () => {
  const { createPerformanceClock } = await import('@/engine/clock')
  const { silentSoundscape } = await import('@tests/fakes/silentSoundscape')
  return {
    streamedClips: () => ({
      ...createPerformanceClock(),
      waiting: () => false,
      loaded: () => true,
      onFailure: () => undefined,
      setVolume: () => undefined,
    }),
    ambientSoundscape: () =>
      silentSoundscape(() => {
        chimes++
      }),
  }
})

const step = (id: string, title: string, hold: number) => ({
  id,
  title,
  spoken: `${title}, spoken.`,
  regions: [],
  placement: { left: 'scalp', right: 'scalp' } as const,
  hold,
  breath: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  cautions: ['Light pressure only.'],
  shot: 'head' as const,
})
const scripts: RoutineScript[] = [
  {
    id: 'scalp',
    title: 'Scalp and temples',
    summary: 'Slow circles.',
    pose: 'seated',
    touch: true,
    steps: [step('circles', 'Scalp circles', 30), step('temples', 'Temples', 20)],
  },
  {
    id: 'breathing',
    title: 'Breathing only',
    summary: 'No touch at all.',
    pose: 'lying',
    touch: false,
    steps: [{ ...step('breaths', 'Slow breaths', 30), placement: { left: 'belly', right: null } }],
  },
]
// Each step's clip is 5 s: lead-in 2, the first step at 2 (voice at 3.5), the second at
// 3.5 + 5 + 30 + 1.5 = 40 (voice at 41.5).
const routines = scripts.map((s) =>
  timeRoutine(
    s,
    Object.fromEntries(
      s.steps.map((st) => [st.id, { duration: 5, files: { webm: 'x.webm', mp3: 'x.mp3' } }]),
    ),
  ),
)
const files = {
  beds: { 'warm-pad': { file: 'p.mp3' }, 'slow-waves': { file: 'w.mp3' } },
  chime: { webm: 'c.webm', mp3: 'c.mp3' },
}
const allNo = Object.fromEntries(safetyQuestions.map((q) => [q.id, 'no'] as const))

let store: PracticeStore
const renderPage = (routineId?: string, kiosk = false) =>
  render(
    <PracticePage
      routineId={routineId}
      routines={routines}
      files={files}
      store={store}
      kiosk={kiosk}
      focusOnMount={false}
    />,
  )

const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 60))
  })
/** Moves the run's time on by `seconds`, ticking it as the page's frame loop would. */
const advance = async (seconds: number) => {
  await act(async () => {
    vi.advanceTimersByTime(seconds * 1000)
  })
  await flush()
}
const answerAll = async (user: ReturnType<typeof userEvent.setup>, answer: 'No' | 'Yes') => {
  for (const group of screen.getAllByRole('group')) {
    const radio = within(group).queryByRole('radio', { name: answer })
    if (radio) await user.click(radio)
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await flush()
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance'] })
  chimes = 0
  store = createPracticeStore(createStorage(memoryBackend()))
  appStore.setState({ settings: defaultSettings, clinic: {} })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

// Answering every question with user-event takes seconds on a busy machine: room for it.
describe('the safety check', { timeout: 20_000 }, () => {
  it('comes first, needs every answer, and all no opens the routines', async () => {
    const user = userEvent.setup()
    renderPage()
    expect(screen.getByRole('heading', { name: 'Before you practice' })).toBeTruthy()
    expect(screen.getByText(/It is not craniosacral therapy/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert').textContent).toMatch(/9 are\s+still open/)
    await answerAll(user, 'No')
    expect(screen.queryByRole('heading', { name: 'Before you practice' })).toBeNull()
    expect(screen.getByRole('link', { name: /Scalp and temples/ })).toBeTruthy()
    expect(store.getState().status()).toBe('clear')
  })

  it('any yes closes the hands-on routines kindly, with the clinic number and what is open', async () => {
    appStore.setState({ clinic: { name: 'Harbour Clinic', phone: '(555) 010-2030' } })
    const user = userEvent.setup()
    renderPage()
    for (const group of screen.getAllByRole('group')) {
      const no = within(group).queryByRole('radio', { name: 'No' })
      if (no) await user.click(no)
    }
    const concussion = screen.getByRole('group', { name: /concussion/ })
    await user.click(within(concussion).getByRole('radio', { name: 'Not sure' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await flush()
    expect(screen.getByRole('heading', { name: 'Check with your provider first' })).toBeTruthy()
    expect(screen.getByRole('link', { name: /\(555\) 010-2030/ }).getAttribute('href')).toBe(
      'tel:5550102030',
    )
    // The breathing routine, the preview and Learn stay open; the hands-on one is closed.
    expect(screen.getAllByRole('link', { name: /Breathing only/ }).length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: 'Preview a session' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /Scalp and temples/ })).toBeNull()
    expect(screen.getByText('After you talk to your provider')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /ask me again/ }))
    expect(screen.getByRole('heading', { name: 'Before you practice' })).toBeTruthy()
  })

  it('tells no one which answer to give, and keeps a provider’s OK as its own answer', async () => {
    const user = userEvent.setup()
    renderPage()
    expect(screen.queryByText(/answer no/i)).toBeNull()
    const provider = 'My provider has said home practice is fine for me'
    for (const group of screen.getAllByRole('group')) {
      const no = within(group).queryByRole('radio', { name: 'No' })
      if (no) await user.click(no)
    }
    // Asked only after a yes, and not for a bad headache now, which no earlier word can clear.
    expect(screen.queryByRole('checkbox', { name: provider })).toBeNull()
    const headache = screen.getByRole('group', { name: /headache right now/ })
    await user.click(within(headache).getByRole('radio', { name: 'Yes' }))
    expect(screen.queryByRole('checkbox', { name: provider })).toBeNull()
    await user.click(within(headache).getByRole('radio', { name: 'No' }))
    const aneurysm = screen.getByRole('group', { name: /have you ever had, a brain aneurysm/ })
    await user.click(within(aneurysm).getByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('checkbox', { name: provider }))
    expect(within(aneurysm).getByRole('radio', { name: 'Yes' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await flush()
    expect(store.getState().safety.answers['aneurysm-ever']).toBe('provider-ok')
    expect(store.getState().status()).toBe('clear')
    expect(screen.getByRole('link', { name: /Scalp and temples/ })).toBeTruthy()
    expect(screen.getByText(/your provider told you home practice is fine for one/)).toBeTruthy()
  })

  it('a deep link to a hands-on routine asks first, then opens that routine', async () => {
    const user = userEvent.setup()
    renderPage('scalp')
    expect(screen.getByRole('heading', { name: 'Before you practice' })).toBeTruthy()
    await answerAll(user, 'No')
    expect(await screen.findByRole('heading', { level: 1, name: 'Scalp and temples' })).toBeTruthy()
    // Start is offered once the run is ready (the page makes it when the browser is idle).
    expect(await screen.findByRole('button', { name: 'Start' }, { timeout: 5_000 })).toBeTruthy()
  })

  it('a bad headache now: a sudden, very bad one is an emergency, said first', () => {
    store.getState().answer({ ...allNo, 'headache-now': 'yes' })
    renderPage()
    const wait = screen.getByRole('region', { name: 'Check with your provider first' })
    expect(wait.querySelector('p')?.textContent).toMatch(/suddenly and is very bad, call emergency/)
    cleanup()
    store.getState().answer({ ...allNo, chiari: 'yes' })
    renderPage()
    expect(screen.queryByText(/suddenly and is very bad/)).toBeNull()
  })

  it('a deep link to a hands-on routine while waiting shows the kind message, not the routine', () => {
    store.getState().answer({ ...allNo, chiari: 'yes' })
    renderPage('scalp')
    expect(screen.getByRole('heading', { name: 'Check with your provider first' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
  })

  it('the breathing routine needs no check', async () => {
    renderPage('breathing')
    expect(await screen.findByRole('heading', { level: 1, name: 'Breathing only' })).toBeTruthy()
  })

  it('says calmly when a routine does not exist, and lists the ones that do', async () => {
    store.getState().answer(allNo)
    renderPage('no-such-routine')
    expect(screen.getByRole('heading', { name: 'We could not find that routine' })).toBeTruthy()
    expect(screen.getByRole('link', { name: /Scalp and temples/ })).toBeTruthy()
  })

  it('holds the answers for this visit with a notice when the device keeps nothing', async () => {
    store = createPracticeStore(createStorage(null))
    const user = userEvent.setup()
    renderPage()
    await answerAll(user, 'No')
    expect(screen.getByText(/hold for this visit only/)).toBeTruthy()
    expect(screen.getByRole('link', { name: /Scalp and temples/ })).toBeTruthy()
  })
})

describe('a routine', { timeout: 20_000 }, () => {
  const start = async (user: ReturnType<typeof userEvent.setup>) => {
    store.getState().answer(allNo)
    renderPage('scalp')
    await user.click(await screen.findByRole('radio', { name: '6' }))
    await user.click(await screen.findByRole('button', { name: 'Start' }, { timeout: 5_000 }))
    await flush()
  }
  const instruction = () => document.querySelector('.caption')?.textContent ?? ''
  const guide = () => document.querySelector('.step-guide')?.textContent ?? ''

  it('plays step by step: instruction, countdown, breath, a chime and a glow at each new step', async () => {
    const user = userEvent.setup()
    await start(user)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Get comfortable')
    await advance(3)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Scalp circles')
    expect(instruction()).toBe('Scalp circles, spoken.')
    expect(guide()).toContain('Listen')
    expect(document.querySelector('.step-guide')?.hasAttribute('data-fresh')).toBe(true)
    await advance(6.5)
    expect(guide()).toMatch(/Breathe in/)
    expect(guide()).toContain('0:29 left')
    expect(screen.getByText('Light pressure only.')).toBeTruthy()
    await advance(30.5)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Temples')
    // A chime as the first step began, and one as the second followed it.
    expect(chimes).toBe(2)
    const body = screen.getByTestId('body')
    // The body follows the run itself, and was told its time as the second step began.
    expect(body.dataset.follows).toBe('run')
    expect(body.dataset.runPlaying).toBe('true')
    expect(Number(body.dataset.runT)).toBeGreaterThanOrEqual(40)
    expect(body.dataset.shot).toBe('head')
    expect(body.dataset.pose).toBe('seated')
    expect(body.dataset.placement).toBe('scalp,scalp')
    expect(body.getAttribute('aria-label')).toBe(
      'A figure sitting upright. Both hands rest on the top of the head.',
    )
    expect(screen.getByText(/Step 2 of 2: Temples/)).toBeTruthy()
  })

  it('Stop pauses and asks "Are you OK?"; each answer guides, and continuing resumes', async () => {
    appStore.setState({ clinic: { phone: '+44 20 7946 0000' } })
    const user = userEvent.setup()
    await start(user)
    await advance(10)
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    await flush()
    expect(screen.getByRole('heading', { name: 'Are you OK?' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    const held = screen.getByTestId('body').dataset.runT
    await advance(5)
    expect(screen.getByTestId('body').dataset.runT).toBe(held)
    expect(screen.getByTestId('body').dataset.runPlaying).toBe('false')
    await user.click(screen.getByRole('button', { name: 'I feel dizzy' }))
    const guidance = screen.getByRole('status').textContent ?? ''
    expect(guidance).toMatch(/contact your provider/)
    // A fall or loss of balance is an emergency, and that is said first.
    expect(guidance.indexOf('emergency services')).toBeLessThan(guidance.indexOf('provider'))
    expect(guidance).toMatch(/lose your balance or fall/)
    expect(screen.getByText(/Call emergency services at once/)).toBeTruthy()
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByRole('link', { name: /7946/ }).getAttribute('href')).toBe(
      'tel:+442079460000',
    )
    // Once a symptom is named, ending is the main choice; continuing is still there.
    expect(screen.getByRole('button', { name: 'End the practice' }).className).toContain('primary')
    await user.click(screen.getByRole('button', { name: 'It has passed, continue' }))
    await flush()
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
  })

  it.each([
    ['I feel numb, tingly or weak', /one side of your body.*Call emergency services now/],
    ['I lost my balance or fell', /^Call emergency services now/],
    ['My sight or speech has changed', /^Call emergency services now/],
    ['A sudden, very bad headache', /^Call emergency services now/],
    ['A headache or pain is getting worse', /suddenly and is very bad, call emergency services/],
  ])(
    '"%s": emergency guidance first, no way to continue, and the end is a screen to rest',
    async (label, first) => {
      appStore.setState({ clinic: { phone: '+44 20 7946 0000' } })
      const user = userEvent.setup()
      await start(user)
      await advance(10)
      await user.click(screen.getByRole('button', { name: 'Stop' }))
      await flush()
      await user.click(screen.getByRole('button', { name: label }))
      const said = [...screen.getByRole('status').querySelectorAll('p')].map((p) => p.textContent)
      expect(said[0]).toMatch(first)
      expect(screen.queryByRole('button', { name: /continue/ })).toBeNull()
      await user.click(screen.getByRole('button', { name: 'End the practice' }))
      await flush()
      expect(screen.getByRole('heading', { level: 1, name: 'Rest now' })).toBeTruthy()
      expect(document.querySelector('.routine-end p.stop-emergency')?.textContent).toMatch(first)
      if (first.source.startsWith('^Call')) {
        // Help is on its way: one message, not a provider's number beside it.
        expect(
          screen.getByText('While you wait for help, stay sitting or lying down.'),
        ).toBeTruthy()
        expect(screen.queryByText(/contact your provider/)).toBeNull()
      } else expect(screen.getByRole('link', { name: /7946/ })).toBeTruthy()
      // Nothing invites going on: no "Practice again", no rating.
      expect(screen.queryByRole('button', { name: 'Practice again' })).toBeNull()
      expect(screen.queryByRole('radio')).toBeNull()
      expect(store.getState().log.entries[0]).toMatchObject({ completed: false })
    },
  )

  it('on a kiosk, Stop points to the front desk first', async () => {
    const user = userEvent.setup()
    store.getState().answer(allNo)
    renderPage('scalp', true)
    await user.click(await screen.findByRole('button', { name: 'Start' }, { timeout: 5_000 }))
    await flush()
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    await flush()
    await user.click(screen.getByRole('button', { name: 'I feel numb, tingly or weak' }))
    const said = [...screen.getByRole('status').querySelectorAll('p')].map((p) => p.textContent)
    expect(said[0]).toMatch(/front desk now/)
    expect(said[1]).toMatch(/emergency services/)
    await user.click(screen.getByRole('button', { name: 'I feel sick to my stomach' }))
    expect(screen.getByRole('status').querySelector('p')?.textContent).toMatch(/front desk/)
  })

  it('asks about today before a hands-on routine starts, whatever the answers said weeks ago', async () => {
    store.getState().answer(allNo)
    renderPage('scalp')
    expect(await screen.findByText(/Today, do you have a headache/)).toBeTruthy()
    cleanup()
    renderPage('breathing')
    await screen.findByRole('button', { name: 'Start' }, { timeout: 5_000 })
    expect(screen.queryByText(/Today, do you have a headache/)).toBeNull()
  })

  it('ending early keeps the practice with its rating, and the end screen rates it after', async () => {
    const user = userEvent.setup()
    await start(user)
    await advance(12)
    await user.keyboard('s')
    await flush()
    await user.click(screen.getByRole('button', { name: 'End the practice' }))
    await flush()
    expect(screen.getByRole('heading', { name: 'That was your practice' })).toBeTruthy()
    expect(screen.getByText(/You stopped early/)).toBeTruthy()
    expect(screen.getByText(/get up slowly/i)).toBeTruthy()
    const [kept] = store.getState().log.entries
    expect(kept).toMatchObject({ routine: 'scalp', completed: false, before: 6, after: null })
    expect(kept?.seconds).toBe(12)
    await user.click(screen.getByRole('radio', { name: '2' }))
    expect(store.getState().log.entries[0]?.after).toBe(2)
    await user.click(screen.getByRole('button', { name: 'Practice again' }))
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
  })

  it('finishes on its own at the end, and the keys move between steps', async () => {
    const user = userEvent.setup()
    await start(user)
    await user.keyboard('{ArrowRight}')
    await flush()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Scalp circles')
    await user.keyboard('{ArrowRight}')
    await flush()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Temples')
    await user.keyboard('{ArrowLeft}')
    await flush()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Scalp circles')
    await user.keyboard(' ')
    await flush()
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    await user.keyboard(' ')
    await advance(100)
    expect(screen.getByRole('heading', { name: 'That was your practice' })).toBeTruthy()
    expect(store.getState().log.entries[0]).toMatchObject({ completed: true })
  })
})
