import { describe, expect, it } from 'vitest'
import { firstSessionScript, LEAD_IN } from '../src/content/firstSession'
import { routineScripts } from '../src/content/routines'
import { narrationHash } from './narrationHash'
import {
  chooseLines,
  clipFiles,
  groupStepClips,
  isLineName,
  layTrack,
  parseOptions,
  recordingScript,
  routineTiming,
} from './plan'

describe('parseOptions', () => {
  it('writes over the committed files by default, and elsewhere when told', () => {
    expect(parseOptions([])).toMatchObject({
      out: 'public/audio',
      manifest: 'src/content/narration.manifest.json',
      script: false,
    })
    const o = parseOptions(['--only', 'welcome,closing', '--manifest', '/tmp/m.json', '--script'])
    expect([...(o.only ?? [])]).toEqual(['welcome', 'closing'])
    expect(o).toMatchObject({ manifest: '/tmp/m.json', script: true })
  })

  it('refuses what it cannot do, saying what to do instead', () => {
    expect(() => parseOptions(['--only', 'welcome'])).toThrow(/give --manifest/)
    expect(() => parseOptions(['--out'])).toThrow('--out needs a value')
    expect(() => parseOptions(['--loud'])).toThrow(/Unknown option --loud\. Options:/)
  })
})

describe('the lines', () => {
  it('are every cue and every step, or only those named', () => {
    const all = chooseLines(undefined)
    expect(all.cues).toHaveLength(firstSessionScript.cues.length)
    const steps = routineScripts.reduce((n, r) => n + r.steps.length, 0)
    expect(all.steps).toHaveLength(steps)
    const first = routineScripts[0]
    const name = `${first?.id}-${first?.steps[0]?.id}`
    const some = chooseLines(new Set(['welcome', name]))
    expect(some.cues.map((c) => c.id)).toEqual(['welcome'])
    expect(some.steps.map((s) => s.name)).toEqual([name])
    expect(some.allSteps).toHaveLength(steps)
    expect(isLineName(some, name) && isLineName(some, 'welcome')).toBe(true)
    expect(isLineName(some, 'welcome-back')).toBe(false)
    expect(() => chooseLines(new Set(['nowhere']))).toThrow(/no cue or routine step "nowhere"/)
  })

  it('to record: each cue, then each distinct step once, under the first step that says it', () => {
    const lines = chooseLines(undefined)
    const rows = recordingScript(lines).filter((l) => !l.startsWith('#'))
    const said = new Set(lines.steps.map((s) => s.step.spoken))
    expect(rows).toHaveLength(lines.cues.length + said.size)
    expect(rows[0]).toBe(`welcome\t${firstSessionScript.cues[0]?.spoken}`)
    const clips = groupStepClips(lines.steps)
    expect(clips).toHaveLength(said.size)
    for (const c of clips) {
      expect(c.name).toBe(c.steps[0]?.name)
      expect(c.steps.every((s) => s.step.spoken === c.spoken)).toBe(true)
      expect(rows).toContain(`${c.name}\t${c.spoken}`)
    }
  })
})

describe('layTrack', () => {
  it('places each line after the lead-in and the lines and pauses before it, in whole samples', () => {
    const [a, b] = firstSessionScript.cues
    if (!a || !b) throw new Error('the script has lines')
    const rate = 24000
    const entries = layTrack(
      [
        { cue: a, samples: 48_000, voice: 'v', pause: 1.25 },
        { cue: b, samples: 12_345, voice: 'v', pause: 0.5 },
      ],
      LEAD_IN,
      rate,
    )
    expect(entries[0]).toEqual({
      id: a.id,
      at: Math.round(LEAD_IN * rate) / rate,
      duration: 2,
      hash: narrationHash(a.spoken),
      voice: 'v',
    })
    expect(entries[1]?.at).toBeCloseTo(LEAD_IN + 2 + 1.25, 6)
    expect(entries[1]?.duration).toBeCloseTo(12_345 / rate, 9)
  })
})

describe('routineTiming', () => {
  it('gives every step the clip that speaks it, shared clips included', () => {
    const { steps } = chooseLines(undefined)
    const clips = groupStepClips(steps).map((c, i) => ({
      ...c,
      samples: 24_000 * (i + 1),
      voice: 'v',
      files: clipFiles(c.name),
    }))
    const timing = routineTiming(steps, clips, 24_000)
    expect(Object.keys(timing)).toEqual(routineScripts.map((r) => r.id))
    for (const s of steps) {
      const clip = clips.find((c) => c.steps.includes(s))
      expect(timing[s.routine]?.[s.step.id]).toEqual({
        duration: (clip?.samples ?? 0) / 24_000,
        hash: narrationHash(s.step.spoken),
        voice: 'v',
        files: clipFiles(clip?.name ?? ''),
      })
    }
    expect(() => routineTiming(steps, [], 24_000)).toThrow(/no clip for/)
  })
})
