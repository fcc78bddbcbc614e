/**
 * The 3D scene in a worker: three.js, React Three Fiber, WebGL setup and shader work all run off
 * the page's thread, so the page stays responsive while the body appears. The page sends the
 * scene's input, sizes and camera moves; the worker answers questions and reports frames.
 */

import { type SceneRuntime, startScene } from './runtime'
import { answer } from './sceneQuery'
import type { FromWorker, SceneEvents, ToWorker } from './sceneTypes'

interface WorkerScope {
  postMessage(message: FromWorker): void
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
}
const scope = self as unknown as WorkerScope
const post = (message: FromWorker) => scope.postMessage(message)

const events: SceneEvents = {
  ready: () => post({ type: 'ready' }),
  failure: (reason) => post({ type: 'failure', reason }),
  label: (x, y, visible) => post({ type: 'label', x, y, visible }),
  stats: (stats) => post({ type: 'stats', stats }),
}

let runtime: SceneRuntime | null = null
// Messages that arrive while the scene starts are applied, in order, once it runs.
let waiting: ToWorker[] = []

function handle(message: ToWorker, scene: SceneRuntime) {
  switch (message.type) {
    case 'input':
      scene.update(message.input)
      break
    case 'resize':
      scene.resize(message.width, message.height, message.dpr)
      break
    case 'camera':
      if (message.move.kind === 'orbit') scene.orbit(...message.move.args)
      else if (message.move.kind === 'pan') scene.pan(...message.move.args)
      else scene.reset()
      break
    case 'ask': {
      const { id, query, args } = message
      void answer(scene, query, args).then((value) => post({ type: 'answer', id, value }))
      break
    }
    case 'start':
      break
  }
}

scope.onmessage = (event) => {
  const message = event.data
  if (message.type === 'start') {
    startScene(message.canvas, message.options, message.input, events).then(
      (scene) => {
        runtime = scene
        for (const m of waiting) handle(m, scene)
        waiting = []
      },
      () => events.failure('no-webgl'),
    )
    return
  }
  if (runtime) handle(message, runtime)
  else waiting.push(message)
}
