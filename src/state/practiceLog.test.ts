import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { encodeRoutine } from '@/content/sharedRoutine'
import { createAppStore } from './appStore'
import { createPracticeStore, mergeSaved } from './practice'
import { legacyId, mergeEntries, type PracticeEntry, readEntry } from './practiceLog'
import { createStorage, readEach } from './storage'

const practice = (id: string, at: number, over: Partial<PracticeEntry> = {}): PracticeEntry => ({
  id,
  at,
  routine: 'neck-and-shoulders',
  seconds: 300,
  completed: true,
  before: 6,
  after: null,
  ...over,
})
const T = Date.UTC(2026, 10, 27, 8)
const { id: _, ...unrated } = practice('x', T)

describe('merging practices', () => {
  it('the same practice from both sides counts once, with its rating', () => {
    const a = [practice('p-1', T), practice('p-2', T + 1000)]
    const b = [practice('p-2', T + 1000, { after: 2 }), practice('p-3', T + 500)]
    expect(mergeEntries(a, b)).toEqual([
      practice('p-1', T),
      practice('p-3', T + 500),
      practice('p-2', T + 1000, { after: 2 }),
    ])
    // Whichever side goes first.
    expect(mergeEntries(b, a)).toEqual(mergeEntries(a, b))
  })

  it('an older format (no id) gets the same id wherever it is read, so it is not counted twice', () => {
    const { id: _, ...old } = practice('x', T)
    const once = readEntry(old)
    expect(once?.id).toBe(legacyId(T, 'neck-and-shoulders'))
    expect(mergeEntries([once as PracticeEntry], [readEntry(old) as PracticeEntry])).toHaveLength(1)
  })

  it('a bad entry among good ones is set aside as it was', () => {
    const bad = { at: T, routine: 'neck-and-shoulders', seconds: -4 }
    const read = readEach([practice('p-1', T), bad, 'junk', practice('p-2', T + 1)], readEntry)
    expect(read.readable.map((e) => e.id)).toEqual(['p-1', 'p-2'])
    expect(read.unreadable).toEqual([bad, 'junk'])
  })

  it('saved routines merge by their whole link, the latest save first', () => {
    const a = encodeRoutine(
      { steps: [{ id: 'settle', hold: 30 }], appointment: null, note: 'A' },
      '2026-12-07',
    )
    const b = encodeRoutine(
      { steps: [{ id: 'settle', hold: 30 }], appointment: null, note: 'B' },
      '2026-12-07',
    )
    expect(
      mergeSaved(
        [{ code: a, savedAt: 1 }],
        [
          { code: b, savedAt: 2 },
          { code: a, savedAt: 3 },
        ],
      ),
    ).toEqual([
      { code: a, savedAt: 3 },
      { code: b, savedAt: 2 },
    ])
  })
})

describe('two windows over one device', () => {
  it('interleaved practices in two windows: both windows end up with both', () => {
    const backend = memoryBackend()
    const one = createPracticeStore(createStorage(backend))
    const two = createPracticeStore(createStorage(backend))
    const first = one.getState().record(unrated)
    // The second window has not heard of the first practice, and writes its own.
    const second = two.getState().record({ ...unrated, at: T + 60_000 })
    one.getState().rateAfter(first, 3)
    two.getState().rateAfter(second, 4)
    one.getState().reload()
    for (const w of [one, two]) {
      expect(w.getState().log.entries.map((e) => [e.id, e.after])).toEqual([
        [first, 3],
        [second, 4],
      ])
    }
    expect(createPracticeStore(createStorage(backend)).getState().log.entries).toHaveLength(2)
  })

  it('a routine saved in one window and another saved in the other: both kept', () => {
    const backend = memoryBackend()
    const one = createPracticeStore(createStorage(backend))
    const two = createPracticeStore(createStorage(backend))
    const a = encodeRoutine(
      { steps: [{ id: 'settle', hold: 30 }], appointment: null, note: 'A' },
      '2026-12-07',
    )
    const b = encodeRoutine(
      { steps: [{ id: 'settle', hold: 40 }], appointment: null, note: 'B' },
      '2026-12-07',
    )
    one.getState().saveRoutine(a)
    two.getState().saveRoutine(b)
    expect(
      two
        .getState()
        .saved.map((r) => r.code)
        .sort(),
    ).toEqual([a, b].sort())
  })

  it('everything deleted in one window stays deleted when the other practices next', () => {
    const backend = memoryBackend()
    const one = createPracticeStore(createStorage(backend))
    const two = createPracticeStore(createStorage(backend))
    one.getState().record(unrated)
    two.getState().reload()
    one.getState().clearLog()
    two.getState().record({ ...unrated, at: T + 1 })
    expect(two.getState().log.entries).toHaveLength(1)
  })

  it('settings: each window’s latest choice of each setting is kept', () => {
    const backend = memoryBackend()
    const one = createAppStore(createStorage(backend))
    const two = createAppStore(createStorage(backend))
    one.getState().setSetting('theme', 'dark')
    two.getState().setSetting('captions', false)
    const after = createAppStore(createStorage(backend)).getState().settings
    expect(after.theme).toBe('dark')
    expect(after.captions).toBe(false)
    one.getState().reloadSettings()
    expect(one.getState().settings.captions).toBe(false)
  })
})
