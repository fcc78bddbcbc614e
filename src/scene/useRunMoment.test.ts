import { describe, expect, it } from 'vitest'
import { runView } from './runView'
import type { BodyMoment } from './sceneTypes'
import { restingView } from './useRunMoment'

const plan: readonly BodyMoment[] = [
  { at: 2, shot: 'whole-body', focus: [], therapistHands: [] },
  { at: 10, shot: 'head', focus: ['cranium'], therapistHands: ['cranium'] },
  {
    at: 20,
    shot: 'neck',
    focus: ['cervical'],
    therapistHands: [],
    placement: { left: 'neck-back', right: null },
  },
]

describe('restingView', () => {
  it('shows what runView shows at each moment, camera at rest', () => {
    for (const [i, m] of plan.entries()) {
      const full = runView(plan, m.at, true)
      const rest = restingView(plan, i)
      expect(rest).toMatchObject({
        index: full.index,
        to: full.to,
        focus: full.focus,
        therapistHands: full.therapistHands,
        placement: full.placement,
        gliding: false,
      })
    }
  })

  it('before the first moment: the first shot, nothing lit, no hands', () => {
    expect(restingView(plan, -1)).toMatchObject({
      to: 'whole-body',
      focus: [],
      therapistHands: [],
      placement: null,
    })
    expect(runView(plan, 0, true)).toMatchObject({ index: -1, to: 'whole-body', focus: [] })
  })
})
