import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { type SafetyQuestionId, safetyQuestions } from '@/content/safety'
import { safetyRecord, safetyStatus } from './safety'
import { createStorage } from './storage'

const ids = safetyQuestions.map((q) => q.id)
const day = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 10, 27)
const allNo = Object.fromEntries(ids.map((id) => [id, 'no'])) as Record<SafetyQuestionId, 'no'>

describe('safetyStatus', () => {
  it('asks when nothing was answered', () => {
    expect(safetyStatus({ answeredAt: null, answers: {} }, ids, now)).toBe('ask')
  })
  it('opens the routines when every answer is no', () => {
    expect(safetyStatus({ answeredAt: now - day, answers: allNo }, ids, now)).toBe('clear')
  })
  it('asks the person to wait on any yes or not sure', () => {
    for (const a of ['yes', 'not-sure'] as const) {
      const answers = { ...allNo, concussion: a }
      expect(safetyStatus({ answeredAt: now, answers }, ids, now)).toBe('wait')
    }
  })
  it('asks again after 90 days, or when a question was added since', () => {
    expect(safetyStatus({ answeredAt: now - 89 * day, answers: allNo }, ids, now)).toBe('clear')
    expect(safetyStatus({ answeredAt: now - 91 * day, answers: allNo }, ids, now)).toBe('ask')
    const { chiari: _, ...fewer } = allNo
    expect(safetyStatus({ answeredAt: now, answers: fewer }, ids, now)).toBe('ask')
  })
  it('does not trust answers dated in the future (a clock set wrong)', () => {
    expect(safetyStatus({ answeredAt: now + 10 * day, answers: allNo }, ids, now)).toBe('ask')
  })
})

describe('the safety record', () => {
  it('round-trips through storage, and damaged answers fall back to asking again', () => {
    const backend = memoryBackend()
    const storage = createStorage(backend)
    storage.save(safetyRecord, { answeredAt: now, answers: allNo })
    const loaded = storage.load(safetyRecord)
    expect(loaded.outcome).toBe('ok')
    expect(safetyStatus(loaded.value, ids, now)).toBe('clear')
    backend.setItem(
      safetyRecord.key,
      JSON.stringify({ version: 1, data: { answeredAt: now, answers: { concussion: 'maybe' } } }),
    )
    const damaged = storage.load(safetyRecord)
    expect(damaged.outcome).toBe('damaged')
    expect(safetyStatus(damaged.value, ids, now)).toBe('ask')
  })
})

describe('the safety copy', () => {
  it('keeps every home-practice rule of CONTENT.md 8 and 10', async () => {
    const { practiceRules, emergencySigns } = await import('@/content/safety')
    const rules = practiceRules.join(' ')
    for (const rule of [
      /light pressure/i,
      /throat/,
      /bones of your spine/,
      /dizzy, numb, tingly or sick/,
      /twisting or cracking/,
      /bend your head back/,
      /get up slowly/i,
    ]) {
      expect(rules).toMatch(rule)
    }
    for (const sign of [/sight or speech/, /one side/, /sudden and very bad headache/, /balance/]) {
      expect(emergencySigns).toMatch(sign)
    }
    expect(safetyQuestions.find((q) => q.id === 'arm-symptoms')?.text).toMatch(/weakness/)
  })
})
