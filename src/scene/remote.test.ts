import { type Api, channel, counter } from '@tests/fakes/remoteFixtures'
import { describe, expect, it, vi } from 'vitest'
import { connect, emitter, receive, serve } from './remote'

interface Told {
  said(word: string, n: number): void
}

describe('remote: an interface over a message port', () => {
  it('carries calls and their answers, in order, and null for an error', async () => {
    const [page, worker] = channel()
    serve(worker, counter())
    const api = connect<Api>(page)
    void api.add(2)
    void api.add(3)
    expect(await api.total()).toBe(5)
    expect(await api.later(7)).toBe('later 7')
    expect(await api.fails()).toBeNull()
    expect(await api.add(1)).toBeNull()
  })

  it('serves from the first target that has the method', async () => {
    const [page, worker] = channel()
    serve(worker, { total: () => 42 }, counter())
    const api = connect<Api>(page)
    expect(await api.total()).toBe(42)
    expect(await api.later(1)).toBe('later 1')
  })

  it('is never mistaken for a promise', async () => {
    const [page] = channel()
    const api = connect<Api>(page)
    expect(Reflect.get(api, 'then')).toBeUndefined()
    // An async function returning it would hang if it looked like a promise.
    await expect((async () => api)()).resolves.toBe(api)
  })

  it('after dispose, waiting and later calls answer null and nothing more is posted', async () => {
    const [page, worker] = channel()
    const log: string[] = []
    const onDispose = vi.fn()
    const api = connect<Api>(page, onDispose)
    // Nothing serves yet: the question waits.
    const waiting = api.total()
    api.dispose()
    expect(await waiting).toBeNull()
    expect(await api.total()).toBeNull()
    expect(onDispose).toHaveBeenCalledTimes(1)
    serve(worker, counter(log))
    void api.add(1)
    await new Promise((r) => setTimeout(r, 20))
    expect(log).toEqual([])
  })

  it('carries events the other way', async () => {
    const [page, worker] = channel()
    const heard: string[] = []
    const stop = receive<Told>(page, { said: (word, n) => heard.push(`${word} ${n}`) })
    const tell = emitter<Told>(worker)
    tell.said('hello', 1)
    tell.said('again', 2)
    await vi.waitFor(() => expect(heard).toEqual(['hello 1', 'again 2']))
    stop()
    tell.said('unheard', 3)
    await new Promise((r) => setTimeout(r, 20))
    expect(heard).toEqual(['hello 1', 'again 2'])
  })
})
