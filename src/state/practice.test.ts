import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { safetyQuestions } from '@/content/safety'
import { encodeRoutine, sharedRoutineId } from '@/content/sharedRoutine'
import {
  createPracticeStore,
  MAX_ENTRIES,
  type PracticeEntry,
  practiceLogRecord,
  savedRoutinesRecord,
} from './practice'
import { safetyRecord } from './safety'
import { createStorage, damagedKey } from './storage'

const day = 24 * 60 * 60 * 1000
const allNo = Object.fromEntries(safetyQuestions.map((q) => [q.id, 'no'] as const))
const entry = (over: Partial<PracticeEntry> = {}): PracticeEntry => ({
  at: Date.UTC(2026, 10, 27, 8),
  routine: 'neck-and-shoulders',
  seconds: 340,
  completed: true,
  before: 6,
  after: null,
  ...over,
})

describe('the practice store', () => {
  it('asks first, opens the routines on all no, and keeps the answers on the device', () => {
    const backend = memoryBackend()
    let now = Date.UTC(2026, 10, 27)
    const store = createPracticeStore(createStorage(backend), () => now)
    expect(store.getState().status()).toBe('ask')
    store.getState().answer(allNo)
    expect(store.getState().status()).toBe('clear')
    expect(store.getState().unsaved).toBe(false)
    // A new visit reads them back; after 90 days they are asked for again.
    const again = createPracticeStore(createStorage(backend), () => now)
    expect(again.getState().status()).toBe('clear')
    now += 91 * day
    expect(again.getState().status()).toBe('ask')
  })

  it('waits on a "not sure", and forgets the answers when the person asks to answer again', () => {
    const store = createPracticeStore(createStorage(memoryBackend()))
    store.getState().answer({ ...allNo, 'arm-symptoms': 'not-sure' })
    expect(store.getState().status()).toBe('wait')
    store.getState().askAgain()
    expect(store.getState().status()).toBe('ask')
  })

  it('holds answers for this visit when the device keeps nothing, and says so', () => {
    const store = createPracticeStore(createStorage(null))
    expect(store.getState().loaded.safety).toBe('unavailable')
    store.getState().answer(allNo)
    expect(store.getState().status()).toBe('clear')
    expect(store.getState().unsaved).toBe(true)
  })

  it('records a practice with its ratings and sets the after rating later', () => {
    const backend = memoryBackend()
    const store = createPracticeStore(createStorage(backend))
    const i = store.getState().record(entry())
    store.getState().rateAfter(i, 3)
    const read = createStorage(backend).load(practiceLogRecord)
    expect(read.outcome).toBe('ok')
    expect(read.value.entries).toEqual([entry({ after: 3 })])
  })

  it('deletes every practice from the device, damaged copy included, when asked', () => {
    const backend = memoryBackend()
    backend.setItem(damagedKey(practiceLogRecord.key), '{oops')
    const store = createPracticeStore(createStorage(backend))
    store.getState().record(entry())
    store.getState().clearLog()
    expect(store.getState().log.entries).toEqual([])
    expect(backend.getItem(practiceLogRecord.key)).toBeNull()
    expect(backend.getItem(damagedKey(practiceLogRecord.key))).toBeNull()
    expect(createPracticeStore(createStorage(backend)).getState().log.entries).toEqual([])
  })

  it('keeps routines from links, newest first, once each, and checks them on read', () => {
    const backend = memoryBackend()
    const store = createPracticeStore(createStorage(backend), () => 1000)
    const a = encodeRoutine(
      { steps: [{ id: 'settle', hold: 30 }], appointment: null, note: 'A' },
      '2026-12-07',
    )
    const b = encodeRoutine(
      { steps: [{ id: 'scalp-circles', hold: 40 }], appointment: null, note: 'B' },
      '2026-12-07',
    )
    expect(store.getState().saveRoutine(a)).toBe(sharedRoutineId(a))
    store.getState().saveRoutine(b)
    store.getState().saveRoutine(a)
    expect(store.getState().saved.map((r) => r.code)).toEqual([a, b])
    expect(createPracticeStore(createStorage(backend)).getState().saved).toHaveLength(2)
    // A stored routine that no longer reads as a link is not used.
    const raw = JSON.parse(backend.getItem(savedRoutinesRecord.key) ?? '{}')
    raw.data.routines[0].code = a.replace(':30', ':31')
    backend.setItem(savedRoutinesRecord.key, JSON.stringify(raw))
    const again = createPracticeStore(createStorage(backend))
    expect(again.getState().saved).toEqual([])
    expect(again.getState().loaded.saved).toBe('damaged')
  })

  it('keeps the newest practices when the log is full', () => {
    const store = createPracticeStore(createStorage(memoryBackend()))
    for (let k = 0; k < MAX_ENTRIES + 3; k++) store.getState().record(entry({ seconds: k }))
    const { entries } = store.getState().log
    expect(entries).toHaveLength(MAX_ENTRIES)
    expect(entries[0]?.seconds).toBe(3)
  })

  it('falls back calmly on a damaged log or answers, and keeps the damaged text', () => {
    const backend = memoryBackend()
    backend.setItem(practiceLogRecord.key, '{"version":1,"data":{"entries":[{"at":"soon"}]}}')
    backend.setItem(safetyRecord.key, 'not json')
    const store = createPracticeStore(createStorage(backend))
    expect(store.getState().loaded).toEqual({ safety: 'damaged', log: 'damaged', saved: 'empty' })
    expect(store.getState().log.entries).toEqual([])
    expect(store.getState().status()).toBe('ask')
    expect(backend.getItem(`${practiceLogRecord.key}:damaged`)).toContain('soon')
  })

  it('refuses ratings outside 0 to 10 when reading them back', () => {
    const backend = memoryBackend()
    backend.setItem(
      practiceLogRecord.key,
      JSON.stringify({ version: 1, data: { entries: [entry({ before: 11 })] } }),
    )
    expect(createStorage(backend).load(practiceLogRecord).outcome).toBe('damaged')
  })
})
