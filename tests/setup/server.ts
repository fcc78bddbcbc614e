import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HOST = '127.0.0.1'
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** How long the server gets to close after SIGTERM before its process group gets SIGKILL. */
const GRACE_MS = 3000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Whether something already listens on `host:port`: tries to listen there itself, exactly as the
 * preview server is about to. (Node listens with SO_REUSEADDR, so old connections in TIME_WAIT do
 * not count as taken.)
 */
export function portTaken(port: number, host = HOST): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') resolve(true)
      else reject(err)
    })
    probe.listen(port, host, () => probe.close(() => resolve(false)))
  })
}

async function waitUntilFree(port: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (await portTaken(port)) {
    if (Date.now() >= until) return false
    await sleep(50)
  }
  return true
}

/** vite's own CLI script, run with this Node: no `npx` or shell in between to outlive. */
function viteBin(): string {
  const pkgPath = createRequire(join(ROOT, 'package.json')).resolve('vite/package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: { vite: string } }
  return join(dirname(pkgPath), pkg.bin.vite)
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

/** Sends `signal` to the child's whole process group; false when the group is already gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  if (child.pid === undefined) return false
  try {
    process.kill(-child.pid, signal)
    return true
  } catch {
    return false // ESRCH: nothing left in the group
  }
}

/**
 * For exits that leave no time for promises (process.exit from anywhere, a signal): SIGTERM the
 * group, wait synchronously a moment for the leader to end, then SIGKILL whatever is left.
 */
function stopNow(child: ChildProcess): void {
  if (child.pid === undefined || !signalGroup(child, 'SIGTERM')) return
  const pause = new Int32Array(new SharedArrayBuffer(4))
  const until = Date.now() + 1500
  while (Date.now() < until && running(child.pid)) Atomics.wait(pause, 0, 0, 25)
  signalGroup(child, 'SIGKILL')
}

/** Is the process still running (not gone, not a zombie waiting to be reaped)? */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
}

/** Stops the server and returns once nothing listens on its port any more. */
async function stop(child: ChildProcess, port: number): Promise<void> {
  const exited = new Promise<void>((r) => {
    if (!alive(child)) r()
    else child.once('exit', () => r())
  })
  signalGroup(child, 'SIGTERM')
  const ended = await Promise.race([exited.then(() => true), sleep(GRACE_MS).then(() => false)])
  if (!ended || (await portTaken(port))) {
    signalGroup(child, 'SIGKILL')
    await Promise.race([exited, sleep(GRACE_MS)])
  }
  if (!(await waitUntilFree(port, GRACE_MS))) {
    throw new Error(
      `The preview server on ${HOST}:${port} did not let go of the port after SIGTERM and SIGKILL; find it with \`ss -ltnp 'sport = :${port}'\`.`,
    )
  }
}

async function waitForAnswer(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
  log: () => string,
) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (!alive(child)) {
      throw new Error(
        `The preview server exited (code ${child.exitCode}) before answering:\n${log()}`,
      )
    }
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await sleep(150)
  }
  throw new Error(`Preview server did not answer at ${url} within ${timeoutMs} ms:\n${log()}`)
}

/** The preview server's port: PREVIEW_PORT, else 4180. */
export const previewPort = () => Number(process.env.PREVIEW_PORT ?? 4180)

/** Throws a clear error when something already listens where the preview server would. */
export async function assertPortFree(port = previewPort()): Promise<void> {
  if (await portTaken(port)) {
    throw new Error(
      `Port ${port} on ${HOST} is already in use, so the preview server cannot start there (and whatever answers would be measured instead of this build). See what holds it with \`ss -ltnp 'sport = :${port}'\` and stop it, or choose another port with PREVIEW_PORT=<port>.`,
    )
  }
}

/** `serve`'s CLI script: a plain static file server with gzip, as any host would serve the build. */
function serveBin(): string {
  const pkgPath = createRequire(join(ROOT, 'package.json')).resolve('serve/package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: { serve: string } }
  return join(dirname(pkgPath), pkg.bin.serve)
}

export interface PreviewServerOptions {
  /** Defaults to {@link previewPort}. */
  readonly port?: number
  /**
   * `vite` (vite preview, the default) or `static`: dist/ served by `serve`, a plain static server
   * with gzip and none of the preview server's headers, as a clinic's own host might serve it.
   */
  readonly server?: 'vite' | 'static'
}

/**
 * Serves the existing production build (dist/) on 127.0.0.1 while `run` works, then stops the
 * server and waits until its port is free. Refuses to start when the port is already taken (an
 * old server there would be measured instead of this build). The server runs in its own process
 * group, which is ended when `run` returns or throws, and when this process is interrupted or exits.
 */
export async function withPreviewServer<T>(
  run: (base: string) => Promise<T>,
  { port = previewPort(), server = 'vite' }: PreviewServerOptions = {},
): Promise<T> {
  await assertPortFree(port)
  const command =
    server === 'static'
      ? [serveBin(), 'dist', '--listen', `tcp://${HOST}:${port}`, '--no-clipboard', '-L']
      : [viteBin(), 'preview', '--port', String(port), '--strictPort', '--host', HOST]
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  const log = (text: string) => {
    stderr = (stderr + text).slice(-4000)
  }
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()))
  child.on('error', (err) => log(String(err)))

  const onExit = () => stopNow(child)
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the preview server on port ${port}`)
    process.exit(signal === 'SIGINT' ? 130 : 143) // runs onExit
  }
  process.on('exit', onExit)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  const base = `http://${HOST}:${port}`
  const unhook = () => {
    process.off('exit', onExit)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  let result: T
  try {
    await waitForAnswer(child, base, 20_000, () => stderr)
    result = await run(base)
  } catch (err) {
    // Stop the server, but do not hide why the run failed behind a second error.
    await stop(child, port).catch((e: unknown) => console.error(e))
    unhook()
    throw err
  }
  try {
    await stop(child, port)
  } finally {
    unhook()
  }
  return result
}
