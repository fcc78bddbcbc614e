import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { createDeviceBackend } from './device'
import { settingsRecord } from './settings'
import { createStorage } from './storage'

describe('the device backend', () => {
  it('keeps a visitor’s data in memory only, and wipes it', () => {
    const local = memoryBackend()
    const session = memoryBackend()
    local.setItem('stillpoint:settings', 'home')
    const device = createDeviceBackend(local, session)
    device.setVisitorMode(true)
    device.setItem('stillpoint:safety', 'visitor')
    expect(local.getItem('stillpoint:safety')).toBeNull()
    expect(device.getItem('stillpoint:safety')).toBe('visitor')
    session.setItem('stillpoint:kiosk-tab', 'on')
    session.setItem('stillpoint:other', 'x')
    device.wipe({ keep: ['stillpoint:kiosk-tab'] })
    expect(device.getItem('stillpoint:safety')).toBeNull()
    expect(session.getItem('stillpoint:kiosk-tab')).toBe('on')
    expect(session.getItem('stillpoint:other')).toBeNull()
    // A person trying kiosk mode keeps what they saved at home; a clinic's kiosk does not.
    expect(local.getItem('stillpoint:settings')).toBe('home')
    device.wipe({ persistent: true })
    expect(local.getItem('stillpoint:settings')).toBeNull()
  })

  it('tells each store to forget the visitor on entering visitor mode and on every wipe', () => {
    const device = createDeviceBackend(memoryBackend())
    let forgotten = 0
    const stop = device.onForget(() => forgotten++)
    device.setVisitorMode(true)
    device.setVisitorMode(true)
    device.wipe()
    expect(forgotten).toBe(2)
    stop()
    device.wipe()
    expect(forgotten).toBe(2)
  })

  it('reports storage the browser refuses, so the stores can say so', () => {
    const storage = createStorage(createDeviceBackend(null))
    expect(storage.load(settingsRecord).outcome).toBe('unavailable')
    expect(storage.save(settingsRecord, settingsRecord.defaults)).toBe(false)
  })
})

describe('leaving visitor mode', () => {
  it('asks each store to read the device’s own storage again', () => {
    const backend = createDeviceBackend(memoryBackend())
    const calls: string[] = []
    backend.onRestore(() => calls.push('restore'))
    backend.setVisitorMode(true)
    expect(calls).toEqual([])
    backend.setVisitorMode(false)
    expect(calls).toEqual(['restore'])
  })
})
