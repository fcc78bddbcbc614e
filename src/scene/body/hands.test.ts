// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type HandPointId, handPointIds } from '@/content/routine'
import { routineScripts } from '@/content/routines'
import type { PoseId, Vec3 } from '@/content/shots'
import { placeHand } from '@/scene/HandMarkers'
import { placeInPose, table } from '@/scene/pose'
import { type HandRest, handRest, placementRests, regionAnchors, therapistRests } from './anatomy'
import { seatedSkinParts, skinParts } from './figure'
import { buildHand } from './hand'
import { fieldOf } from './sdf'
import { SEATED_DROP } from './seated'

const poses: readonly PoseId[] = ['seated', 'lying', 'upright']
const standing = fieldOf(skinParts)
const seated = fieldOf(seatedSkinParts)
const skinOf = (pose: PoseId) => (pose === 'seated' ? seated : standing)

const along = (r: HandRest, k: number): Vec3 => [
  r.tip[0] - r.fingers[0] * k,
  r.tip[1] - r.fingers[1] * k,
  r.tip[2] - r.fingers[2] * k,
]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** The front and sides of the throat: the neck's height, in front of the back of the neck. */
const onThroat = ([x, y, z]: Vec3) =>
  y > 1.36 && y < 1.49 && z > -0.03 && Math.hypot(x, z + 0.009) < 0.046 + 0.015

describe('where the hands rest for each spot a routine names', () => {
  it('puts the fingertip pads on the skin, the palm facing it, in every pose', () => {
    for (const pose of poses) {
      const skin = skinOf(pose)
      for (const point of handPointIds) {
        for (const side of ['left', 'right'] as const) {
          const r = handRest(point, side, pose)
          const label = `${pose} ${side} ${point}`
          expect(Math.abs(skin.distance(...r.tip)), label).toBeLessThan(0.012)
          expect(Math.hypot(...r.fingers), label).toBeCloseTo(1)
          expect(Math.hypot(...r.palm), label).toBeCloseTo(1)
          expect(dot(r.fingers, r.palm), label).toBeCloseTo(0)
          // Moving along the palm's direction goes into the body.
          const [x, y, z] = r.tip
          const inward = skin.distance(
            x + r.palm[0] * 0.01,
            y + r.palm[1] * 0.01,
            z + r.palm[2] * 0.01,
          )
          expect(inward, label).toBeLessThan(skin.distance(x, y, z))
          expect(r.left, label).toBe(side === 'left')
        }
      }
    }
  })

  it('puts each hand on its own side (the figure faces +z, its left is +x), and the shoulder across', () => {
    for (const pose of poses) {
      for (const point of handPointIds) {
        const left = handRest(point, 'left', pose)
        const right = handRest(point, 'right', pose)
        expect(right.tip, `${pose} ${point}`).toEqual([-left.tip[0], left.tip[1], left.tip[2]])
        if (point === 'shoulder') {
          // The left hand over the RIGHT shoulder, crossing the chest; its heel in front.
          expect(left.tip[0]).toBeLessThan(-0.1)
          expect(left.tip[1]).toBeGreaterThan(1.36)
          expect(along(left, 0.1)[2]).toBeGreaterThan(left.tip[2])
        } else {
          expect(left.tip[0], `${pose} ${point}`).toBeGreaterThan(0.005)
        }
      }
    }
  })

  it('never rests on the front or sides of the throat', () => {
    for (const pose of poses) {
      for (const point of handPointIds) {
        for (const side of ['left', 'right'] as const) {
          const r = handRest(point, side, pose)
          for (let k = 0; k <= 0.14; k += 0.01) {
            expect(onThroat(along(r, k)), `${pose} ${side} ${point} at ${k}`).toBe(false)
          }
        }
      }
    }
  })

  it('keeps the jaw hand on the cheek, above the angle of the jaw, off the side of the neck', () => {
    // The angle of the jaw is at 1.499 (figure.ts): pressing below it, at the side of the neck
    // under the ear, can slow the heart (CONTENT.md section 10). Stay 2 cm above it.
    for (const pose of poses) {
      for (const side of ['left', 'right'] as const) {
        const r = handRest('jaw', side, pose)
        for (let k = 0; k <= 0.14; k += 0.01) {
          expect(along(r, k)[1], `${pose} ${side} at ${k}`).toBeGreaterThan(1.52)
        }
      }
    }
  })

  it('keeps the fingertips on the back of the neck beside the spine, never on its midline', () => {
    for (const side of ['left', 'right'] as const) {
      const r = handRest('neck-back', side, 'seated')
      expect(Math.abs(r.tip[0])).toBeGreaterThan(0.015)
      expect(r.tip[2]).toBeLessThan(-0.04)
      expect(r.tip[1]).toBeGreaterThan(1.4)
      expect(r.tip[1]).toBeLessThan(regionAnchors.occiput[1])
      // The fingers reach in towards the spine from the side.
      expect(Math.sign(r.fingers[0])).toBe(side === 'left' ? -1 : 1)
    }
  })

  it('rests the fingertips just under the bony ridge at the back of the head', () => {
    for (const pose of poses) {
      const r = handRest('skull-base', 'left', pose)
      expect(r.tip[1]).toBeLessThan(regionAnchors.occiput[1])
      expect(r.tip[1]).toBeGreaterThan(1.49)
      expect(r.tip[2]).toBeLessThan(-0.06)
    }
  })

  it('places the head spots where a person finds them', () => {
    const at = (p: HandPointId) => handRest(p, 'left', 'seated').tip
    expect(at('scalp')[1]).toBeGreaterThan(1.64) // on top of the head
    expect(Math.abs(at('temple')[1] - 1.585)).toBeLessThan(0.02) // beside the eyes
    expect(at('temple')[2]).toBeGreaterThan(0.02)
    expect(at('jaw')[1]).toBeGreaterThan(1.5) // on the face, above the jaw's edge
    expect(at('jaw')[1]).toBeLessThan(1.56)
    expect(at('jaw')[2]).toBeGreaterThan(0.011) // in front of the ear
    expect(at('belly')[2]).toBeGreaterThan(0.07)
  })

  it('rests the hands on the level thighs when seated, and on the front of the thighs otherwise', () => {
    const sitting = handRest('lap', 'left', 'seated')
    expect(sitting.tip[1]).toBeGreaterThan(0.9)
    expect(sitting.tip[2]).toBeGreaterThan(0.2)
    expect(sitting.palm[1]).toBeLessThan(-0.9) // palm down on the thigh
    const lying = handRest('lap', 'left', 'lying')
    expect(lying.tip[1]).toBeLessThan(0.85)
    expect(lying.palm[2]).toBeLessThan(-0.9)
  })

  it('lying, slides the hands under the head: palms up, between the head and the bed', () => {
    for (const side of ['left', 'right'] as const) {
      const hand = placeHand('lying', handRest('skull-base', side, 'lying'))
      expect(hand.palm[1]).toBeGreaterThan(0.9)
      expect(hand.at[1]).toBeGreaterThan(table.top)
      // Below the middle of the head: under it, not beside or over it.
      expect(hand.at[1]).toBeLessThan(placeInPose('lying', [0, 1.55, 0])[1] - 0.05)
    }
  })

  it('shows a null side as no hand, and every placement the routines use', () => {
    expect(placementRests({ left: 'belly', right: null }, 'lying')).toHaveLength(1)
    expect(placementRests({ left: null, right: null }, 'lying')).toHaveLength(0)
    for (const routine of routineScripts) {
      for (const step of routine.steps) {
        const rests = placementRests(step.placement, routine.pose)
        expect(rests.length).toBe(
          [step.placement.left, step.placement.right].filter(Boolean).length,
        )
      }
    }
  })

  it('gives the therapist two hands on the head, on either side', () => {
    const [a, b] = therapistRests('cranium')
    expect(a?.left).not.toBe(b?.left)
    expect(Math.sign(a?.tip[0] ?? 0)).not.toBe(Math.sign(b?.tip[0] ?? 0))
  })
})

describe('the seated pose', () => {
  it('keeps the head, neck and spine anatomy, lowered onto the stool with the feet on the floor', () => {
    for (const [region, anchor] of Object.entries(regionAnchors)) {
      const placed = placeInPose('seated', anchor)
      expect(placed[0], region).toBeCloseTo(anchor[0])
      expect(placed[1], region).toBeCloseTo(anchor[1] - SEATED_DROP)
      expect(placed[2], region).toBeCloseTo(anchor[2])
    }
    // The same upper body in both figures: the skin over the head, neck and back is unchanged.
    for (const [x, y, z] of [
      regionAnchors.cranium,
      regionAnchors.cervical,
      regionAnchors.thoracic,
    ]) {
      expect(seated.distance(x, y, z)).toBeCloseTo(standing.distance(x, y, z), 6)
    }
    // Feet flat on the floor: the soles' lowest point sits at y = 0 in the scene.
    let lowest = Number.POSITIVE_INFINITY
    for (let z = 0.3; z <= 0.55; z += 0.01) {
      for (let y = 0.38; y < 0.45; y += 0.0005) {
        if (seated.distance(0.1, y, z) < 0) {
          lowest = Math.min(lowest, y)
          break
        }
      }
    }
    expect(lowest - SEATED_DROP).toBeGreaterThan(-0.005)
    expect(lowest - SEATED_DROP).toBeLessThan(0.012)
  })
})

describe('the hand mesh', () => {
  it('is a small, closed, low-poly hand with its fingertip pads at the origin', () => {
    const hand = buildHand()
    const triangles = hand.indices.length / 3
    expect(triangles).toBeLessThan(3000)
    expect(triangles).toBeGreaterThan(800)
    const ys = hand.positions.filter((_, i) => i % 3 === 1)
    expect(Math.max(...ys)).toBeLessThan(0.002)
    expect(Math.max(...ys)).toBeGreaterThan(-0.01)
    expect(Math.min(...ys)).toBeLessThan(-0.17) // palm and wrist behind the fingers
    const zs = hand.positions.filter((_, i) => i % 3 === 2)
    expect(Math.min(...zs)).toBeGreaterThan(-0.002) // nothing below the pads on the palm side
  })
})
