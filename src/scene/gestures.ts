/**
 * Turns pointer input on the 3D view into camera moves and taps: one finger or the left mouse
 * button turns the body, two fingers pinch to zoom and slide to pan, the right button or Shift
 * pans, the wheel zooms. Pure arithmetic on pointer positions, so it runs on the page's thread
 * whichever thread draws, and is tested without a browser.
 */

/** The camera's vertical field of view, degrees (shared with the scene). */
export const CAMERA_FOV = 34

export type GestureAction =
  | { readonly kind: 'orbit'; readonly dAzimuth: number; readonly dPolar: number }
  | { readonly kind: 'pan'; readonly right: number; readonly up: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'tap'; readonly x: number; readonly y: number }

/** Radians turned for a drag across the view's full height. */
const TURN_PER_HEIGHT = Math.PI * 2 * 0.6
/** Movement, CSS pixels, under which a press and release is a tap rather than a drag. */
export const TAP_SLOP = 8
/** A press held longer than this is not a tap, ms. */
const TAP_MS = 600
const PAN_PER_PIXEL_AT_UNIT_HEIGHT = 2 * Math.tan((CAMERA_FOV * Math.PI) / 360)

interface Pointer {
  x: number
  y: number
  readonly startX: number
  readonly startY: number
  readonly startT: number
  readonly pans: boolean
  travelled: number
}

export interface PointerDown {
  readonly id: number
  readonly x: number
  readonly y: number
  readonly t: number
  /** Right mouse button, or a modifier held: drag to pan instead of turning. */
  readonly pans?: boolean
}

export class ViewGestures {
  private readonly pointers = new Map<number, Pointer>()
  /** More than one pointer has been down since the last time none was: no tap this time. */
  private multi = false

  /** `height` is the view's height in CSS pixels, read at each move. */
  constructor(private readonly height: () => number) {}

  down({ id, x, y, t, pans = false }: PointerDown): void {
    this.pointers.set(id, { x, y, startX: x, startY: y, startT: t, pans, travelled: 0 })
    if (this.pointers.size > 1) this.multi = true
  }

  move(id: number, x: number, y: number): GestureAction[] {
    const p = this.pointers.get(id)
    if (!p) return []
    const h = Math.max(this.height(), 1)
    const dx = x - p.x
    const dy = y - p.y
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()]
      if (!a || !b) return []
      const before = { d: distance(a, b), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 }
      p.x = x
      p.y = y
      p.travelled += Math.hypot(dx, dy)
      const after = { d: distance(a, b), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 }
      const actions: GestureAction[] = []
      if (after.d > 0 && before.d > 0) actions.push({ kind: 'zoom', factor: before.d / after.d })
      const pan = this.pan(after.mx - before.mx, after.my - before.my, h)
      if (pan) actions.push(pan)
      return actions
    }
    p.x = x
    p.y = y
    p.travelled += Math.hypot(dx, dy)
    if (p.travelled < TAP_SLOP && !p.pans) return [] // still possibly a tap
    if (p.pans) {
      const pan = this.pan(dx, dy, h)
      return pan ? [pan] : []
    }
    return [
      { kind: 'orbit', dAzimuth: (-dx / h) * TURN_PER_HEIGHT, dPolar: (-dy / h) * TURN_PER_HEIGHT },
    ]
  }

  up(id: number, t: number): GestureAction[] {
    const p = this.pointers.get(id)
    this.pointers.delete(id)
    const wasMulti = this.multi
    if (this.pointers.size === 0) this.multi = false
    if (!p || wasMulti || p.pans) return []
    if (p.travelled < TAP_SLOP && t - p.startT < TAP_MS) {
      return [{ kind: 'tap', x: p.startX, y: p.startY }]
    }
    return []
  }

  /** The pointer left or the browser took it over: forget it without a tap. */
  cancel(id: number): void {
    this.pointers.delete(id)
    if (this.pointers.size === 0) this.multi = false
  }

  /** A wheel or trackpad scroll: zoom in for negative `deltaY` (pixels). */
  wheel(deltaY: number): GestureAction {
    return { kind: 'zoom', factor: Math.exp(Math.max(-200, Math.min(200, deltaY)) * 0.0015) }
  }

  private pan(dx: number, dy: number, h: number): GestureAction | null {
    if (dx === 0 && dy === 0) return null
    const k = PAN_PER_PIXEL_AT_UNIT_HEIGHT / h
    // The body follows the fingers: dragging right moves the view's centre left.
    return { kind: 'pan', right: -dx * k, up: dy * k }
  }
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y)
