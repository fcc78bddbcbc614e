import { existsSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import manifest from '@/content/narration.manifest.json'
import { routineScripts } from '@/content/routines'
import { narrationHash } from '../../audio/narrationHash'
import { RECORDED_VOICE } from '../../audio/voiceSettings'
import { LINE_MAX_WPM, spokenTokens, wordCount, wordsPerMinute } from '../../audio/words'

interface StepClip {
  readonly duration: number
  readonly hash: string
  readonly voice: string
  readonly files: { readonly webm: string; readonly mp3: string }
}
const routines: Record<string, Record<string, StepClip>> = manifest.routines
const checked: Record<string, { words: Record<string, string>; unknown: readonly string[] }> =
  manifest.pronunciation.routines

const steps = routineScripts.flatMap((r) => r.steps.map((step) => ({ routine: r.id, step })))
const clipOf = (routine: string, step: string) => routines[routine]?.[step]

describe('the home routines audio', () => {
  it('was rendered from the words each step has now (run npm run audio after editing them)', () => {
    for (const { routine, step } of steps) {
      const clip = clipOf(routine, step.id)
      expect(clip, `${routine}/${step.id}: no clip`).toBeDefined()
      expect(clip?.hash, `${routine}/${step.id}: words changed since the audio was made`).toBe(
        narrationHash(step.spoken),
      )
    }
    // No clips for routines or steps that are gone.
    expect(Object.keys(routines).sort()).toEqual(routineScripts.map((r) => r.id).sort())
    for (const r of routineScripts) {
      expect(Object.keys(routines[r.id] ?? {}).sort(), r.id).toEqual(
        r.steps.map((s) => s.id).sort(),
      )
    }
  })

  it('has both files of every step, a WebM and an MP3, and steps share a clip only when they say the same', () => {
    const saidBy = new Map<string, string>()
    for (const { routine, step } of steps) {
      const clip = clipOf(routine, step.id)
      for (const format of ['webm', 'mp3'] as const) {
        const file = clip?.files[format] ?? ''
        expect(file, `${routine}/${step.id}`).toMatch(
          new RegExp(`^audio/routine-[a-z0-9-]+\\.${format}$`),
        )
        expect(existsSync(`public/${file}`), file).toBe(true)
        const said = saidBy.get(file)
        if (said !== undefined) expect(said, file).toBe(step.spoken)
        saidBy.set(file, step.spoken)
      }
      const head = readFileSync(`public/${clip?.files.webm}`).subarray(0, 4)
      expect(head).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
    }
  })

  it('speaks every step at a calm pace: a positive length, at most the narration line limit', () => {
    for (const { routine, step } of steps) {
      const clip = clipOf(routine, step.id)
      const duration = clip?.duration ?? 0
      expect(duration, `${routine}/${step.id}`).toBeGreaterThan(0)
      const wpm = wordsPerMinute(wordCount(step.spoken), duration)
      expect(wpm, `${routine}/${step.id}`).toBeLessThanOrEqual(LINE_MAX_WPM)
      expect(clip?.voice, `${routine}/${step.id}`).toMatch(
        new RegExp(`^(festival \\S+ r[\\d.]+|${RECORDED_VOICE})$`),
      )
    }
  })

  it('weighs at most 3 MB per browser format, all routines together', () => {
    const files = new Set(steps.map(({ routine, step }) => clipOf(routine, step.id)?.files))
    for (const format of ['webm', 'mp3'] as const) {
      const paths = new Set([...files].map((f) => f?.[format] ?? ''))
      const bytes = [...paths].reduce((n, p) => n + statSync(`public/${p}`).size, 0)
      expect(bytes / 1024 / 1024, format).toBeLessThanOrEqual(3)
    }
  })

  it('checked every spoken word with festival: in its lexicon or ours, none guessed (npm run audio)', () => {
    for (const { routine, step } of steps) {
      const record = checked[routine]
      expect(record?.unknown, routine).toEqual([])
      for (const token of spokenTokens(step.spoken)) {
        expect(record?.words[token], `${routine}/${step.id}: "${token}" was not checked`).toMatch(
          /^(festival|stillpoint)$/,
        )
      }
    }
  })
})
