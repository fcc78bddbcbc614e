import type { SceneRuntime } from './runtime'
import { answer } from './sceneQuery'
import type {
  CameraApi,
  CameraMove,
  FromWorker,
  QueryName,
  SceneEvents,
  SceneInput,
  SceneOptions,
  SceneQueries,
  ToWorker,
} from './sceneTypes'

export type Answer<Q extends QueryName> = Awaited<ReturnType<SceneQueries[Q]>> | null

/** The page's handle on a running scene, wherever it draws. */
export interface SceneLink extends CameraApi {
  update(input: SceneInput): void
  resize(width: number, height: number, dpr: number): void
  ask<Q extends QueryName>(query: Q, ...args: Parameters<SceneQueries[Q]>): Promise<Answer<Q>>
  dispose(): void
}

const moveOf = (kind: 'orbit' | 'pan' | 'reset', args: number[]): CameraMove =>
  kind === 'orbit'
    ? { kind, args: [args[0] ?? 0, args[1] ?? 0, args[2] ?? 1] }
    : kind === 'pan'
      ? { kind, args: [args[0] ?? 0, args[1] ?? 0] }
      : { kind }

/**
 * Draws in a worker: the canvas's control moves to an OffscreenCanvas there. A worker that cannot
 * start, or that finds no WebGL, reports `no-webgl`; the caller then tries the page's own thread.
 */
export function workerLink(
  canvas: HTMLCanvasElement,
  options: SceneOptions,
  input: SceneInput,
  events: SceneEvents,
): SceneLink {
  const worker = new Worker(new URL('./sceneWorker.ts', import.meta.url), {
    type: 'module',
    name: 'stillpoint-scene',
  })
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer)
  const answers = new Map<number, (value: unknown) => void>()
  let nextId = 1
  let ended = false
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data
    if (m.type === 'ready') events.ready()
    else if (m.type === 'failure') events.failure(m.reason)
    else if (m.type === 'label') events.label(m.x, m.y, m.visible)
    else if (m.type === 'stats') events.stats(m.stats)
    else if (m.type === 'answer') {
      answers.get(m.id)?.(m.value)
      answers.delete(m.id)
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    if (!ended) events.failure('no-webgl')
  }
  const offscreen = canvas.transferControlToOffscreen()
  send({ type: 'start', canvas: offscreen, options, input }, [offscreen])
  const camera =
    (kind: 'orbit' | 'pan' | 'reset') =>
    (...args: number[]) =>
      send({ type: 'camera', move: moveOf(kind, args) })
  return {
    update: (next) => send({ type: 'input', input: next }),
    resize: (width, height, dpr) => send({ type: 'resize', width, height, dpr }),
    orbit: camera('orbit'),
    pan: camera('pan'),
    reset: camera('reset'),
    ask(query, ...args) {
      const id = nextId++
      return new Promise((resolve) => {
        answers.set(id, resolve as (value: unknown) => void)
        send({ type: 'ask', id, query, args })
      })
    },
    dispose() {
      ended = true
      for (const resolve of answers.values()) resolve(null)
      answers.clear()
      worker.terminate()
    },
  }
}

/** Draws on the page's own thread, for browsers without OffscreenCanvas WebGL in workers. */
export function pageLink(
  canvas: HTMLCanvasElement,
  options: SceneOptions,
  input: SceneInput,
  events: SceneEvents,
): SceneLink {
  let runtime: SceneRuntime | null = null
  let latest = input
  let size: [number, number, number] | null = null
  let ended = false
  import('./runtime')
    .then(({ startScene }) => startScene(canvas, options, input, events))
    .then(
      (started) => {
        if (ended) {
          started.dispose()
          return
        }
        runtime = started
        if (latest !== input) started.update(latest)
        if (size) started.resize(...size)
      },
      () => {
        if (!ended) events.failure('no-webgl')
      },
    )
  return {
    update(next) {
      latest = next
      runtime?.update(next)
    },
    resize(width, height, dpr) {
      size = [width, height, dpr]
      runtime?.resize(width, height, dpr)
    },
    orbit: (...args) => runtime?.orbit(...args),
    pan: (...args) => runtime?.pan(...args),
    reset: () => runtime?.reset(),
    async ask<Q extends QueryName>(
      query: Q,
      ...args: Parameters<SceneQueries[Q]>
    ): Promise<Answer<Q>> {
      return runtime ? ((await answer(runtime, query, args)) as Answer<Q>) : null
    },
    dispose() {
      ended = true
      runtime?.dispose()
      runtime = null
    },
  }
}
