import { type ChildProcess, spawn } from 'node:child_process'

const PORT = Number(process.env.PREVIEW_PORT ?? 4180)

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`Preview server did not answer at ${url} within ${timeoutMs} ms`)
}

/** Serves the existing production build (dist/) on localhost while `run` works. */
export async function withPreviewServer<T>(run: (base: string) => Promise<T>): Promise<T> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  )
  const base = `http://127.0.0.1:${PORT}`
  try {
    await waitFor(base, 20_000)
    return await run(base)
  } finally {
    child.kill()
  }
}
