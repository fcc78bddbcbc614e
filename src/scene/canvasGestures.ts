import type { RegionId } from '@/content/regions'
import { type GestureAction, ViewGestures } from './gestures'
import type { SceneLink } from './sceneLink'

/**
 * Reads pointer, touch and wheel input on the 3D view's canvas (`ViewGestures` tells a turn from
 * a pan, a pinch and a tap) and sends the camera moves to the scene; a tap asks the scene what it
 * hit. Returns a function that stops listening.
 */
export function listenForGestures(
  canvas: HTMLCanvasElement,
  currentLink: () => SceneLink | null,
  onPick: (region: RegionId) => void,
): () => void {
  const gestures = new ViewGestures(() => canvas.clientHeight)
  const apply = (actions: readonly GestureAction[]) => {
    const link = currentLink()
    if (!link) return
    for (const a of actions) {
      if (a.kind === 'orbit') void link.orbit(a.dAzimuth, a.dPolar, 1)
      else if (a.kind === 'pan') void link.pan(a.right, a.up)
      else if (a.kind === 'zoom') void link.orbit(0, 0, a.factor)
      else
        void link.pick(a.x, a.y).then((region) => {
          if (region) onPick(region)
        })
    }
  }
  const at = (e: PointerEvent | WheelEvent) => {
    const rect = canvas.getBoundingClientRect()
    return { x: e.clientX - rect.left, y: e.clientY - rect.top }
  }
  const down = (e: PointerEvent) => {
    if (e.button !== 0 && e.button !== 2) return
    canvas.setPointerCapture(e.pointerId)
    gestures.down({
      id: e.pointerId,
      ...at(e),
      t: e.timeStamp,
      pans: e.button === 2 || e.shiftKey || e.ctrlKey || e.metaKey,
    })
  }
  const move = (e: PointerEvent) => {
    const p = at(e)
    apply(gestures.move(e.pointerId, p.x, p.y))
  }
  const up = (e: PointerEvent) => apply(gestures.up(e.pointerId, e.timeStamp))
  const cancel = (e: PointerEvent) => gestures.cancel(e.pointerId)
  const wheel = (e: WheelEvent) => {
    e.preventDefault()
    apply([gestures.wheel(e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY)])
  }
  const menu = (e: Event) => e.preventDefault()
  canvas.addEventListener('pointerdown', down)
  canvas.addEventListener('pointermove', move)
  canvas.addEventListener('pointerup', up)
  canvas.addEventListener('pointercancel', cancel)
  canvas.addEventListener('wheel', wheel, { passive: false })
  canvas.addEventListener('contextmenu', menu)
  return () => {
    canvas.removeEventListener('pointerdown', down)
    canvas.removeEventListener('pointermove', move)
    canvas.removeEventListener('pointerup', up)
    canvas.removeEventListener('pointercancel', cancel)
    canvas.removeEventListener('wheel', wheel)
    canvas.removeEventListener('contextmenu', menu)
  }
}
