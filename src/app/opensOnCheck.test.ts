import { describe, expect, it } from 'vitest'
import { safetyQuestions } from '@/content/safety'
import { type noSafetyAnswers, SAFETY_VALID_DAYS, safetyStatus } from '@/state/safety'
import { opensOnCheck } from './opensOnCheck'

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 11, 7, 12)
const all = (answer: string) => Object.fromEntries(safetyQuestions.map((q) => [q.id, answer]))
const kept = (answeredAt: number | null, answers: Record<string, string>) =>
  JSON.stringify({ version: 1, data: { answeredAt, answers } })

describe('opensOnCheck', () => {
  it('agrees with the safety rules on every kept record the app writes', () => {
    const records = [
      { answeredAt: null, answers: {} }, // asked for again
      { answeredAt: now - DAY, answers: all('no') },
      { answeredAt: now - DAY, answers: all('yes') }, // a reason to wait: the list, not the check
      { answeredAt: now - SAFETY_VALID_DAYS * DAY + DAY, answers: all('no') },
      { answeredAt: now - SAFETY_VALID_DAYS * DAY - DAY, answers: all('no') }, // too old
      { answeredAt: now + 2 * DAY, answers: all('no') }, // a clock set back
    ]
    for (const r of records) {
      const status = safetyStatus(r as typeof noSafetyAnswers, safetyQuestions, now)
      expect(opensOnCheck(kept(r.answeredAt, r.answers), now), JSON.stringify(r)).toBe(
        status === 'ask',
      )
    }
  })

  it('opens on the check with nothing kept, or a record that cannot be read', () => {
    for (const raw of [null, '', '{', 'null', '{"version":1}', '{"data":{"answeredAt":"soon"}}'])
      expect(opensOnCheck(raw, now), String(raw)).toBe(true)
  })
})
