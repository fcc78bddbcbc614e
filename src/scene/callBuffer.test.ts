import { type Api, channel, counter } from '@tests/fakes/remoteFixtures'
import { describe, expect, it, vi } from 'vitest'
import { callBuffer } from './callBuffer'
import { connect, serve } from './remote'

/** A runtime that starts when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  let reject: (reason: unknown) => void = () => {}
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('callBuffer: calls made before the runtime starts', () => {
  it('are applied in order once it starts, and questions get real answers', async () => {
    const log: string[] = []
    const buffer = callBuffer<Api>()
    const starting = deferred<Api & { dispose(): void }>()
    buffer.start(starting.promise)
    void buffer.link.add(1)
    const early = buffer.link.total()
    void buffer.link.add(2)
    const later = buffer.link.later(3)
    expect(log).toEqual([])
    starting.resolve(counter(log))
    expect(await early).toBe(1)
    expect(await later).toBe('later 3')
    expect(log).toEqual(['add 1', 'add 2'])
    expect(await buffer.link.total()).toBe(3)
  })

  it('answer null to waiting and later calls when the runtime fails to start', async () => {
    const buffer = callBuffer<Api>()
    const starting = deferred<Api & { dispose(): void }>()
    const onFailure = vi.fn()
    buffer.start(starting.promise, onFailure)
    const waiting = buffer.link.total()
    starting.reject(new Error('no WebGL'))
    expect(await waiting).toBeNull()
    expect(await buffer.link.total()).toBeNull()
    expect(onFailure).toHaveBeenCalledTimes(1)
  })

  it('deliver nothing after dispose, and a runtime that starts late is ended at once', async () => {
    const log: string[] = []
    const buffer = callBuffer<Api>()
    const starting = deferred<Api & { dispose(): void }>()
    const onFailure = vi.fn()
    buffer.start(starting.promise, onFailure)
    void buffer.link.add(1)
    const waiting = buffer.link.total()
    buffer.link.dispose()
    expect(await waiting).toBeNull()
    starting.resolve(counter(log))
    await vi.waitFor(() => expect(log).toEqual(['dispose']))
    expect(await buffer.link.total()).toBeNull()
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('dispose ends a running runtime', async () => {
    const log: string[] = []
    const buffer = callBuffer<Api>()
    buffer.start(Promise.resolve(counter(log)))
    expect(await buffer.link.total()).toBe(0)
    buffer.link.dispose()
    void buffer.link.add(5)
    expect(log).toEqual(['dispose'])
  })

  it('serve a port the same way: calls sent before the worker scene starts are replayed', async () => {
    const [page, worker] = channel()
    const log: string[] = []
    const buffer = callBuffer<Api>()
    const starting = deferred<Api & { dispose(): void }>()
    serve(worker, { start: () => buffer.start(starting.promise) }, buffer.link)
    const api = connect<Api & { start(): void }>(page)
    void api.start()
    void api.add(4)
    const total = api.total()
    await new Promise((r) => setTimeout(r, 20))
    expect(log).toEqual([])
    starting.resolve(counter(log))
    expect(await total).toBe(4)
    expect(log).toEqual(['add 4'])
  })
})
