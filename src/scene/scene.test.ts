import { describe, expect, it } from 'vitest'
import { handRest } from './body/anatomy'
import { handMatrix, placeHand } from './HandMarkers'
import { dimLevel, isAnimating, PULSE_SECONDS, regionGlow, sweepGlow } from './highlight'
import { clampTarget, damp, fitPosition, orbitLimits, orbitStep } from './orbit'
import { pickRegion } from './pick'
import { placeInPose, turnInPose } from './pose'

describe('placeInPose', () => {
  it('lays the upright figure face-up on the table with the head towards -x', () => {
    const head = placeInPose('lying', [0, 1.6, 0])
    const feet = placeInPose('lying', [0, 0, 0])
    const nose = placeInPose('lying', [0, 1.6, 0.1])
    expect(head[0]).toBeLessThan(feet[0])
    expect(nose[1]).toBeGreaterThan(head[1]) // the face points up
    expect(placeInPose('upright', [1, 2, 3])).toEqual([1, 2, 3])
  })
  it('sits the seated figure on its stool: the same shape, lowered, facing +z', () => {
    const [x, y, z] = placeInPose('seated', [0.1, 1.6, 0.05])
    expect(x).toBeCloseTo(0.1)
    expect(y).toBeCloseTo(1.6 - 0.405)
    expect(z).toBeCloseTo(0.05)
    expect(turnInPose('seated', [0, 0, 1])).toEqual([0, 0, 1])
    // Directions turn like points, without the offset.
    const a = placeInPose('lying', [0, 1, 0])
    const b = placeInPose('lying', [0, 1, 1])
    const turned = turnInPose('lying', [0, 0, 1])
    for (const [i, v] of turned.entries()) expect(v).toBeCloseTo((b[i] ?? 0) - (a[i] ?? 0))
  })
})

describe('highlight', () => {
  const base = { focus: ['cervical'] as const, selected: null, reducedMotion: false }
  it('lights only focused or selected regions', () => {
    expect(regionGlow('cervical', { ...base, since: 8 })).toBeGreaterThan(0.5)
    expect(regionGlow('lumbar', { ...base, since: 8 })).toBe(0)
    expect(regionGlow('jaw', { ...base, focus: [], selected: 'jaw', since: 8 })).toBeGreaterThan(
      0.5,
    )
  })
  it('breathes at first, then holds still so idle screens draw nothing', () => {
    const samples = [1, 1.6, 2.2, 2.8].map((since) => regionGlow('cervical', { ...base, since }))
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(0.1)
    expect(isAnimating({ ...base, since: 2 }, false)).toBe(true)
    expect(isAnimating({ ...base, since: PULSE_SECONDS + 0.1 }, false)).toBe(false)
    expect(regionGlow('cervical', { ...base, since: PULSE_SECONDS + 1 })).toBe(
      regionGlow('cervical', { ...base, since: 100 }),
    )
  })
  it('in a guided run, is lit from the first instant (a seek to its start shows it)', () => {
    expect(regionGlow('cervical', { ...base, since: 0 })).toBe(0)
    expect(regionGlow('cervical', { ...base, since: 0, fadeIn: false })).toBeGreaterThan(0.5)
    expect(regionGlow('lumbar', { ...base, since: 0, fadeIn: false })).toBe(0)
  })
  it('holds a steady glow at once under reduced motion', () => {
    const reduced = { ...base, reducedMotion: true }
    expect(regionGlow('cervical', { ...reduced, since: 0 })).toBe(
      regionGlow('cervical', { ...reduced, since: 1.3 }),
    )
    expect(isAnimating({ ...reduced, since: 0 }, true)).toBe(false)
    expect(sweepGlow(1, 0, true)).toBeGreaterThan(0.5)
  })
  it('sweeps from the neck down to the tailbone', () => {
    expect(sweepGlow(0.05, 0.3, false)).toBeGreaterThan(0.5)
    expect(sweepGlow(0.9, 0.3, false)).toBe(0)
    expect(sweepGlow(0.9, 5, false)).toBeGreaterThan(0.5)
  })
  it('dims the rest only while something is lit', () => {
    expect(dimLevel({ focus: [], selected: null })).toBe(0)
    expect(dimLevel({ focus: ['sacrum'], selected: null })).toBe(1)
  })
})

describe('orbit', () => {
  it('keeps the camera within distance and angle limits', () => {
    const far = orbitStep([0, 1, 3], [0, 1, 0], 0, 0, 10)
    expect(Math.hypot(far[0], far[1] - 1, far[2])).toBeCloseTo(orbitLimits.maxDistance)
    const near = orbitStep([0, 1, 0.5], [0, 1, 0], 0, 0, 0.01)
    expect(Math.hypot(near[0], near[1] - 1, near[2])).toBeCloseTo(orbitLimits.minDistance)
    const under = orbitStep([0, 1, 1], [0, 1, 0], 0, 3, 1)
    expect(under[1]).toBeGreaterThan(1 - Math.cos(Math.PI - orbitLimits.maxPolar) - 1e-9)
  })
  it('turns around the target keeping the distance', () => {
    const p = orbitStep([0, 1, 2], [0, 1, 0], Math.PI / 2, 0, 1)
    expect(p[0]).toBeCloseTo(2)
    expect(p[2]).toBeCloseTo(0)
  })
  it('clamps the target and damps independent of frame rate', () => {
    expect(clampTarget([9, -9, 0])).toEqual([1.1, 0.2, 0])
    const oneStep = damp(1 / 30, 4)
    const twoSteps = 1 - (1 - damp(1 / 60, 4)) ** 2
    expect(oneStep).toBeCloseTo(twoSteps, 10)
  })
})

describe('pickRegion', () => {
  it('prefers the bone under the skin', () => {
    expect(pickRegion([{ part: 'skin' }, { part: 'vertebrae', region: 'thoracic' }])).toBe(
      'thoracic',
    )
  })
  it('reads bare skin as shoulders where they glow, and fascia elsewhere', () => {
    expect(pickRegion([{ part: 'skin', region: 'shoulders' }])).toBe('shoulders')
    expect(pickRegion([{ part: 'skin' }])).toBe('fascia')
    expect(pickRegion([{ part: 'other' }])).toBeNull()
    expect(pickRegion([])).toBeNull()
  })
})

describe('fitPosition', () => {
  it('backs off further on a tall phone than on a wide kiosk, along the same direction', () => {
    const wide = fitPosition([0, 1, 2], [0, 1, 0], 1, 34, 16 / 9)
    const tall = fitPosition([0, 1, 2], [0, 1, 0], 1, 34, 9 / 19)
    expect(tall[2]).toBeGreaterThan(wide[2])
    expect(wide[0]).toBeCloseTo(0)
    expect(wide[1]).toBeCloseTo(1)
    // On the wide screen the vertical field of view is the limit: radius / sin(17 deg), plus margin.
    expect(wide[2]).toBeCloseTo((1 / Math.sin((17 * Math.PI) / 180)) * 1.08, 5)
  })
})

describe('placing a hand', () => {
  it('turns the hand mesh so its fingers and palm point where the rest says, in each pose', () => {
    for (const pose of ['seated', 'lying', 'upright'] as const) {
      for (const side of ['left', 'right'] as const) {
        const rest = handRest('temple', side, pose)
        const hand = placeHand(pose, rest)
        const m = handMatrix(hand)
        const e = m.elements
        // Columns: x, y (fingers), z (the back of the hand, against the palm).
        expect([e[4], e[5], e[6]].map((v) => v ?? 0)).toEqual(
          turnInPose(pose, rest.fingers).map((v) => expect.closeTo(v, 6)),
        )
        expect([e[8], e[9], e[10]].map((v) => -(v ?? 0))).toEqual(
          turnInPose(pose, rest.palm).map((v) => expect.closeTo(v, 6)),
        )
        // A left hand is the right hand's mesh mirrored.
        expect(Math.sign(m.determinant()), `${pose} ${side}`).toBe(side === 'left' ? -1 : 1)
        // The pads sit just off the skin, at the rest's fingertip spot.
        const tip = placeInPose(pose, rest.tip)
        expect(Math.hypot(...hand.at.map((v, i) => v - (tip[i] ?? 0)))).toBeLessThan(0.004)
      }
    }
  })
})
