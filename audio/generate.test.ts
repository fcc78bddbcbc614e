// @vitest-environment node
/**
 * The generator end to end, with the real tools: recordings a person made (here stand-ins the
 * test makes itself: festival's other voice, and a sox tone), rendered into a temporary folder,
 * never over the committed files. Needs festival, both voices, sox and ffmpeg
 * (RECORDINGS_TEST_PACKAGES in audio/tools.ts); without them that part is skipped, saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { firstSessionScript } from '../src/content/firstSession'
import { routineScripts } from '../src/content/routines'
import { checkWords } from './festival'
import { haveAudioTools, loudness, RECORDINGS_TEST_PACKAGES } from './tools'
import { HTS_RATE, RECORDED_VOICE, syntheticVoice, VOICE_LUFS } from './voiceSettings'

const KAL = '/usr/share/festival/voices/english/kal_diphone'
const ready = haveAudioTools() && existsSync(KAL)
// CI installs the tools (.ci/run), so there a missing tool is a failure, never a quiet skip.
if (!ready && process.env.CI) {
  throw new Error(`CI must install ${RECORDINGS_TEST_PACKAGES.join(' ')} (see .ci/run)`)
}
if (!ready) {
  console.warn(
    `audio/generate.test.ts: skipping the end-to-end recordings test: install ${RECORDINGS_TEST_PACKAGES.join(' ')}`,
  )
}

const tsx = 'node_modules/.bin/tsx'
const generate = (args: readonly string[]) =>
  spawnSync(tsx, ['audio/generate.ts', ...args], { encoding: 'utf8', timeout: 240_000 })

const tmp = mkdtempSync(join(tmpdir(), 'stillpoint-audio-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm run audio -- --script', () => {
  it('prints every line to record: its id (the file name) and its words', () => {
    const r = generate(['--script'])
    expect(r.status, r.stderr).toBe(0)
    const rows = r.stdout.split('\n').filter((l) => l.includes('\t'))
    // The routines' steps follow, each distinct line once, named <routine-id>-<step-id>.
    const said = new Set(routineScripts.flatMap((rt) => rt.steps.map((st) => st.spoken)))
    expect(rows).toHaveLength(firstSessionScript.cues.length + said.size)
    expect(rows[0]).toBe(`welcome\t${firstSessionScript.cues[0]?.spoken}`)
    const first = routineScripts[0]
    expect(rows).toContain(`${first?.id}-${first?.steps[0]?.id}\t${first?.steps[0]?.spoken}`)
  }, 60_000)

  it('refuses --only without a manifest of its own (it would overwrite the committed one)', () => {
    const r = generate(['--only', 'welcome'])
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/--only renders part of the narration: give --manifest/)
  }, 60_000)
})

describe.skipIf(!ready)('with festival, sox and ffmpeg', () => {
  const sox = (args: readonly string[]) => execFileSync('sox', ['-R', ...args])
  const seconds = (path: string) => Number(execFileSync('soxi', ['-D', path]).toString())

  it('finds the words festival would guess or spell out', () => {
    const check = checkWords(['The zorblax rests on your fascia.', 'Your TMJ.'], join(tmp, 'w.scm'))
    expect(check.unknown).toEqual(['tmj (spelled out letter by letter)', 'zorblax'])
    expect(check.words.fascia).toBe('stillpoint')
    expect(check.words.rests).toBe('festival')
  }, 60_000)

  it('uses recordings where there are some, trimmed and at the voice loudness; the synthetic voice elsewhere', () => {
    const rec = join(tmp, 'recordings')
    const out = join(tmp, 'out')
    const manifestFile = join(tmp, 'manifest.json')
    mkdirSync(rec, { recursive: true })

    // "welcome": another voice (festival's kal diphone voice), quiet, with room noise around it,
    // at 44.1 kHz stereo, as a phone might record it.
    writeFileSync(join(tmp, 'welcome.txt'), `${firstSessionScript.cues[0]?.spoken}\n`)
    const kal = join(tmp, 'kal.wav')
    execFileSync('text2wave', ['-eval', '(voice_kal_diphone)', join(tmp, 'welcome.txt'), '-o', kal])
    const core = join(tmp, 'core.wav')
    sox([
      kal,
      core,
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
    ])
    const noise = (name: string, s: number) => {
      const path = join(tmp, name)
      sox([
        '-n',
        '-r',
        '16000',
        '-c',
        '1',
        '-b',
        '16',
        path,
        'synth',
        String(s),
        'whitenoise',
        'vol',
        '0.002',
      ])
      return path
    }
    const raw = join(tmp, 'welcome-raw.wav')
    sox([noise('before.wav', 0.8), core, noise('after.wav', 1.0), raw])
    sox([raw, '-r', '44100', '-c', '2', join(rec, 'welcome.wav'), 'gain', '-12'])
    // "get-comfortable": a 2.5 s tone, quiet, between 0.6 s and 0.9 s of silence.
    sox([
      '-n',
      '-r',
      '48000',
      '-c',
      '1',
      '-b',
      '16',
      join(rec, 'get-comfortable.wav'),
      'synth',
      '2.5',
      'sine',
      '330',
      'gain',
      '-20',
      'pad',
      '0.6',
      '0.9',
    ])
    // A file that is no line of the script.
    sox(['-n', '-r', '16000', '-c', '1', join(rec, 'not-a-line.wav'), 'trim', '0', '0.5'])

    const committed = ['public/audio/first-session.mp3', 'src/content/narration.manifest.json']
    const before = committed.map((f) => statSync(f).mtimeMs)
    const r = generate([
      '--recordings',
      rec,
      '--out',
      out,
      '--manifest',
      manifestFile,
      '--cache',
      join(tmp, 'cache'),
      '--only',
      'welcome,get-comfortable,what-it-is',
    ])
    expect(r.status, r.stderr + r.stdout).toBe(0)
    expect(committed.map((f) => statSync(f).mtimeMs)).toEqual(before)

    // Missing recordings fall back to the synthetic voice, with a warning; strays are named.
    expect(r.stderr).toMatch(/no recording for "what-it-is" .*the synthetic voice says it/)
    expect(r.stderr).toMatch(/not-a-line\.wav is no line of the script; ignored/)

    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    const cues: { id: string; at: number; duration: number; voice: string }[] =
      manifest.walkthroughs['first-session'].cues
    const cue = (id: string) => {
      const c = cues.find((x) => x.id === id)
      if (!c) throw new Error(`no cue ${id}`)
      return c
    }
    expect(cues.map((c) => [c.id, c.voice])).toEqual([
      ['welcome', RECORDED_VOICE],
      ['get-comfortable', RECORDED_VOICE],
      ['what-it-is', syntheticVoice(HTS_RATE)],
    ])
    // Timings come from the recordings, trimmed: the speech (or tone) with 0.1 s before and
    // 0.2 s after it kept, none of the silence or room noise around it.
    expect(cue('get-comfortable').duration).toBeCloseTo(2.5 + 0.3, 1)
    expect(Math.abs(cue('welcome').duration - (seconds(core) + 0.3))).toBeLessThan(0.2)
    expect(cue('welcome').duration).toBeLessThan(seconds(raw) - 1)

    // Each line, measured in the encoded track, within 1 LU of the voice's loudness.
    for (const c of cues) {
      const l = loudness(join(out, 'first-session.mp3'), c.at, c.duration)
      expect(
        Math.abs(l.integrated - VOICE_LUFS),
        `${c.id}: ${l.integrated} LUFS`,
      ).toBeLessThanOrEqual(1)
    }
    expect(manifest.pronunciation.walkthroughs['first-session'].unknown).toEqual([])
    expect(existsSync(join(out, 'first-session.webm'))).toBe(true)
  }, 300_000)
})
