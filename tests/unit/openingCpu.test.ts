import { describe, expect, it } from 'vitest'
import { spentByKind } from '../bench/idle'

describe('CPU while opening, by kind of process', () => {
  it('sums each kind’s growth, counts a process that started in the window from zero, and drops the idle', () => {
    const before = new Map([
      [1, { kind: 'browser', seconds: 2 }],
      [2, { kind: 'renderer', seconds: 1 }],
      [3, { kind: 'GPU', seconds: 4 }],
    ])
    const now = new Map([
      [1, { kind: 'browser', seconds: 2.25 }],
      [2, { kind: 'renderer', seconds: 1.5 }],
      [3, { kind: 'GPU', seconds: 4 }],
      // A second renderer (the page's, after navigation) and the network service, new here.
      [4, { kind: 'renderer', seconds: 0.75 }],
      [5, { kind: 'network', seconds: 0.125 }],
    ])
    const spent = spentByKind(before, now)
    expect(spent).toEqual({ renderer: 1.25, browser: 0.25, network: 0.125 })
    // Busiest first, as the bench prints it.
    expect(Object.keys(spent)).toEqual(['renderer', 'browser', 'network'])
  })
})
