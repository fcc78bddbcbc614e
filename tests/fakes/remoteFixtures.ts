import { afterEach } from 'vitest'
import type { Port } from '@/scene/remote'

/** A small interface standing in for the scene's: commands, queries, an async query. */
export interface Api {
  add(n: number): void
  total(): number
  later(n: number): Promise<string>
  fails(): number
}

const channels: MessageChannel[] = []
export function channel(): [Port, Port] {
  const c = new MessageChannel()
  channels.push(c)
  return [c.port1, c.port2]
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close()
    c.port2.close()
  }
})

export function counter(log: string[] = []) {
  let sum = 0
  const api: Api & { dispose(): void } = {
    add(n) {
      log.push(`add ${n}`)
      sum += n
    },
    total: () => sum,
    later: async (n) => `later ${n}`,
    fails() {
      throw new Error('no')
    },
    dispose: () => log.push('dispose'),
  }
  return api
}
