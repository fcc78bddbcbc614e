import { memoryBackend } from '@tests/fakes/memoryStorage'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAppStore } from './appStore'
import { defaultSettings, settingsRecord } from './settings'
import { createStorage, damagedKey } from './storage'

function throwingBackend(): globalThis.Storage {
  const fail = () => {
    throw new DOMException('denied', 'SecurityError')
  }
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail }
}

describe('storage', () => {
  let backend: globalThis.Storage
  beforeEach(() => {
    backend = memoryBackend()
  })

  it('gives defaults and says so quietly when nothing is stored', () => {
    expect(createStorage(backend).load(settingsRecord)).toEqual({
      value: defaultSettings,
      outcome: 'empty',
    })
  })

  it('round-trips a saved record with its version', () => {
    const storage = createStorage(backend)
    const changed = { ...defaultSettings, captions: false, theme: 'dark' as const }
    expect(storage.save(settingsRecord, changed)).toBe(true)
    expect(JSON.parse(backend.getItem(settingsRecord.key) ?? '')).toEqual({
      version: 1,
      data: changed,
    })
    expect(storage.load(settingsRecord)).toEqual({ value: changed, outcome: 'ok' })
  })

  it('falls back to defaults on text that is not JSON, and keeps the damaged text', () => {
    backend.setItem(settingsRecord.key, '{"version":1,"data":{"capt')
    const loaded = createStorage(backend).load(settingsRecord)
    expect(loaded).toEqual({ value: defaultSettings, outcome: 'damaged' })
    expect(backend.getItem(damagedKey(settingsRecord.key))).toBe('{"version":1,"data":{"capt')
  })

  it('keeps the readable fields when only some are damaged', () => {
    backend.setItem(
      settingsRecord.key,
      JSON.stringify({ version: 1, data: { captions: false, textSize: 'enormous', theme: 7 } }),
    )
    const loaded = createStorage(backend).load(settingsRecord)
    expect(loaded.outcome).toBe('damaged')
    expect(loaded.value).toEqual({ ...defaultSettings, captions: false })
  })

  it('treats a wrong shape or a version from the future as damaged', () => {
    for (const raw of [
      '[]',
      'null',
      '42',
      '{"version":"1","data":{}}',
      '{"version":9,"data":{}}',
    ]) {
      backend.setItem(settingsRecord.key, raw)
      expect(createStorage(backend).load(settingsRecord).outcome, raw).toBe('damaged')
    }
  })

  it('ignores fields it does not know (from a later version of a field set)', () => {
    backend.setItem(
      settingsRecord.key,
      JSON.stringify({ version: 1, data: { captions: false, volume: 3 } }),
    )
    expect(createStorage(backend).load(settingsRecord)).toEqual({
      value: { ...defaultSettings, captions: false },
      outcome: 'ok',
    })
  })

  it('never throws when the browser refuses storage', () => {
    const storage = createStorage(throwingBackend())
    expect(storage.load(settingsRecord)).toEqual({ value: defaultSettings, outcome: 'unavailable' })
    expect(storage.save(settingsRecord, defaultSettings)).toBe(false)
    expect(() => storage.remove('x')).not.toThrow()
    expect(createStorage(null).load(settingsRecord).outcome).toBe('unavailable')
  })
})

describe('app store', () => {
  it('saves every settings change and reports when saving fails', () => {
    const backend = memoryBackend()
    const store = createAppStore(createStorage(backend))
    store.getState().setSetting('textSize', 'larger')
    expect(createStorage(backend).load(settingsRecord).value.textSize).toBe('larger')
    expect(store.getState().saveFailed).toBe(false)

    const refusing = createAppStore(createStorage(throwingBackend()))
    refusing.getState().setSetting('captions', false)
    expect(refusing.getState().settings.captions).toBe(false)
    expect(refusing.getState().saveFailed).toBe(true)
  })

  it('starts from what was stored and remembers how it was found', () => {
    const backend = memoryBackend()
    backend.setItem(settingsRecord.key, 'not json')
    const store = createAppStore(createStorage(backend))
    expect(store.getState().settingsLoad).toBe('damaged')
    expect(store.getState().settings).toEqual(defaultSettings)
  })
})
