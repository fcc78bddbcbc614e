import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { contrast, parseHex } from '@/lib/contrast'
import { createAppStore } from './appStore'
import {
  AA,
  checkAccent,
  kioskDefaults,
  loadClinicConfig,
  parseClinicConfig,
  telHref,
} from './clinic'
import { defaultSettings, settingsRecord } from './settings'
import { createStorage } from './storage'

const example = {
  name: 'Harbour Wellness',
  phone: '+1 (555) 010-2030',
  accent: '#7a3b69',
  logo: '/clinic/logo.svg',
  journeys: ['practice', 'preview'],
  defaults: { theme: 'light', textSize: 'large', captions: true, bed: 'slow-waves', volume: 0.8 },
  kiosk: { enabled: true, idleSeconds: 120, warningSeconds: 30, exitPin: '2468', attract: true },
}

describe('parseClinicConfig', () => {
  it('takes a whole, good file as it is', () => {
    const { config, problems } = parseClinicConfig(example)
    expect(problems).toEqual([])
    expect(config).toMatchObject({
      name: 'Harbour Wellness',
      phone: '+1 (555) 010-2030',
      logo: '/clinic/logo.svg',
      journeys: ['practice', 'preview'],
      defaults: example.defaults,
      kiosk: example.kiosk,
    })
    expect(config.accent?.light).toBe('#7a3b69')
  })

  it('keeps every good field when others are wrong, and lists each wrong one', () => {
    const { config, problems } = parseClinicConfig({
      name: 'Harbour Wellness',
      phone: 5550102030,
      logo: 'https://cdn.example.com/logo.png',
      journeys: ['preview', 'massage-chair'],
      defaults: { theme: 'purple', volume: 0.5 },
      kiosk: { enabled: true, idleSeconds: 10, warningSeconds: 5, exitPin: 1234 },
      colour: '#000',
    })
    expect(config.name).toBe('Harbour Wellness')
    expect(config.phone).toBeUndefined()
    expect(config.logo).toBeUndefined()
    expect(config.journeys).toEqual(['preview'])
    expect(config.defaults).toEqual({ volume: 0.5 })
    expect(config.kiosk).toEqual({ ...kioskDefaults, enabled: true })
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'colour',
        'defaults.theme',
        'journeys',
        'kiosk.exitPin',
        'kiosk.idleSeconds',
        'kiosk.warningSeconds',
        'logo',
        'phone',
      ].sort(),
    )
    expect(problems.find((p) => p.field === 'kiosk.idleSeconds')?.message).toMatch(/at least 30/)
    expect(problems.find((p) => p.field === 'journeys')?.message).toMatch(/massage-chair/)
  })

  it('refuses a file that is not one object, and a list of no journeys', () => {
    expect(parseClinicConfig([1, 2]).problems[0]?.field).toBe('clinic.json')
    expect(parseClinicConfig('hello').config).toEqual({})
    const none = parseClinicConfig({ journeys: ['nothing'] })
    expect(none.config.journeys).toBeUndefined()
    expect(none.problems.map((p) => p.message).join(' ')).toMatch(/all are offered/)
  })
})

describe('the clinic colour', () => {
  it('refuses a colour too light to read on the light theme, and one that is not a colour', () => {
    expect(checkAccent('#f2c94c')).toMatch(/hard to read on the light theme/)
    expect(checkAccent('teal')).toMatch(/not a colour/)
    const { problems } = parseClinicConfig({ accent: '#ffee00' })
    expect(problems[0]?.field).toBe('accent')
  })

  it('makes a lighter shade for the dark theme that reads as well', () => {
    const accent = checkAccent('#1d4e89')
    if (typeof accent === 'string') throw new Error(accent)
    const dark = parseHex(accent.dark)
    const page = parseHex('#0e181c')
    const light = parseHex(accent.light)
    const lightPage = parseHex('#f5f1ea')
    if (!dark || !page || !light || !lightPage) throw new Error('bad colour')
    expect(contrast(dark, page)).toBeGreaterThanOrEqual(AA)
    expect(contrast(light, lightPage)).toBeGreaterThanOrEqual(AA)
  })
})

describe('loadClinicConfig', () => {
  const answer = (status: number, body: string) => async () => new Response(body, { status })

  it('no file: defaults, silently', async () => {
    const r = await loadClinicConfig('/clinic.json', answer(404, 'Not found'))
    expect(r).toEqual({ config: {}, problems: [], source: 'none' })
  })
  it('a server error or broken JSON: defaults, and the reason listed', async () => {
    const err = await loadClinicConfig('/clinic.json', answer(500, 'oops'))
    expect(err.source).toBe('unreadable')
    expect(err.problems[0]?.message).toMatch(/500/)
    const broken = await loadClinicConfig('/clinic.json', answer(200, '{ "name": "Harbour", }'))
    expect(broken.config).toEqual({})
    expect(broken.problems[0]?.message).toMatch(/not valid JSON/)
  })
  it('a good file is read', async () => {
    const r = await loadClinicConfig('/clinic.json', answer(200, JSON.stringify(example)))
    expect(r.source).toBe('file')
    expect(r.config.name).toBe('Harbour Wellness')
  })
})

describe('the clinic in the app', () => {
  it('gives its defaults to a person who has chosen nothing, without saving them', () => {
    const backend = memoryBackend()
    const store = createAppStore(createStorage(backend))
    store.getState().setClinic(parseClinicConfig(example).config)
    expect(store.getState().settings).toMatchObject({
      theme: 'light',
      textSize: 'large',
      bed: 'slow-waves',
      voiceVolume: 0.8,
    })
    expect(backend.getItem(settingsRecord.key)).toBeNull()
  })

  it('never overrides what a person chose', () => {
    const backend = memoryBackend()
    createStorage(backend).save(settingsRecord, { ...defaultSettings, theme: 'dark' })
    const store = createAppStore(createStorage(backend))
    store.getState().setClinic(parseClinicConfig(example).config)
    expect(store.getState().settings.theme).toBe('dark')
  })

  it('dials the clinic number from what is shown', () => {
    expect(telHref('+1 (555) 010-2030')).toBe('tel:+15550102030')
  })
})
