import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ENROLMENT_KEY } from '@/state/kioskDevice'
import { safetyRecord } from '@/state/safety'
import { settingsRecord } from '@/state/settings'
import {
  beforePaint,
  beforePaintScript,
  KIOSK_KEY,
  openScreen,
  openScreenScript,
  SAFETY_KEY,
  SETTINGS_KEY,
  startApp,
} from './beforePaint'
import { opensOnCheck } from './opensOnCheck'
import { isHomeHash, openingOf } from './routes'

/** Safety answers kept today, as the app keeps them. */
const answered = () => JSON.stringify({ version: 1, data: { answeredAt: Date.now(), answers: {} } })

const root = document.documentElement
// What a test's startApp listens for goes with the test: a later test's hash change or load is
// answered by its own startApp, or by none.
const listening: Parameters<typeof removeEventListener>[] = []
beforeEach(() => {
  const add = globalThis.addEventListener
  vi.spyOn(globalThis, 'addEventListener').mockImplementation((...args) => {
    listening.push(args)
    add.apply(globalThis, args)
  })
})
afterEach(() => {
  vi.mocked(globalThis.addEventListener).mockRestore()
  for (const args of listening.splice(0)) removeEventListener(...args)
  for (const k of ['opening', 'kiosk', 'theme', 'motion', 'textSize', 'started'])
    delete root.dataset[k]
  localStorage.clear()
  window.location.hash = ''
})
const run = () => beforePaint(SETTINGS_KEY, KIOSK_KEY, isHomeHash)

describe('before the first paint', () => {
  it('reads the keys the app keeps its settings, its kiosk enrolment and the safety answers under', () => {
    expect(SETTINGS_KEY).toBe(settingsRecord.key)
    expect(KIOSK_KEY).toBe(ENROLMENT_KEY)
    expect(SAFETY_KEY).toBe(safetyRecord.key)
    expect(beforePaintScript).toContain(JSON.stringify(SETTINGS_KEY))
  })

  it('leaves the home screen be, and marks a deep link as opening', () => {
    run()
    expect(root.dataset.opening).toBeUndefined()
    window.location.hash = '#/preview'
    run()
    expect(root.dataset.opening).toBe('')
  })

  it('applies a chosen theme, text size and motion at once', () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 1, data: { theme: 'dark', textSize: 'larger', motion: 'reduce' } }),
    )
    run()
    expect({ ...root.dataset }).toMatchObject({
      theme: 'dark',
      textSize: 'larger',
      motion: 'reduce',
    })
  })

  it('an enrolled kiosk opens as one, and damaged settings change nothing', () => {
    localStorage.setItem(SETTINGS_KEY, '{not json')
    run()
    expect(root.dataset.theme).toBeUndefined()
    localStorage.setItem(KIOSK_KEY, 'anything')
    run()
    expect(root.dataset.kiosk).toBe('')
    expect(root.dataset.opening).toBe('')
  })
})

describe('the app’s code', () => {
  // The browser's paint timing, by hand: `paint('first-paint')` reports a frame drawn.
  const observers: Array<(list: { getEntriesByName: (name: string) => unknown[] }) => void> = []
  class FakePaintObserver {
    constructor(private readonly callback: (typeof observers)[number]) {}
    observe(options: { type: string; buffered: boolean }) {
      if (options.type === 'paint' && options.buffered) observers.push(this.callback)
    }
  }
  const paint = (name: 'first-paint' | 'first-contentful-paint') => {
    for (const observer of observers)
      observer({ getEntriesByName: (asked) => (asked === name ? [{ name }] : []) })
  }
  // Frames, by hand too: `frame()` runs what waits for the next one.
  let frames: FrameRequestCallback[] = []
  const frame = () => {
    const now = frames
    frames = []
    for (const callback of now) callback(0)
  }
  const visibility = (state: DocumentVisibilityState) =>
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
  const loading = (state: DocumentReadyState) =>
    Object.defineProperty(document, 'readyState', { value: state, configurable: true })
  const asked = () => ({
    entry: document.head.querySelector('script')?.getAttribute('src'),
    modules: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    ),
  })
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="root" data-entry="/assets/index-1.js" data-modules="/assets/react-2.js /assets/vanilla-3.js"><h1>Home</h1></div>'
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )
    visibility('visible')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    observers.length = 0
    frames = []
    Reflect.deleteProperty(document, 'readyState')
    Reflect.deleteProperty(document, 'visibilityState')
    document.body.innerHTML = ''
    for (const el of document.head.querySelectorAll('script, link')) el.remove()
    delete root.dataset.app
    delete root.dataset.opening
  })

  it('is asked for once the first frame with content is drawn, with its modules, not with the HTML', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('loading')
    startApp(isHomeHash)
    expect(asked().entry).toBeUndefined()
    // A first frame of bare background (the parser had not reached the body) is not it.
    paint('first-paint')
    expect(asked().entry).toBeUndefined()
    paint('first-contentful-paint')
    expect(asked()).toEqual({
      entry: '/assets/index-1.js',
      modules: ['/assets/react-2.js', '/assets/vanilla-3.js'],
    })
    expect(document.head.querySelector('script')?.type).toBe('module')
    // The page's load comes after: it asks nothing twice.
    window.dispatchEvent(new Event('load'))
    frame()
    frame()
    expect(document.head.querySelectorAll('script')).toHaveLength(1)
  })

  it('a page that loads before it paints asks two frames later, once a frame is drawn', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('interactive')
    startApp(isHomeHash)
    window.dispatchEvent(new Event('load'))
    frame()
    expect(asked().entry).toBeUndefined()
    frame()
    expect(asked().entry).toBe('/assets/index-1.js')
    paint('first-contentful-paint')
    expect(document.head.querySelectorAll('script')).toHaveLength(1)
  })

  it('where nothing is drawn (a tab opened in the background), the page’s load asks for it', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    visibility('hidden')
    loading('interactive')
    startApp(isHomeHash)
    expect(asked().entry).toBeUndefined()
    window.dispatchEvent(new Event('load'))
    expect(asked().entry).toBe('/assets/index-1.js')
  })

  it('a browser without paint timing asks once the page has loaded and drawn', () => {
    vi.stubGlobal('PerformanceObserver', undefined)
    loading('complete')
    startApp(isHomeHash)
    frame()
    frame()
    expect(asked().entry).toBe('/assets/index-1.js')
  })

  it('a link followed before it arrives shows the calm line in place of the home screen', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('loading')
    startApp(isHomeHash)
    window.location.hash = '#/learn'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBe('')
    // Back home: the home screen is in the HTML, so it shows at once.
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBeUndefined()
    // Once the app runs, its own screens take over.
    root.dataset.app = 'ready'
    window.location.hash = '#/preview'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBeUndefined()
  })

  it('a kiosk stays hidden when its link goes home before the code arrives', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('loading')
    root.dataset.kiosk = ''
    root.dataset.opening = ''
    startApp(isHomeHash)
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBe('')
    delete root.dataset.kiosk
  })
})

describe('where the page ends', () => {
  const templates = ['learn', 'preview', 'explore', 'practice', 'practice-check']
    .map(
      (name) =>
        `<template data-opening="${name}"><div class="${name} page"><h1>${name}</h1></div></template>`,
    )
    .join('')
  const page = () => {
    document.body.innerHTML = `<div id="root"><main id="main"><h1>Home</h1></main></div>${templates}`
  }
  const shown = () => document.getElementById('opening')
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('a link straight to a screen puts its top where the screen will be, marks the page to show it, and clears the rest away', () => {
    // (Practice: this device has kept safety answers; with none it opens on the check, below.)
    localStorage.setItem(SAFETY_KEY, answered())
    for (const name of ['learn', 'preview', 'explore', 'practice']) {
      page()
      window.location.hash = `#/${name}`
      openScreen(openingOf, SAFETY_KEY, opensOnCheck)
      expect(document.getElementById('main')?.firstElementChild, name).toBe(shown())
      expect(shown()?.className, name).toBe(`${name} page`)
      expect(shown()?.textContent, name).toBe(name)
      expect(root.dataset.opening, name).toBe(name)
      expect(document.querySelectorAll('template').length, name).toBe(0)
    }
  })

  it('Practice opens on its safety check where no answers are kept, they are too old, or storage is refused', () => {
    page()
    window.location.hash = '#/practice'
    openScreen(openingOf, SAFETY_KEY, opensOnCheck)
    expect(shown()?.textContent).toBe('practice-check')
    expect(root.dataset.opening).toBe('practice')
    page()
    localStorage.setItem(SAFETY_KEY, answered())
    openScreen(openingOf, SAFETY_KEY, opensOnCheck)
    expect(shown()?.textContent).toBe('practice')
    page()
    localStorage.setItem(
      SAFETY_KEY,
      JSON.stringify({ version: 1, data: { answeredAt: Date.now() - 91 * 864e5, answers: {} } }),
    )
    openScreen(openingOf, SAFETY_KEY, opensOnCheck)
    expect(shown()?.textContent).toBe('practice-check')
    page()
    const refused = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    openScreen(openingOf, SAFETY_KEY, opensOnCheck)
    refused.mockRestore()
    expect(shown()?.textContent).toBe('practice-check')
  })

  it('anywhere else (the home screen, a section or a routine, another screen) the tops go, and the page is left be', () => {
    for (const hash of [
      '',
      '#/learn/when-to-call',
      '#/practice/neck',
      '#/history',
      '#/routine/x',
    ]) {
      page()
      window.location.hash = hash
      openScreen(openingOf, SAFETY_KEY, opensOnCheck)
      expect(shown(), hash).toBeNull()
      expect(document.querySelectorAll('template').length, hash).toBe(0)
      expect(document.getElementById('main')?.innerHTML, hash).toBe('<h1>Home</h1>')
      expect(root.dataset.opening, hash).toBeUndefined()
    }
  })

  it('a kiosk, or a page whose app has started (the end of the page came late): they go', () => {
    for (const mark of ['kiosk', 'started']) {
      page()
      window.location.hash = '#/preview'
      root.dataset[mark] = ''
      openScreen(openingOf, SAFETY_KEY, opensOnCheck)
      expect(shown(), mark).toBeNull()
      expect(document.querySelectorAll('template').length, mark).toBe(0)
      expect(root.dataset.opening, mark).toBeUndefined()
      delete root.dataset[mark]
    }
  })

  it('a link followed before the app’s code arrives takes the top away, so home hydrates as sent', () => {
    page()
    window.location.hash = '#/explore'
    openScreen(openingOf, SAFETY_KEY, opensOnCheck)
    startApp(isHomeHash)
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(shown()).toBeNull()
    expect(document.getElementById('main')?.innerHTML).toBe('<h1>Home</h1>')
    expect(root.dataset.opening).toBeUndefined()
  })

  it('is sent as its own source text, with the route test and the safety answers’ key handed in', () => {
    page()
    window.location.hash = '#/practice'
    new Function(openScreenScript)()
    expect(root.dataset.opening).toBe('practice')
    expect(shown()?.textContent).toBe('practice-check')
    page()
    localStorage.setItem(SAFETY_KEY, answered())
    new Function(openScreenScript)()
    expect(shown()?.textContent).toBe('practice')
  })
})
