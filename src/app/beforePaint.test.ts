import { afterEach, describe, expect, it } from 'vitest'
import { ENROLMENT_KEY } from '@/state/kioskDevice'
import { settingsRecord } from '@/state/settings'
import { beforePaint, beforePaintScript, KIOSK_KEY, SETTINGS_KEY } from './beforePaint'

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
