import { describe, expect, it } from 'vitest'
import { parseRoute } from './routes'
import { screens, titleOf } from './screens'

describe('the route table', () => {
  it('gives every screen its own title, naming Stillpoint', () => {
    const titles = Object.values(screens).map((s) => s.title)
    expect(new Set(titles).size).toBe(titles.length)
    for (const title of titles) expect(title).toMatch(/Stillpoint/)
  })

  it('titles what each hash opens, and unknown places as not found', () => {
    expect(titleOf(parseRoute('#/learn/what-happens'))).toBe(screens.learn.title)
    expect(titleOf(parseRoute('#/routine/2~x'))).toBe(screens['shared-routine'].title)
    expect(titleOf(parseRoute('#/nowhere'))).toBe('Page not found · Stillpoint')
  })

  it('loads the journeys the first screen does not need on demand, behind a line saying so', () => {
    const onDemand = Object.entries(screens)
      .filter(([, s]) => s.opening)
      .map(([name]) => name)
    expect(onDemand.sort()).toEqual(
      [
        'clinician',
        'explore',
        'history',
        'kiosk-setup',
        'practice',
        'preview',
        'shared-routine',
      ].sort(),
    )
  })
})
