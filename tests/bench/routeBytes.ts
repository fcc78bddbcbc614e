import type { Browser } from '@playwright/test'
import type { Asset } from './bundle'
import { openReady } from './ready'

/** What one route downloads before it is ready, by kind, in bytes over the wire. */
export interface RouteBytes {
  readonly route: string
  readonly totalBytes: number
  readonly byKind: Readonly<Record<string, number>>
  /** Worker scripts the browser reports as empty, counted from the build at their gzip size. */
  readonly workerScripts: readonly { readonly file: string; readonly gzipBytes: number }[]
}

/**
 * Opens `path` in a fresh context and adds up every response it receives until the page is ready
 * (its heading, and the 3D view where there is one) and the network is quiet: the page's own
 * requests and its workers'. Chromium (like Lighthouse) reports a module worker's own script as an
 * empty body; such a file is counted from the build (`assets`) at its gzip size instead, so the 3D
 * routes carry the scene worker's weight.
 */
export async function measureRouteBytes(
  browser: Browser,
  base: string,
  route: string,
  path: string,
  assets: readonly Asset[],
): Promise<RouteBytes> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const seen: Promise<{ file: string; bytes: number }>[] = []
  page.on('requestfinished', (request) => {
    seen.push(
      request.sizes().then((s) => ({
        file: new URL(request.url()).pathname.replace(/^\//, ''),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    )
  })
  try {
    await openReady(page, `${base}${path}`)
    await page.waitForLoadState('networkidle')
    const responses = await Promise.all(seen)
    const byKind: Record<string, number> = {}
    const workerScripts: { file: string; gzipBytes: number }[] = []
    let totalBytes = 0
    for (const r of responses) {
      const asset = assets.find((a) => a.file === r.file)
      let bytes = r.bytes
      if (asset?.kind === 'js' && /worker/i.test(r.file) && bytes < asset.gzipBytes) {
        workerScripts.push({ file: r.file, gzipBytes: asset.gzipBytes })
        bytes = asset.gzipBytes
      }
      const kind = asset?.kind ?? (r.file === '' || r.file.endsWith('.html') ? 'html' : 'other')
      byKind[kind] = (byKind[kind] ?? 0) + bytes
      totalBytes += bytes
    }
    return { route, totalBytes, byKind, workerScripts }
  } finally {
    await context.close()
  }
}
