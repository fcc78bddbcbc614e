import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade } from '@/lib/readability'
import { healthDisclaimer, learnSections } from './learn'
import { type RegionId, regions } from './regions'
import { type ShotId, shots } from './shots'
import { walkthroughProblems } from './validate'
import type { Walkthrough } from './walkthrough'

const allRegionIds: Record<RegionId, true> = {
  cranium: true,
  jaw: true,
  occiput: true,
  cervical: true,
  thoracic: true,
  lumbar: true,
  sacrum: true,
  coccyx: true,
  shoulders: true,
  fascia: true,
}
const allShotIds: Record<ShotId, true> = {
  'whole-body': true,
  head: true,
  face: true,
  neck: true,
  'upper-back': true,
  'lower-back': true,
  sacrum: true,
}

function proseOf(section: (typeof learnSections)[number]): string {
  return section.blocks
    .flatMap((b) => {
      if (b.kind === 'text' || b.kind === 'note') return [b.text]
      if (b.kind === 'steps') return b.items.map((s) => s.text)
      return []
    })
    .join(' ')
}

describe('regions', () => {
  it('names every region of the content brief exactly once', () => {
    expect(regions.map((r) => r.id).sort()).toEqual(Object.keys(allRegionIds).sort())
  })
  it('counts 24 separate vertebrae in the neck, upper and lower back', () => {
    const count = (id: RegionId) => regions.find((r) => r.id === id)?.bones ?? 0
    expect(count('cervical') + count('thoracic') + count('lumbar')).toBe(24)
  })
  it('keeps every summary to one short sentence or two', () => {
    for (const r of regions) expect(r.summary.length, r.id).toBeLessThanOrEqual(110)
  })
})

describe('camera shots', () => {
  it('defines every shot once with finite coordinates', () => {
    expect(shots.map((s) => s.id).sort()).toEqual(Object.keys(allShotIds).sort())
    for (const s of shots) {
      for (const f of Object.values(s.framing)) {
        expect([...f.position, ...f.target].every(Number.isFinite), s.id).toBe(true)
        const distance = Math.hypot(...f.position.map((v, i) => v - (f.target[i] ?? 0)))
        expect(distance, `${s.id} camera distance`).toBeGreaterThan(0.3)
        expect(distance, `${s.id} camera distance`).toBeLessThan(4)
      }
    }
  })
  it('gives every region a shot that exists', () => {
    for (const r of regions)
      expect(
        shots.some((s) => s.id === r.shot),
        r.id,
      ).toBe(true)
  })
})

describe('learn copy', () => {
  it('covers the eight topics of the brief with unique kebab-case ids', () => {
    const ids = learnSections.map((s) => s.id)
    expect(ids).toHaveLength(8)
    expect(new Set(ids).size).toBe(8)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
  })
  it('reads at US grade 8 or lower in every section', () => {
    for (const s of learnSections) {
      const prose = proseOf(s)
      if (prose === '') continue
      expect(fleschKincaidGrade(prose), s.id).toBeLessThanOrEqual(8)
    }
  })
  it('never promises a cure or calls the home routine therapy', () => {
    const everything = JSON.stringify(learnSections)
    expect(everything).not.toMatch(/\bcures?\b|\btreats\b|\bguarantee/i)
    const home = JSON.stringify(learnSections.find((s) => s.id === 'at-home'))
    expect(home).toContain('It is not craniosacral therapy')
  })
  it('carries a disclaimer', () => {
    expect(healthDisclaimer).toMatch(/not medical advice/)
  })
  it('has a place for the clinic phone number where it says to contact a provider, only there', () => {
    const withContact = learnSections.filter((s) => s.blocks.some((b) => b.kind === 'contact'))
    expect(withContact.map((s) => s.id)).toEqual(['when-to-call', 'at-home'])
  })
})

describe('walkthrough validation', () => {
  const good: Walkthrough = {
    id: 'sample',
    title: 'Sample',
    duration: 20,
    cues: [
      {
        kind: 'cue',
        id: 'a',
        at: 0,
        chapter: 'One',
        spoken: 'Hello.',
        spokenDuration: 1,
        caption: 'Hello.',
        focus: [],
        shot: 'whole-body',
      },
      {
        kind: 'cue',
        id: 'b',
        at: 5,
        chapter: 'Two',
        spoken: 'Head.',
        spokenDuration: 1,
        caption: 'Head.',
        focus: ['cranium'],
        shot: 'head',
        therapistHands: ['occiput'],
      },
    ],
  }
  it('accepts a well-formed walkthrough', () => {
    expect(walkthroughProblems(good)).toEqual([])
  })
  it('reports unsorted cues, cues past the end, unknown regions and shots, long captions', () => {
    const bad = {
      ...good,
      cues: [
        { ...good.cues[1], at: 25, focus: ['elbow'], shot: 'ceiling', caption: 'x'.repeat(200) },
        { ...good.cues[1], at: 3, spokenDuration: 30 },
      ],
    } as unknown as Walkthrough
    const problems = walkthroughProblems(bad).join('\n')
    expect(problems).toMatch(/outside the track/)
    expect(problems).toMatch(/before the cue ahead/)
    expect(problems).toMatch(/unknown region "elbow"/)
    expect(problems).toMatch(/unknown shot "ceiling"/)
    expect(problems).toMatch(/caption is 200 characters/)
    expect(problems).toMatch(/duplicate id/)
    expect(problems).toMatch(/voice runs past the end/)
  })
})

describe('the narration manifest', () => {
  it('gives the home screen the same lengths as the sound it describes', async () => {
    const manifest = await import('./narration.manifest.json')
    const lengths = await import('./narration.lengths.json')
    expect(lengths.routines).toBe(Object.keys(manifest.routines).length)
    expect(lengths.walkthroughs).toEqual(
      Object.fromEntries(Object.entries(manifest.walkthroughs).map(([id, w]) => [id, w.duration])),
    )
  })
})
