import * as v from 'valibot'
import type { SafetyQuestion, SafetyQuestionId } from '@/content/safety'
import type { Record } from './storage'

/**
 * An answer to one safety question. 'provider-ok' is a yes that the person's provider has cleared
 * for home practice, kept as such (never turned into a no).
 */
export type SafetyAnswer = 'yes' | 'no' | 'not-sure' | 'provider-ok'

/** The answers as kept on this device: when they were given, and each one. */
export interface SafetyAnswers {
  /** Milliseconds since the epoch when the check was completed, or null if never. */
  readonly answeredAt: number | null
  readonly answers: Readonly<Partial<globalThis.Record<SafetyQuestionId, SafetyAnswer>>>
}

/** Answers are asked for again after this long. */
export const SAFETY_VALID_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * What the answers allow: nothing asked yet (or too long ago, or some unanswered), the touch
 * routines open, or wait and talk to a provider first (any yes or not sure).
 */
export type SafetyStatus = 'ask' | 'clear' | 'wait'

/** Whether one answer lets the hands-on routines open for that question. */
function clears(answer: SafetyAnswer | undefined, q: Pick<SafetyQuestion, 'providerCanClear'>) {
  return answer === 'no' || (answer === 'provider-ok' && q.providerCanClear)
}

/** Decides what the answers allow at `nowMs`, for the questions asked today. */
export function safetyStatus(
  record: SafetyAnswers,
  questions: readonly Pick<SafetyQuestion, 'id' | 'providerCanClear'>[],
  nowMs: number,
): SafetyStatus {
  const { answeredAt, answers } = record
  if (answeredAt === null || nowMs - answeredAt > SAFETY_VALID_DAYS * DAY_MS) return 'ask'
  // A clock set back before the answers is not a reason to trust them longer.
  if (answeredAt > nowMs + DAY_MS) return 'ask'
  if (questions.some((q) => answers[q.id] === undefined)) return 'ask'
  return questions.every((q) => clears(answers[q.id], q)) ? 'clear' : 'wait'
}

export const noSafetyAnswers: SafetyAnswers = { answeredAt: null, answers: {} }

const answer = v.picklist(['yes', 'no', 'not-sure', 'provider-ok'])

/** Kept on this device only (never in kiosk mode), validated on read like every record. */
export const safetyRecord: Record<SafetyAnswers> = {
  key: 'stillpoint:safety',
  version: 1,
  defaults: noSafetyAnswers,
  fields: {
    answeredAt: v.nullable(v.pipe(v.number(), v.finite())),
    answers: v.record(v.string(), answer) as v.GenericSchema<unknown, SafetyAnswers['answers']>,
  },
}
