import { describe, expect, it } from 'vitest'
import { compose } from '../bench/heapComposition'

describe('heap composition (kiosk soak)', () => {
  it('splits a snapshot into compiled code and objects, leaving Blink’s native objects out', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [['hidden', 'object', 'code', 'native', 'synthetic', 'string']] as [string[]],
        },
      },
      // type, name, id, self_size, edge_count
      nodes: [4, 0, 1, 0, 2, 1, 0, 3, 120, 0, 2, 0, 5, 4000, 0, 3, 0, 7, 9999, 0, 5, 0, 9, 36, 0],
    }
    expect(compose(snapshot)).toEqual({ objectBytes: 156, codeBytes: 4000 })
  })
})
