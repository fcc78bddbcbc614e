/**
 * One generic way to carry an interface over a message port (a worker, or a MessageChannel's
 * port): the calling side gets a proxy whose methods post a call and return a promise of the
 * answer; the serving side looks each call up on an object and posts back what it returns.
 * Events go the other way as plain calls with no answer. Nothing here knows the scene's methods,
 * so adding one to an interface needs no change here.
 */

/** Any function, for constraints: every function type is assignable to this. */
type AnyMethod = (...args: never[]) => unknown

/** `T` seen from the other side of a port: every method answers with a promise, null if it never could. */
export type Remote<T> = {
  readonly [K in keyof T as T[K] extends AnyMethod ? K : never]: T[K] extends (
    ...args: infer A
  ) => infer R
    ? (...args: A) => Promise<Awaited<R> | null>
    : never
}

/** A remote with an end: calls made after it, and calls still waiting, answer null. */
export type Link<T> = Remote<T> & { dispose(): void }

/** Events: methods that tell and expect no answer. */
export type Events<T> = { [K in keyof T]: (...args: never[]) => void }

/** What both ends of the channel need: a Worker, a worker's own scope, or a MessagePort. */
export interface Port {
  postMessage(message: unknown, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

type Message =
  | {
      readonly kind: 'call'
      readonly id: number
      readonly method: string
      readonly args: unknown[]
    }
  | { readonly kind: 'answer'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'event'; readonly method: string; readonly args: unknown[] }

const marked = new WeakSet<object>()

/** Marks an argument (an OffscreenCanvas, a port, a buffer) to be moved to the other side, not copied. */
export function transfer<T extends Transferable>(value: T): T {
  marked.add(value)
  return value
}

const transfers = (args: readonly unknown[]): Transferable[] =>
  args.filter((a): a is Transferable => typeof a === 'object' && a !== null && marked.has(a))

const post = (port: Port, message: Message) =>
  port.postMessage(message, message.kind === 'answer' ? [] : transfers(message.args))

function listen(port: Port, onMessage: (message: Message) => void): () => void {
  const listener = (event: MessageEvent) => {
    const m = event.data as Message | null
    if (m && typeof m === 'object' && 'kind' in m) onMessage(m)
  }
  port.addEventListener('message', listener)
  // A MessagePort listened to with addEventListener delivers nothing until started.
  ;(port as { start?: () => void }).start?.()
  return () => port.removeEventListener('message', listener)
}

/**
 * A proxy whose every method is called by name: `call(name, args)`. Property names that promise
 * machinery or printing probes (`then`, symbols) are not methods, so a proxy is never mistaken
 * for a promise.
 */
export function methodProxy<T>(
  call: (method: string, args: unknown[]) => unknown,
  own: Record<string, unknown> = {},
): T {
  return new Proxy(own, {
    get(target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined
      if (Object.hasOwn(target, name)) return target[name]
      return (...args: unknown[]) => call(name, args)
    },
  }) as T
}

/**
 * The calling side: `T`'s methods, posted over `port`. Each answer settles its call's promise;
 * `dispose` stops listening, settles every waiting call with null (as it does later calls), and
 * runs `onDispose` (e.g. to end the worker).
 */
export function connect<T>(port: Port, onDispose?: () => void): Link<T> {
  const waiting = new Map<number, (value: unknown) => void>()
  let nextId = 1
  let ended = false
  const stop = listen(port, (m) => {
    if (m.kind !== 'answer') return
    waiting.get(m.id)?.(m.value)
    waiting.delete(m.id)
  })
  const dispose = () => {
    if (ended) return
    ended = true
    stop()
    for (const resolve of waiting.values()) resolve(null)
    waiting.clear()
    onDispose?.()
  }
  return methodProxy<Link<T>>(
    (method, args) =>
      new Promise((resolve) => {
        if (ended) return resolve(null)
        const id = nextId++
        waiting.set(id, resolve)
        post(port, { kind: 'call', id, method, args })
      }),
    { dispose },
  )
}

/**
 * The serving side: each call arriving on `port` runs the method of that name on the first of
 * `targets` that has one, and its result (awaited; null for nothing, or for an error) goes back
 * as the answer. Returns a function that stops serving.
 */
export function serve(port: Port, ...targets: object[]): () => void {
  const find = (method: string) => {
    for (const target of targets) {
      const f = Reflect.get(target, method) as unknown
      if (typeof f === 'function') return f.bind(target) as (...args: unknown[]) => unknown
    }
    return null
  }
  return listen(port, (m) => {
    if (m.kind !== 'call') return
    // Run the call now, so calls run in the order they were made even when answers take time.
    let result: unknown = null
    try {
      result = find(m.method)?.(...m.args)
    } catch {
      result = null
    }
    void Promise.resolve(result)
      .then(
        (value) => value ?? null,
        () => null,
      )
      .then((value) => post(port, { kind: 'answer', id: m.id, value }))
  })
}

/** Events to the other side of `port`: calling a method of the result posts it there. */
export function emitter<T extends Events<T>>(port: Port): T {
  return methodProxy<T>((method, args) => post(port, { kind: 'event', method, args }))
}

/** Delivers events arriving on `port` to the handler of the same name. Returns an unsubscribe. */
export function receive<T extends Events<T>>(port: Port, handlers: T): () => void {
  return listen(port, (m) => {
    if (m.kind !== 'event') return
    const f = Reflect.get(handlers, m.method) as unknown
    if (typeof f === 'function') f.apply(handlers, m.args)
  })
}
