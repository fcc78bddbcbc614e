import { afterEach, describe, expect, it, vi } from 'vitest'
import { safetyQuestions } from '@/content/safety'
import { type noSafetyAnswers, SAFETY_VALID_DAYS, safetyStatus } from '@/state/safety'
import { opensOnCheck } from './opensOnCheck'
import { SAFETY_KEY as KEY } from './storageKeys'

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 11, 7, 12)
const all = (answer: string) => Object.fromEntries(safetyQuestions.map((q) => [q.id, answer]))
const kept = (answeredAt: number | null, answers: Record<string, string>) =>
  JSON.stringify({ version: 1, data: { answeredAt, answers } })

/** The check's verdict with this kept in storage (null: nothing). */
const withKept = (raw: string | null) => {
  if (raw === null) localStorage.removeItem(KEY)
  else localStorage.setItem(KEY, raw)
  return opensOnCheck(KEY, now)
}
afterEach(() => localStorage.clear())

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
      expect(withKept(kept(r.answeredAt, r.answers)), JSON.stringify(r)).toBe(status === 'ask')
    }
  })

  it('opens on the check with nothing kept, a record that cannot be read, or storage refused', () => {
    for (const raw of [null, '', '{', 'null', '{"version":1}', '{"data":{"answeredAt":"soon"}}'])
      expect(withKept(raw), String(raw)).toBe(true)
    localStorage.setItem(KEY, kept(now - DAY, all('no')))
    const refused = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(opensOnCheck(KEY, now)).toBe(true)
    refused.mockRestore()
    expect(opensOnCheck(KEY, now)).toBe(false)
  })
})
