import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { type SafetyQuestionId, safetyQuestions } from '@/content/safety'
import { safetyRecord, safetyStatus } from './safety'
import { createStorage } from './storage'

const ids = safetyQuestions.map((q) => q.id)
const qs = safetyQuestions
const day = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 10, 27)
const allNo = Object.fromEntries(ids.map((id) => [id, 'no'])) as Record<SafetyQuestionId, 'no'>

describe('safetyStatus', () => {
  it('asks when nothing was answered', () => {
    expect(safetyStatus({ answeredAt: null, answers: {} }, qs, now)).toBe('ask')
  })
  it('opens the routines when every answer is no', () => {
    expect(safetyStatus({ answeredAt: now - day, answers: allNo }, qs, now)).toBe('clear')
  })
  it('asks the person to wait on any yes or not sure', () => {
    for (const a of ['yes', 'not-sure'] as const) {
      const answers = { ...allNo, concussion: a }
      expect(safetyStatus({ answeredAt: now, answers }, qs, now)).toBe('wait')
    }
  })
  it('opens the routines on a yes that the provider cleared, and records it as such', () => {
    const answers = { ...allNo, 'aneurysm-ever': 'provider-ok' } as const
    expect(safetyStatus({ answeredAt: now, answers }, qs, now)).toBe('clear')
  })
  it('lets no provider clear a bad headache now', () => {
    const answers = { ...allNo, 'headache-now': 'provider-ok' } as const
    expect(safetyStatus({ answeredAt: now, answers }, qs, now)).toBe('wait')
  })
  it('asks again after 90 days, or when a question was added since', () => {
    expect(safetyStatus({ answeredAt: now - 89 * day, answers: allNo }, qs, now)).toBe('clear')
    expect(safetyStatus({ answeredAt: now - 91 * day, answers: allNo }, qs, now)).toBe('ask')
    const { chiari: _, ...fewer } = allNo
    expect(safetyStatus({ answeredAt: now, answers: fewer }, qs, now)).toBe('ask')
  })
  it('does not trust answers dated in the future (a clock set wrong)', () => {
    expect(safetyStatus({ answeredAt: now + 10 * day, answers: allNo }, qs, now)).toBe('ask')
  })
})

describe('the safety record', () => {
  it('round-trips through storage, and damaged answers fall back to asking again', () => {
    const backend = memoryBackend()
    const storage = createStorage(backend)
    storage.save(safetyRecord, { answeredAt: now, answers: allNo })
    const loaded = storage.load(safetyRecord)
    expect(loaded.outcome).toBe('ok')
    expect(safetyStatus(loaded.value, qs, now)).toBe('clear')
    backend.setItem(
      safetyRecord.key,
      JSON.stringify({ version: 1, data: { answeredAt: now, answers: { concussion: 'maybe' } } }),
    )
    const damaged = storage.load(safetyRecord)
    expect(damaged.outcome).toBe('damaged')
    expect(safetyStatus(damaged.value, qs, now)).toBe('ask')
  })
})

describe('the safety copy', () => {
  it('keeps every home-practice rule of CONTENT.md 8 and 10', async () => {
    const { practiceRules, emergencySigns } = await import('@/content/safety')
    const rules = practiceRules.join(' ')
    for (const rule of [
      /light pressure/i,
      /front or sides of your neck/,
      /throat/,
      /below your ears/,
      /bones of your spine/,
      /dizzy, numb, tingly or sick to your stomach/,
      /twisting or cracking/,
      /bend your head back/,
      /get up slowly/i,
    ]) {
      expect(rules).toMatch(rule)
    }
    const signs = emergencySigns.signs.join(' ')
    for (const sign of [/sight or speech/, /one side/, /sudden, very bad headache/, /balance/]) {
      expect(signs).toMatch(sign)
    }
    expect(safetyQuestions.find((q) => q.id === 'arm-symptoms')?.text).toMatch(/weakness/)
  })

  it('asks about an aneurysm ever had, a bad headache now, and never says "recently"', () => {
    const text = (id: string) => safetyQuestions.find((q) => q.id === id)?.text ?? ''
    expect(text('aneurysm-ever')).toMatch(/have, or have you ever had/)
    expect(text('headache-now')).toMatch(/new, very bad, or getting worse/)
    for (const q of safetyQuestions) expect(q.text).not.toMatch(/recent/i)
  })

  it('never tells a person which answer to give', async () => {
    const safety = await import('@/content/safety')
    const said = JSON.stringify(safety)
    expect(said).not.toMatch(/answer (?:no|yes)\b/i)
  })
})
