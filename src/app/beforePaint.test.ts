import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ENROLMENT_KEY } from '@/state/kioskDevice'
import { settingsRecord } from '@/state/settings'
import { beforePaint, beforePaintScript, KIOSK_KEY, SETTINGS_KEY, startApp } from './beforePaint'
import { isHomeHash } from './routes'

const root = document.documentElement
afterEach(() => {
  for (const k of ['opening', 'kiosk', 'theme', 'motion', 'textSize']) delete root.dataset[k]
  localStorage.clear()
  window.location.hash = ''
})
const run = () => beforePaint(SETTINGS_KEY, KIOSK_KEY, isHomeHash)

describe('before the first paint', () => {
  it('reads the keys the app keeps its settings and its kiosk enrolment under', () => {
    expect(SETTINGS_KEY).toBe(settingsRecord.key)
    expect(KIOSK_KEY).toBe(ENROLMENT_KEY)
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
  const painted: Array<() => void> = []
  class FakePaintObserver {
    constructor(private readonly callback: () => void) {}
    observe(options: { type: string; buffered: boolean }) {
      if (options.type === 'paint' && options.buffered) painted.push(this.callback)
    }
  }
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
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    painted.length = 0
    Reflect.deleteProperty(document, 'readyState')
    document.body.innerHTML = ''
    for (const el of document.head.querySelectorAll('script, link')) el.remove()
    delete root.dataset.app
    delete root.dataset.opening
  })

  it('is asked for once the first frame is drawn, with the modules it needs, not with the HTML', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('loading')
    startApp(isHomeHash)
    expect(asked().entry).toBeUndefined()
    for (const drawn of painted) drawn()
    expect(asked()).toEqual({
      entry: '/assets/index-1.js',
      modules: ['/assets/react-2.js', '/assets/vanilla-3.js'],
    })
    expect(document.head.querySelector('script')?.type).toBe('module')
    // The page's load comes after: it asks nothing twice.
    window.dispatchEvent(new Event('load'))
    expect(document.head.querySelectorAll('script')).toHaveLength(1)
  })

  it('where nothing is drawn (a tab opened in the background), the page’s load asks for it', () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loading('interactive')
    startApp(isHomeHash)
    expect(asked().entry).toBeUndefined()
    window.dispatchEvent(new Event('load'))
    expect(asked().entry).toBe('/assets/index-1.js')
  })

  it('a browser without paint timing asks once the page has loaded', () => {
    vi.stubGlobal('PerformanceObserver', undefined)
    loading('complete')
    startApp(isHomeHash)
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
