import { readFileSync } from 'node:fs'
import { memoryBackend } from '@tests/fakes/memoryStorage'
import { describe, expect, it } from 'vitest'
import { contrast, parseHex } from '@/lib/contrast'
import { telHref } from '@/lib/phone'
import { createAppStore } from './appStore'
import { kioskDefaults, parseClinicConfig } from './clinic'
import { AA, checkAccent, theme } from './clinicAccent'
import { loadClinicConfig } from './clinicFile'
import { defaultSettings, settingsRecord } from './settings'
import { createStorage } from './storage'

const example = {
  name: 'Harbour Wellness',
  phone: '+1 (555) 010-2030',
  accent: '#7a3b69',
  logo: '/clinic/logo.svg',
  journeys: ['practice', 'preview'],
  defaults: { theme: 'light', textSize: 'large', captions: true, bed: 'slow-waves', volume: 0.8 },
  kiosk: { idleSeconds: 120, warningSeconds: 30, attract: true },
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
      kiosk: { idleSeconds: 10, warningSeconds: 5, attract: 'yes' },
      colour: '#000',
    })
    expect(config.name).toBe('Harbour Wellness')
    expect(config.phone).toBeUndefined()
    expect(config.logo).toBeUndefined()
    expect(config.journeys).toEqual(['preview'])
    expect(config.defaults).toEqual({ volume: 0.5 })
    expect(config.kiosk).toEqual(kioskDefaults)
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'colour',
        'defaults.theme',
        'journeys',
        'kiosk.attract',
        'kiosk.idleSeconds',
        'kiosk.warningSeconds',
        'logo',
        'phone',
      ].sort(),
    )
    expect(problems.find((p) => p.field === 'kiosk.idleSeconds')?.message).toMatch(/30 to 600/)
    expect(problems.find((p) => p.field === 'journeys')?.message).toMatch(/One entry is not/)
    // Nothing the file held is shown back word for word: the panel may be seen by others.
    const said = JSON.stringify(problems)
    for (const value of ['massage-chair', 'purple', 'cdn.example.com', '5550102030']) {
      expect(said).not.toContain(value)
    }
  })

  it('keeps kiosk times within bounds: 30 to 600 seconds idle, 20 to 120 of warning', () => {
    const fields = (kiosk: object) => parseClinicConfig({ kiosk }).problems.map((p) => p.field)
    expect(fields({ idleSeconds: 600, warningSeconds: 120 })).toEqual([])
    expect(fields({ idleSeconds: 30, warningSeconds: 20 })).toEqual([])
    expect(fields({ idleSeconds: 601, warningSeconds: 121 })).toEqual([
      'kiosk.idleSeconds',
      'kiosk.warningSeconds',
    ])
    expect(fields({ idleSeconds: 1e9, warningSeconds: 19 })).toEqual([
      'kiosk.idleSeconds',
      'kiosk.warningSeconds',
    ])
  })

  it('ignores a kiosk switch or PIN in the public file, and says what to do instead', () => {
    const { config, problems } = parseClinicConfig({
      kiosk: { enabled: true, exitPin: '2468', idleSeconds: 60 },
    })
    expect(config.kiosk).toEqual({ ...kioskDefaults, idleSeconds: 60 })
    expect(config.kiosk).not.toHaveProperty('enabled')
    expect(config.kiosk).not.toHaveProperty('exitPin')
    expect(problems.map((p) => p.field)).toEqual(['kiosk.enabled', 'kiosk.exitPin'])
    expect(problems[0]?.message).toMatch(/#\/kiosk\/setup/)
    expect(problems[1]?.message).toMatch(/public/)
    expect(JSON.stringify(problems)).not.toContain('2468')
  })

  it('reads the routine keys one by one: a mistyped one is listed and the others still work', async () => {
    const { makeKeyPair, keyIdOf } = await import('@/lib/signing')
    const a = (await makeKeyPair()).publicKey
    const b = (await makeKeyPair()).publicKey
    const { config, problems } = parseClinicConfig({
      routineKeys: [
        { label: ' Front desk laptop ', key: a },
        { label: 'Tablet', key: b.slice(0, 40) },
        { label: '', key: b },
        { label: 'Again', key: a },
        { label: 'Room 2\u202E', key: b },
        'not an entry',
      ],
    })
    expect(config.routineKeys).toEqual([{ id: keyIdOf(a), label: 'Front desk laptop', key: a }])
    expect(problems.map((p) => p.field)).toEqual([
      'routineKeys[1]',
      'routineKeys[2]',
      'routineKeys[3]',
      'routineKeys[4]',
      'routineKeys[5]',
    ])
    expect(problems[0]?.message).toMatch(/44 characters/)
    expect(problems[2]?.message).toMatch(/listed twice/)
    expect(parseClinicConfig({ routineKeys: 'abc' }).problems[0]?.message).toMatch(/Use a list/)
  })

  it('finds nothing to complain about in the file Stillpoint ships', () => {
    const shipped = JSON.parse(readFileSync('public/clinic.json', 'utf8'))
    expect(parseClinicConfig(shipped).problems).toEqual([])
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
  it('is checked against the colours the themes really use (ui/theme.css)', () => {
    const css = readFileSync('src/ui/theme.css', 'utf8')
    const pair = (name: string) => {
      const m = new RegExp(
        `--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`,
        'i',
      ).exec(css)
      return m ? { light: m[1]?.toLowerCase(), dark: m[2]?.toLowerCase() } : null
    }
    for (const [css_, key] of [
      ['bg', 'page'],
      ['surface', 'surface'],
      ['on-accent', 'onAccent'],
    ] as const) {
      expect(pair(css_), `--${css_}`).toEqual({ light: theme.light[key], dark: theme.dark[key] })
    }
  })

  it('refuses a colour too light to read on the light theme, and one that is not a colour', () => {
    expect(checkAccent('#f2c94c')).toMatch(/hard to read on the light theme/)
    expect(checkAccent('teal')).toMatch(/Not a colour/)
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
    // A captive portal's sign-in page: not JSON, and none of it repeated.
    const portal = await loadClinicConfig(
      '/clinic.json',
      answer(200, '<!doctype html><title>Wi-Fi login</title>'),
    )
    expect(portal.source).toBe('unreadable')
    expect(JSON.stringify(portal.problems)).not.toContain('Wi-Fi')
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
