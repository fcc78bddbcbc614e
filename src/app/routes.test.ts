import { describe, expect, it } from 'vitest'
import { isHomeHash, openingOf, parseRoute, routeHref } from './routes'

describe('isHomeHash', () => {
  it('is true for the hashes the app writes for home, false for every other route', () => {
    for (const hash of ['', '#', '#/', '#/learn', '#/preview', '#learn', '#/routine/abc', '#//x'])
      expect(isHomeHash(hash), hash).toBe(parseRoute(hash).name === 'home')
  })
})

describe('openingOf', () => {
  it('names the screen where the route is that screen itself, and nothing for a part of one or any other route', () => {
    for (const hash of [
      '#/learn',
      '#/learn/',
      '#learn',
      '#//learn//',
      '#/learn/what-happens',
      '#/preview',
      '#preview/',
      '#/preview/the-neck',
      '#/explore',
      '#/explore/cervical',
      '#/practice',
      '#/practice/neck-and-shoulders',
      '#/history',
      '#/clinician',
      '#/kiosk',
      '',
      '#/',
      '#/learning',
      '#/x/learn',
      '#/routine/learn',
      '#/routine/practice',
    ]) {
      const route = parseRoute(hash)
      const whole = Object.keys(route).length === 1
      const expected = whole && ['learn', 'preview', 'explore', 'practice'].includes(route.name)
      expect(openingOf(hash), hash).toBe(expected ? route.name : null)
    }
  })
})

describe('parseRoute', () => {
  it('reads the home, learn and learn-section routes', () => {
    expect(parseRoute('')).toEqual({ name: 'home' })
    expect(parseRoute('#/')).toEqual({ name: 'home' })
    expect(parseRoute('#/learn')).toEqual({ name: 'learn' })
    expect(parseRoute('#/learn/')).toEqual({ name: 'learn' })
    expect(parseRoute('#/learn/what-happens')).toEqual({ name: 'learn', section: 'what-happens' })
    expect(parseRoute('#/explore')).toEqual({ name: 'explore' })
    expect(parseRoute('#/explore/cervical')).toEqual({ name: 'explore', region: 'cervical' })
    expect(parseRoute('#/preview')).toEqual({ name: 'preview' })
    expect(parseRoute('#/preview/the-neck')).toEqual({ name: 'preview', chapter: 'the-neck' })
    expect(parseRoute('#/preview/the-neck/extra').name).toBe('not-found')
    expect(parseRoute('#/practice')).toEqual({ name: 'practice' })
    expect(parseRoute('#/practice/evening-rest')).toEqual({
      name: 'practice',
      routine: 'evening-rest',
    })
    expect(parseRoute('#/practice/evening-rest/x').name).toBe('not-found')
    expect(parseRoute('#/history')).toEqual({ name: 'history' })
    expect(parseRoute('#/history/2026').name).toBe('not-found')
    expect(parseRoute('#/routine/1~settle:30~-~abc~A%20note%2Fwith~slash')).toEqual({
      name: 'shared-routine',
      code: '1~settle:30~-~abc~A%20note%2Fwith~slash',
    })
    expect(parseRoute('#/routine/')).toEqual({ name: 'shared-routine', code: '' })
  })
  it('turns anything else, including malformed escapes, into a not-found route', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' })
    expect(parseRoute('#/learn/a/b')).toEqual({ name: 'not-found', path: '/learn/a/b' })
    expect(parseRoute('#/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' })
    expect(parseRoute(`#/${'x'.repeat(500)}`).name).toBe('not-found')
  })
  it('round-trips through routeHref', () => {
    for (const hash of [
      '#/',
      '#/learn',
      '#/learn/at-home',
      '#/explore',
      '#/explore/jaw',
      '#/preview',
      '#/preview/deep-rest',
      '#/practice',
      '#/practice/just-breathing',
      '#/history',
      '#/clinician',
    ]) {
      expect(routeHref(parseRoute(hash))).toBe(hash)
    }
  })
})
