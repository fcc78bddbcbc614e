import { afterEach, describe, expect, it, vi } from 'vitest'
import { allAudioFiles } from '@/features/kiosk/kioskAudio'
import { AUDIO_CACHE, keepForOffline, playableFormat, playableUrls } from './audioCache'
import { offlineNote } from './offlineNote'
import { applyWaitingUpdate, setWaitingUpdate, updatedSinceLastVisit, VERSION_KEY } from './updates'

class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  get length() {
    return this.map.size
  }
  clear() {
    this.map.clear()
  }
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
  setItem(k: string, v: string) {
    this.map.set(k, v)
  }
}

describe('updatedSinceLastVisit', () => {
  it('is quiet on the first visit and for the same version, and says so once a new one runs', () => {
    const storage = new MemoryStorage()
    expect(updatedSinceLastVisit('1', storage)).toBe(false)
    expect(storage.getItem(VERSION_KEY)).toBe('1')
    expect(updatedSinceLastVisit('1', storage)).toBe(false)
    expect(updatedSinceLastVisit('2', storage)).toBe(true)
    expect(updatedSinceLastVisit('2', storage)).toBe(false)
  })

  it('treats storage that is refused as no update', () => {
    const refused = new MemoryStorage()
    refused.getItem = () => {
      throw new DOMException('no', 'SecurityError')
    }
    expect(updatedSinceLastVisit('2', refused)).toBe(false)
    expect(updatedSinceLastVisit('2', null)).toBe(false)
  })
})

describe('applyWaitingUpdate', () => {
  it('hands over to a waiting version once, and does nothing when none waits', () => {
    expect(applyWaitingUpdate()).toBe(false)
    const apply = vi.fn()
    setWaitingUpdate(apply)
    expect(applyWaitingUpdate()).toBe(true)
    expect(apply).toHaveBeenCalledTimes(1)
    expect(applyWaitingUpdate()).toBe(false)
  })
})

describe('audio for offline use', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('picks WebM/Opus where the browser plays it, MP3 elsewhere', () => {
    expect(playableFormat((t) => (t.includes('opus') ? 'probably' : ''))).toBe('webm')
    expect(playableFormat(() => '')).toBe('mp3')
  })

  it('lists each file once in the playable format (beds have one format)', () => {
    const files = [{ webm: 'a.webm', mp3: 'a.mp3' }, 'bed.mp3', { webm: 'a.webm', mp3: 'a.mp3' }]
    expect(playableUrls(files, 'webm')).toEqual(['a.webm', 'bed.mp3'])
    expect(playableUrls(files, 'mp3')).toEqual(['a.mp3', 'bed.mp3'])
  })

  it('keeps only what is not kept yet, and survives a refusing browser', async () => {
    const kept = new Set(['/audio/chime.webm'])
    const add = vi.fn(async (url: string) => {
      kept.add(url)
    })
    const open = vi.fn(async () => ({ match: async (url: string) => kept.has(url), add }))
    vi.stubGlobal('caches', { open })
    expect(await keepForOffline(['/audio/chime.webm', '/audio/first-session.webm'])).toBe(1)
    expect(open).toHaveBeenCalledWith(AUDIO_CACHE)
    expect(add).toHaveBeenCalledWith('/audio/first-session.webm')
    vi.stubGlobal('caches', {
      open: async () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    })
    expect(await keepForOffline(['/audio/x.webm'])).toBe(0)
  })

  it('a kiosk keeps every sound the manifest names', () => {
    const urls = playableUrls(allAudioFiles(), 'webm')
    expect(urls).toContain('audio/first-session.webm')
    expect(urls).toContain('audio/chime.webm')
    expect(urls).toContain('audio/bed-warm-pad.mp3')
    expect(urls.filter((u) => u.startsWith('audio/routine-')).length).toBeGreaterThanOrEqual(16)
    expect(urls.every((u) => /\.(webm|mp3)$/.test(u))).toBe(true)
  })
})

describe('offlineNote', () => {
  it('says a voice that failed offline was not kept, and leaves other notes alone', () => {
    expect(offlineNote('voice-failed', false)).toBe('voice-offline')
    expect(offlineNote('voice-failed', true)).toBe('voice-failed')
    expect(offlineNote('bed-failed', false)).toBe('bed-failed')
  })
})
