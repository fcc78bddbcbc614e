import { describe, expect, it } from 'vitest'
import { firstScreen, type Outcome, type RoutineAction, routineScreen } from './routineScreen'

const outcome: Outcome = { id: 'p1', completed: false, seconds: 42, reason: 'dizzy' }
const run = (...actions: RoutineAction[]) => actions.reduce(routineScreen, firstScreen)

describe('the routine’s screens', () => {
  it('before → play → end → before, carrying the ratings', () => {
    expect(run({ type: 'rate-before', value: 6 })).toEqual({ phase: 'before', before: 6 })
    expect(run({ type: 'rate-before', value: 6 }, { type: 'start' })).toEqual({
      phase: 'play',
      before: 6,
      stopOpen: false,
    })
    const ended = run(
      { type: 'start' },
      { type: 'finish', outcome },
      { type: 'rate-after', value: 3 },
    )
    expect(ended).toEqual({ phase: 'end', outcome, after: 3 })
    expect(routineScreen(ended, { type: 'again' })).toEqual(firstScreen)
  })

  it('Stop opens over the player and closes again', () => {
    const stopped = run({ type: 'start' }, { type: 'stop' })
    expect(stopped).toMatchObject({ phase: 'play', stopOpen: true })
    expect(routineScreen(stopped, { type: 'close-stop' })).toMatchObject({ stopOpen: false })
    // Ending from the Stop dialog leaves nothing of it open.
    expect(routineScreen(stopped, { type: 'finish', outcome })).toEqual({
      phase: 'end',
      outcome,
      after: null,
    })
  })

  it('ignores what does not belong on the screen it arrives on', () => {
    expect(run({ type: 'stop' })).toEqual(firstScreen)
    expect(run({ type: 'finish', outcome })).toEqual(firstScreen)
    expect(run({ type: 'rate-after', value: 2 })).toEqual(firstScreen)
    expect(run({ type: 'again' })).toEqual(firstScreen)
    const ended = run({ type: 'start' }, { type: 'finish', outcome })
    const later = { ...outcome, id: 'p2' }
    expect(routineScreen(ended, { type: 'finish', outcome: later })).toBe(ended)
    expect(routineScreen(ended, { type: 'stop' })).toBe(ended)
    expect(routineScreen(ended, { type: 'start' })).toBe(ended)
    expect(run({ type: 'start' }, { type: 'rate-before', value: 4 })).toMatchObject({
      before: null,
    })
  })
})
