import type { CDPSession } from '@playwright/test'

/**
 * What the page's JS heap holds, split the way a leak and a warming engine differ: the app's
 * objects (what a leak grows) and the engine's compiled code and its metadata (what grows while
 * V8 keeps optimising functions that run often: bounded by the program, not by the visits).
 */
export interface HeapComposition {
  /** Objects, arrays, strings, closures and their shapes: everything but code, in bytes. */
  readonly objectBytes: number
  /** Machine code, bytecode, feedback and deoptimisation data: heap-snapshot type "code". */
  readonly codeBytes: number
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
}

/**
 * Takes a heap snapshot through `cdp` (after a full collection) and sums its nodes' own sizes
 * by kind. Blink's own objects ("native") live outside the JS heap and are left out, as the JS
 * heap size the soak reports leaves them out.
 */
export async function heapComposition(cdp: CDPSession): Promise<HeapComposition> {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  return compose(JSON.parse(chunks.join('')) as Snapshot)
}

/** Sums a parsed heap snapshot's own sizes into objects and code (exported for its unit test). */
export function compose(s: Snapshot): HeapComposition {
  const fields = s.snapshot.meta.node_fields
  const types = s.snapshot.meta.node_types[0]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  let objectBytes = 0
  let codeBytes = 0
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt] ?? -1]
    const size = s.nodes[i + sizeAt] ?? 0
    if (type === 'code') codeBytes += size
    else if (type !== 'native' && type !== 'synthetic') objectBytes += size
  }
  return { objectBytes, codeBytes }
}
