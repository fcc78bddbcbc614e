import * as v from 'valibot'
import type { SafetyQuestionId } from '@/content/safety'
import type { Record } from './storage'

/** An answer to one safety question. */
export type SafetyAnswer = 'yes' | 'no' | 'not-sure'

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

/** Decides what the answers allow at `nowMs`, for the questions asked today. */
export function safetyStatus(
  record: SafetyAnswers,
  questions: readonly SafetyQuestionId[],
  nowMs: number,
): SafetyStatus {
  const { answeredAt, answers } = record
  if (answeredAt === null || nowMs - answeredAt > SAFETY_VALID_DAYS * DAY_MS) return 'ask'
  // A clock set back before the answers is not a reason to trust them longer.
  if (answeredAt > nowMs + DAY_MS) return 'ask'
  if (questions.some((q) => answers[q] === undefined)) return 'ask'
  return questions.some((q) => answers[q] !== 'no') ? 'wait' : 'clear'
}

export const noSafetyAnswers: SafetyAnswers = { answeredAt: null, answers: {} }

const answer = v.picklist(['yes', 'no', 'not-sure'])

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
