import { type Link, methodProxy } from './remote'

/** Calls made before a runtime starts, kept until it runs (or never will). */
export interface CallBuffer<T> {
  /** `T`'s methods: queued in order until the runtime runs, then applied to it; and an end. */
  readonly link: Link<T>
  /**
   * Hands over the runtime as it starts. Once it runs, the queued calls are applied to it in the
   * order they were made and their answers come back. If it fails to start, every waiting and
   * later call answers null, and `onFailure` runs (unless the link was disposed first).
   */
  start(starting: PromiseLike<T & { dispose(): void }>, onFailure?: () => void): void
}

interface Queued {
  readonly method: string
  readonly args: unknown[]
  readonly resolve: (value: unknown) => void
}

/** Runs one call on the runtime; its answer, awaited, is null for nothing or for an error. */
function apply(target: object, method: string, args: unknown[]): Promise<unknown> {
  try {
    const f = Reflect.get(target, method) as unknown
    const result = typeof f === 'function' ? (f.apply(target, args) as unknown) : null
    return Promise.resolve(result).then(
      (value) => value ?? null,
      () => null,
    )
  } catch {
    return Promise.resolve(null)
  }
}

/**
 * The one rule for calls that arrive while the scene starts, on the page's thread and in the
 * worker alike: nothing is dropped or merged; every call waits in order and is replayed once the
 * runtime exists, so questions asked early get real answers. A scene that fails to start, or a
 * link disposed first, answers null to everything still waiting.
 */
export function callBuffer<T>(): CallBuffer<T> {
  let runtime: (T & { dispose(): void }) | null = null
  let queue: Queued[] = []
  let ended = false

  const end = () => {
    ended = true
    for (const c of queue) c.resolve(null)
    queue = []
  }
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    if (ended) return Promise.resolve(null)
    if (runtime) return apply(runtime, method, args)
    return new Promise((resolve) => queue.push({ method, args, resolve }))
  }
  const dispose = () => {
    if (ended) return
    end()
    runtime?.dispose()
    runtime = null
  }

  return {
    link: methodProxy<Link<T>>(call, { dispose }),
    start(starting, onFailure) {
      starting.then(
        (started) => {
          if (ended) {
            started.dispose()
            return
          }
          // Calls made while replaying join the end of the queue, so the order holds throughout.
          for (let c = queue.shift(); c; c = queue.shift())
            c.resolve(apply(started, c.method, c.args))
          if (ended) started.dispose()
          else runtime = started
        },
        () => {
          if (ended) return
          end()
          onFailure?.()
        },
      )
    },
  }
}
