/**
 * The 3D scene in a worker: three.js, React Three Fiber, WebGL setup and shader work all run off
 * the page's thread, so the page stays responsive while the body appears. The page's calls
 * (`SceneApi`) are served from the runtime, queued until it has started; its events go back.
 */

import { callBuffer } from './callBuffer'
import { emitter, type Port, serve } from './remote'
import { startScene } from './runtime'
import type { SceneApi, SceneBoot, SceneEvents } from './sceneTypes'

const scope = self as unknown as Port
const events = emitter<SceneEvents>(scope)
const scene = callBuffer<SceneApi>()
const boot: SceneBoot = {
  start(canvas, options, input) {
    scene.start(startScene(canvas, options, input, events), () => events.failure('no-webgl'))
  },
}
serve(scope, boot, scene.link)
