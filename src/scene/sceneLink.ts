import { callBuffer } from './callBuffer'
import { connect, type Link, receive, transfer } from './remote'
import type { SceneApi, SceneBoot, SceneEvents, SceneInput, SceneOptions } from './sceneTypes'

/**
 * The page's handle on a running scene, wherever it draws: every `SceneApi` method, answering
 * with a promise (null when the scene could not answer), and an end.
 */
export type SceneLink = Link<SceneApi>

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
  let ended = false
  const stopEvents = receive(worker, events)
  const scene = connect<SceneBoot & SceneApi>(worker, () => {
    ended = true
    stopEvents()
    worker.terminate()
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    if (!ended) events.failure('no-webgl')
  })
  void scene.start(transfer(canvas.transferControlToOffscreen()), options, input)
  return scene
}

/** Draws on the page's own thread, for browsers without OffscreenCanvas WebGL in workers. */
export function pageLink(
  canvas: HTMLCanvasElement,
  options: SceneOptions,
  input: SceneInput,
  events: SceneEvents,
): SceneLink {
  const scene = callBuffer<SceneApi>()
  scene.start(
    import('./runtime').then(({ startScene }) => startScene(canvas, options, input, events)),
    () => events.failure('no-webgl'),
  )
  return scene.link
}
