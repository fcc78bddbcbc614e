import type { StopAnswerId } from '@/content/practiceCopy'

/** How a practice ended. */
export interface Outcome {
  /** The practice log's entry for it. */
  readonly id: string
  readonly completed: boolean
  readonly seconds: number
  /** The Stop answer the practice ended with, if any. */
  readonly reason: StopAnswerId | null
}

/**
 * Where one routine is, as a person sees it: getting ready (with the "before" rating), the
 * player (with the Stop dialog over it, or not), and the end (with the "after" rating).
 */
export type RoutineScreen =
  | { readonly phase: 'before'; readonly before: number | null }
  | { readonly phase: 'play'; readonly before: number | null; readonly stopOpen: boolean }
  | { readonly phase: 'end'; readonly outcome: Outcome; readonly after: number | null }

export type RoutineAction =
  | { readonly type: 'rate-before'; readonly value: number | null }
  | { readonly type: 'start' }
  /** Stop was pressed: the run holds and "Are you OK?" opens. */
  | { readonly type: 'stop' }
  /** The Stop dialog closed: to go on, or just closed. */
  | { readonly type: 'close-stop' }
  | { readonly type: 'finish'; readonly outcome: Outcome }
  | { readonly type: 'rate-after'; readonly value: number | null }
  | { readonly type: 'again' }

export const firstScreen: RoutineScreen = { phase: 'before', before: null }

/**
 * The routine's screens as pure state. Anything that does not fit the screen it arrives on is
 * ignored (a late Stop at the end, a second finish), so no sequence of presses can show a state
 * that makes no sense.
 */
export function routineScreen(screen: RoutineScreen, action: RoutineAction): RoutineScreen {
  switch (action.type) {
    case 'rate-before':
      return screen.phase === 'before' ? { ...screen, before: action.value } : screen
    case 'start':
      return screen.phase === 'before'
        ? { phase: 'play', before: screen.before, stopOpen: false }
        : screen
    case 'stop':
      return screen.phase === 'play' ? { ...screen, stopOpen: true } : screen
    case 'close-stop':
      return screen.phase === 'play' ? { ...screen, stopOpen: false } : screen
    case 'finish':
      return screen.phase === 'play'
        ? { phase: 'end', outcome: action.outcome, after: null }
        : screen
    case 'rate-after':
      return screen.phase === 'end' ? { ...screen, after: action.value } : screen
    case 'again':
      return screen.phase === 'end' ? firstScreen : screen
  }
}
