import { afterEach, describe, expect, it, vi } from 'vitest'
import { ENROLMENT_KEY } from '@/state/kioskDevice'
import { settingsRecord } from '@/state/settings'
import { beforePaint, beforePaintScript, KIOSK_KEY, SETTINGS_KEY, startApp } from './beforePaint'

const root = document.documentElement
afterEach(() => {
  for (const k of ['opening', 'kiosk', 'theme', 'motion', 'textSize']) delete root.dataset[k]
  localStorage.clear()
  window.location.hash = ''
})
const run = () => beforePaint(SETTINGS_KEY, KIOSK_KEY)

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
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
    for (const el of document.head.querySelectorAll('script, link')) el.remove()
    delete root.dataset.app
  })

  it('is asked for after the first frame, with the modules it needs, not with the HTML', () => {
    vi.useFakeTimers()
    document.body.innerHTML =
      '<div id="root" data-entry="/assets/index-1.js" data-modules="/assets/react-2.js /assets/vanilla-3.js"><h1>Home</h1></div>'
    startApp()
    expect(document.head.querySelector('script')).toBeNull()
    // A frame, or a second at most (a tab opened in the background draws none).
    vi.advanceTimersByTime(1000)
    const script = document.head.querySelector('script')
    expect(script?.type).toBe('module')
    expect(script?.getAttribute('src')).toBe('/assets/index-1.js')
    expect(
      [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
        l.getAttribute('href'),
      ),
    ).toEqual(['/assets/react-2.js', '/assets/vanilla-3.js'])
    vi.advanceTimersByTime(5000)
    expect(document.head.querySelectorAll('script')).toHaveLength(1)
  })

  it('a link followed before it arrives shows the calm line in place of the home screen', () => {
    startApp()
    window.location.hash = '#/learn'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBe('')
    delete root.dataset.opening
    // Once the app runs, its own screens take over.
    root.dataset.app = 'ready'
    window.location.hash = '#/preview'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(root.dataset.opening).toBeUndefined()
  })
})
