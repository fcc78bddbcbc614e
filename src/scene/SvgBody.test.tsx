import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { handPointIds } from '@/content/routine'
import { SvgBody } from './SvgBody'

const drawing = (props: Partial<Parameters<typeof SvgBody>[0]> = {}) => {
  const view = render(
    <SvgBody pose="seated" focus={[]} selected={null} sweep={false} label="A person" {...props} />,
  )
  const svg = view.container.querySelector('[data-testid="svg-body"]')
  if (!svg) throw new Error('no drawing')
  return { svg, ...view }
}

afterEach(cleanup)

describe('SvgBody, the drawing without WebGL', () => {
  it('draws the seated figure on its stool, with every region', () => {
    const { svg } = drawing()
    expect(svg.querySelector('[data-testid="svg-stool"]')).toBeTruthy()
    for (const region of ['cranium', 'jaw', 'occiput', 'cervical', 'sacrum', 'shoulders'])
      expect(svg.querySelectorAll(`[data-region="${region}"]`)).toHaveLength(1)
  })

  it('shows a hand silhouette for each hand of every placement, seated and lying', () => {
    for (const pose of ['seated', 'lying'] as const) {
      for (const spot of handPointIds) {
        const { svg, unmount } = drawing({ pose, placement: { left: spot, right: spot } })
        expect(svg.querySelectorAll('[data-hand="left"]'), `${pose} ${spot}`).toHaveLength(1)
        expect(svg.querySelectorAll('[data-hand="right"]'), `${pose} ${spot}`).toHaveLength(1)
        unmount()
      }
    }
  })

  it('draws the far (left) hand behind the body and the near (right) one in front', () => {
    const { svg } = drawing({ placement: { left: 'temple', right: 'temple' } })
    const left = svg.querySelector('[data-hand="left"]')
    const right = svg.querySelector('[data-hand="right"]')
    const skin = svg.querySelector('[data-region="fascia"]')
    if (!left || !right || !skin) throw new Error('missing')
    expect(left.classList.contains('is-far')).toBe(true)
    expect(left.compareDocumentPosition(skin) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(right.compareDocumentPosition(skin) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy()
  })

  it('leaves out a hand that is null, and shows the therapist’s hands on a region', () => {
    const one = drawing({ pose: 'lying', placement: { left: 'belly', right: null } })
    expect(one.svg.querySelectorAll('[data-hand]')).toHaveLength(1)
    one.unmount()
    const therapist = drawing({ pose: 'lying', therapistHands: ['cranium'] })
    expect(therapist.svg.querySelectorAll('[data-hand]')).toHaveLength(2)
  })

  it('puts the left hand on the right shoulder: the near side, seen from the right', () => {
    const { svg } = drawing({ placement: { left: 'shoulder', right: null } })
    expect(svg.querySelector('[data-hand="left"]')?.classList.contains('is-far')).toBe(false)
  })
})
