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
import { legacyId } from './practiceLog'
import { safetyRecord } from './safety'
import { createStorage, damagedKey } from './storage'

const day = 24 * 60 * 60 * 1000
const allNo = Object.fromEntries(safetyQuestions.map((q) => [q.id, 'no'] as const))
let made = 0
const entry = (over: Partial<PracticeEntry> = {}): PracticeEntry => ({
  id: `p-${made++}`,
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
    const { id: _, ...practice } = entry()
    const id = store.getState().record(practice)
    expect(id).toMatch(/^p-[0-9a-z]+-[0-9a-z]+$/)
    store.getState().rateAfter(id, 3)
    const read = createStorage(backend).load(practiceLogRecord)
    expect(read.outcome).toBe('ok')
    expect(read.value.entries).toEqual([{ ...practice, id, after: 3 }])
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
    // One that no longer reads as a link is set aside, and the other is kept.
    const again = createPracticeStore(createStorage(backend))
    expect(again.getState().saved.map((r) => r.code)).toEqual([b])
    expect(again.getState().unreadable.routines).toHaveLength(1)
    expect(again.getState().loaded.saved).toBe('damaged')
  })

  it('keeps the newest practices when the log is full', () => {
    const backend = memoryBackend()
    const full = Array.from({ length: MAX_ENTRIES }, (_, k) =>
      entry({ id: `p-full-${k}`, at: Date.UTC(2026, 0, 1) + k * 60_000, seconds: k }),
    )
    createStorage(backend).save(practiceLogRecord, { entries: full, unreadable: [] })
    const store = createPracticeStore(createStorage(backend))
    for (let k = 0; k < 3; k++) {
      const { id: _, ...later } = entry({ at: Date.UTC(2026, 11, 1) + k, seconds: 9000 + k })
      store.getState().record(later)
    }
    const { entries } = store.getState().log
    expect(entries).toHaveLength(MAX_ENTRIES)
    expect(entries[0]?.seconds).toBe(3)
    expect(entries.at(-1)?.seconds).toBe(9002)
  })

  it('one bad entry among good ones: the rest are kept and shown, the bad one set aside as it was', () => {
    const backend = memoryBackend()
    const good = [entry({ id: 'p-a' }), entry({ id: 'p-b', at: Date.UTC(2026, 10, 28) })]
    const bad = { at: 'soon', routine: 'neck-and-shoulders' }
    const tooTense = entry({ before: 11 })
    backend.setItem(
      practiceLogRecord.key,
      JSON.stringify({
        version: 1,
        data: { entries: [good[0], bad, good[1], tooTense] },
      }),
    )
    const store = createPracticeStore(createStorage(backend))
    expect(store.getState().loaded.log).toBe('damaged')
    expect(store.getState().log.entries.map((e) => e.id)).toEqual(['p-a', 'p-b'])
    expect(store.getState().unreadable.practices).toEqual([bad, tooTense])
    // The next practice keeps them: the good ones shown, the bad ones still set aside.
    const { id: _, ...next } = entry({ at: Date.UTC(2026, 10, 29) })
    store.getState().record(next)
    const again = createPracticeStore(createStorage(backend)).getState()
    expect(again.log.entries).toHaveLength(3)
    expect(again.unreadable.practices).toHaveLength(2)
  })

  it('reads practices kept before ids existed, and gives each the same id every time', () => {
    const backend = memoryBackend()
    const { id: _, ...old } = entry()
    backend.setItem(practiceLogRecord.key, JSON.stringify({ version: 1, data: { entries: [old] } }))
    const first = createPracticeStore(createStorage(backend)).getState().log.entries
    const second = createPracticeStore(createStorage(backend)).getState().log.entries
    expect(first).toEqual([{ ...old, id: legacyId(old.at, old.routine) }])
    expect(second).toEqual(first)
  })

  it('falls back calmly on a record it cannot read at all, and never writes over an earlier damaged copy', () => {
    const backend = memoryBackend()
    backend.setItem(practiceLogRecord.key, '{"version":1,"data":{"entries":')
    backend.setItem(safetyRecord.key, 'not json')
    const store = createPracticeStore(createStorage(backend))
    expect(store.getState().loaded).toEqual({ safety: 'damaged', log: 'damaged', saved: 'empty' })
    expect(store.getState().log.entries).toEqual([])
    expect(store.getState().status()).toBe('ask')
    expect(backend.getItem(`${practiceLogRecord.key}:damaged`)).toBe(
      '{"version":1,"data":{"entries":',
    )
    // Damaged again, differently, later: kept beside the first copy, not over it.
    backend.setItem(practiceLogRecord.key, '{"version":1,"data":{"entries":[1,')
    createPracticeStore(createStorage(backend))
    expect(createStorage(backend).damagedCopies(practiceLogRecord.key)).toEqual([
      '{"version":1,"data":{"entries":',
      '{"version":1,"data":{"entries":[1,',
    ])
  })
})
