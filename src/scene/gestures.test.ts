import { describe, expect, it } from 'vitest'
import { type GestureAction, TAP_SLOP, ViewGestures } from './gestures'

const HEIGHT = 600
const make = () => new ViewGestures(() => HEIGHT)
const kinds = (actions: GestureAction[]) => actions.map((a) => a.kind)

describe('view gestures', () => {
  it('a short press without movement is a tap at the press point', () => {
    const g = make()
    g.down({ id: 1, x: 100, y: 200, t: 0 })
    expect(g.move(1, 102, 201)).toEqual([])
    expect(g.up(1, 120)).toEqual([{ kind: 'tap', x: 100, y: 200 }])
  })

  it('a long press, or one that moved, is not a tap', () => {
    const g = make()
    g.down({ id: 1, x: 100, y: 200, t: 0 })
    expect(g.up(1, 900)).toEqual([])
    g.down({ id: 2, x: 100, y: 200, t: 1000 })
    g.move(2, 100 + TAP_SLOP + 4, 200)
    expect(g.up(2, 1100)).toEqual([])
  })

  it('dragging right turns the body towards the finger, dragging down tilts it', () => {
    const g = make()
    g.down({ id: 1, x: 0, y: 0, t: 0 })
    g.move(1, 20, 0) // past the tap slop
    const [right] = g.move(1, 80, 0)
    expect(right).toMatchObject({ kind: 'orbit', dPolar: -0 })
    if (right?.kind !== 'orbit') throw new Error('expected an orbit')
    // A drag across the whole height turns a bit more than a half turn.
    expect(right.dAzimuth).toBeCloseTo((-60 / HEIGHT) * Math.PI * 2 * 0.6)
    const [down] = g.move(1, 80, 30)
    if (down?.kind !== 'orbit') throw new Error('expected an orbit')
    expect(down.dPolar).toBeLessThan(0)
    expect(down.dAzimuth).toBeCloseTo(0)
  })

  it('the right button or Shift pans at once, and never taps', () => {
    const g = make()
    g.down({ id: 1, x: 0, y: 0, t: 0, pans: true })
    const [pan] = g.move(1, 3, -3)
    expect(pan).toMatchObject({ kind: 'pan' })
    if (pan?.kind !== 'pan') throw new Error('expected a pan')
    expect(pan.right, 'content follows the pointer: the view moves left').toBeLessThan(0)
    expect(pan.up, 'dragging up moves the view down').toBeLessThan(0)
    expect(g.up(1, 50)).toEqual([])
  })

  it('two fingers spreading apart zoom in; sliding together pans; lifting them is no tap', () => {
    const g = make()
    g.down({ id: 1, x: 100, y: 300, t: 0 })
    g.down({ id: 2, x: 200, y: 300, t: 0 })
    const spread = g.move(2, 300, 300)
    const zoom = spread.find((a) => a.kind === 'zoom')
    expect(zoom).toBeDefined()
    if (zoom?.kind !== 'zoom') throw new Error('expected a zoom')
    expect(zoom.factor, 'closer: distance factor below 1').toBeCloseTo(0.5)
    expect(kinds(spread)).toContain('pan') // the midpoint moved too
    const slide = [...g.move(1, 150, 300), ...g.move(2, 350, 300)]
    expect(kinds(slide)).toContain('pan')
    expect(g.up(1, 100)).toEqual([])
    expect(g.up(2, 110)).toEqual([])
    // The next single press is a tap again.
    g.down({ id: 3, x: 10, y: 10, t: 200 })
    expect(kinds(g.up(3, 250))).toEqual(['tap'])
  })

  it('a cancelled pointer is forgotten without a tap', () => {
    const g = make()
    g.down({ id: 1, x: 10, y: 10, t: 0 })
    g.cancel(1)
    expect(g.up(1, 50)).toEqual([])
    expect(g.move(1, 90, 90)).toEqual([])
  })

  it('the wheel zooms in for scrolling up and out for down, within a bound per event', () => {
    const g = make()
    const zin = g.wheel(-100)
    const zout = g.wheel(100)
    const huge = g.wheel(100_000)
    if (zin.kind !== 'zoom' || zout.kind !== 'zoom' || huge.kind !== 'zoom') throw new Error()
    expect(zin.factor).toBeLessThan(1)
    expect(zout.factor).toBeGreaterThan(1)
    expect(zin.factor * zout.factor).toBeCloseTo(1)
    expect(huge.factor).toBeLessThan(1.4)
  })
})
