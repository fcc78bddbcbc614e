import { MAX_HOLD, MIN_HOLD } from '@/content/sharedRoutine'

/** A hold as a link carries it: whole seconds, in range (a half-typed or empty field counts as the shortest). */
export const clampHold = (n: number) =>
  Math.min(MAX_HOLD, Math.max(MIN_HOLD, Math.round(Number.isFinite(n) ? n : MIN_HOLD)))
