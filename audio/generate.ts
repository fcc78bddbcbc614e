/**
 * Regenerates every sound Stillpoint plays, from source, with one command: `npm run audio`.
 *
 * - Narration: each cue's spoken words (src/content/firstSession.ts) through Debian's festival
 *   with the cmu_us_slt_arctic_hts voice, slowed and softened with sox, then joined with the
 *   script's pauses into one track per walkthrough. Cue times come from the rendered clips.
 * - Ambient beds and the chime: synthesized in audio/synth.ts (nothing sampled).
 * - Outputs: public/audio/*.webm (Opus) and *.mp3 (loops in MP3 only), and the manifest
 *   src/content/narration.manifest.json (each cue's start, length and a hash of its words).
 *
 * Installs festival, the voice, sox and ffmpeg with apt-get when they are missing (as root).
 * Clips are cached by hash under .cache/ (git-ignored), so changing one line re-renders one clip.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { firstSessionScript, LEAD_IN, pauseAfter } from '../src/content/firstSession'
import { narrationHash, VOICE } from './narrationHash'
import { chime, seamStep, slowWaves, warmPad, wavBytes } from './synth'

const OUT = 'public/audio'
const MANIFEST = 'src/content/narration.manifest.json'
/** Rendered clips, by hash. In the checkout, not in node_modules, which worktrees may share. */
const CACHE = '.cache/stillpoint-audio'
/** The narration's sample rate: plenty for a voice, and what Opus resamples from cleanly. */
const VOICE_RATE = 24000
const BED_RATE = 44100
const BED_SECONDS = 40

const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const run = (cmd: string, args: readonly string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString()

function ensureTools() {
  const voice = '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts'
  if (have('text2wave') && have('sox') && have('ffmpeg') && existsSync(voice)) return
  if (!have('apt-get') || process.getuid?.() !== 0) {
    throw new Error(
      'Missing audio tools. Install them with: apt-get install -y sox libsox-fmt-all ffmpeg festival festvox-us-slt-hts',
    )
  }
  console.log('Installing festival, the SLT voice, sox and ffmpeg with apt-get…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', 'sox', 'libsox-fmt-all', 'ffmpeg', 'festival', 'festvox-us-slt-hts'],
    { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
  )
}

/** Renders one line to a calm, mono clip at VOICE_RATE, cached by the hash of what made it. */
function clip(spoken: string): { path: string; samples: number } {
  const hash = narrationHash(spoken)
  const path = join(CACHE, `${hash}.wav`)
  if (!existsSync(path)) {
    const text = join(CACHE, `${hash}.txt`)
    const raw = join(CACHE, `${hash}.raw.wav`)
    writeFileSync(text, `${spoken}\n`)
    run('text2wave', ['-eval', '(voice_cmu_us_slt_arctic_hts)', text, '-o', raw])
    // Slower and softer: a calmer pace, the hiss of the highest frequencies taken off, a little
    // warmth added, trimmed of the engine's own leading and trailing silence.
    const shaped = join(CACHE, `${hash}.shaped.wav`)
    run('sox', [
      raw,
      '-r',
      String(VOICE_RATE),
      '-c',
      '1',
      shaped,
      'silence',
      '1',
      '0.02',
      '0.2%',
      'reverse',
      'silence',
      '1',
      '0.02',
      '0.2%',
      'reverse',
      'tempo',
      '-s',
      '0.88',
      'lowpass',
      '7000',
      'bass',
      '+2',
      'norm',
      '-4',
    ])
    // Soft edges, so no clip starts or stops with a click.
    run('sox', [shaped, path, 'fade', '0.01', '-0', '0.04'])
    rmSync(shaped)
    rmSync(raw)
    rmSync(text)
  }
  return { path, samples: Number(run('soxi', ['-s', path]).trim()) }
}

function silence(seconds: number): string {
  const path = join(CACHE, `silence-${seconds.toFixed(3)}.wav`)
  if (!existsSync(path)) {
    run('sox', [
      '-n',
      '-r',
      String(VOICE_RATE),
      '-c',
      '1',
      '-b',
      '16',
      path,
      'trim',
      '0',
      String(seconds),
    ])
  }
  return path
}

/** No random ids or version stamps in the files: the same source gives the same bytes. */
const bitexact = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1']

/** Encodes `input` to `output` with ffmpeg, quietly, with the given codec arguments. */
const ffmpeg = (input: string, output: string, codec: readonly string[]) =>
  run('ffmpeg', ['-y', '-loglevel', 'error', '-i', input, ...codec, ...bitexact, output])

/** Voice and chime: Opus in WebM for browsers that play it, MP3 for the rest. */
function encodeVoice(wav: string, base: string) {
  ffmpeg(wav, `${base}.webm`, [
    '-ac',
    '1',
    '-c:a',
    'libopus',
    '-b:a',
    '32k',
    '-vbr',
    'on',
    '-application',
    'voip',
  ])
  ffmpeg(wav, `${base}.mp3`, ['-ac', '1', '-ar', '24000', '-c:a', 'libmp3lame', '-b:a', '48k'])
}

function writeWav(path: string, channels: readonly Float32Array[], rate: number) {
  writeFileSync(path, wavBytes(channels, rate))
}

const bytes = (path: string) => statSync(path).size

ensureTools()
mkdirSync(CACHE, { recursive: true })
mkdirSync(OUT, { recursive: true })

// Narration: one track, clips joined with the script's pauses; times read from the clips.
const script = firstSessionScript
const parts: string[] = [silence(LEAD_IN)]
let at = Math.round(LEAD_IN * VOICE_RATE)
const cues = script.cues.map((cue) => {
  const c = clip(cue.spoken)
  const pause = pauseAfter(cue)
  const entry = {
    id: cue.id,
    at: at / VOICE_RATE,
    duration: c.samples / VOICE_RATE,
    hash: narrationHash(cue.spoken),
  }
  parts.push(c.path, silence(pause))
  at += c.samples + Math.round(pause * VOICE_RATE)
  process.stdout.write('.')
  return entry
})
console.log()
const trackWav = join(CACHE, `${script.id}.wav`)
run('sox', [...parts, trackWav])
const trackSamples = Number(run('soxi', ['-s', trackWav]).trim())
encodeVoice(trackWav, join(OUT, script.id))

// Ambient beds: seamless loops, MP3 only (Chromium decodes MP3 loops sample-exact).
const beds = [
  { id: 'warm-pad', sound: warmPad(BED_SECONDS, BED_RATE) },
  { id: 'slow-waves', sound: slowWaves(BED_SECONDS, BED_RATE) },
]
for (const bed of beds) {
  const wav = join(CACHE, `${bed.id}.wav`)
  writeWav(wav, [bed.sound.left, bed.sound.right], BED_RATE)
  ffmpeg(wav, join(OUT, `bed-${bed.id}.mp3`), ['-c:a', 'libmp3lame', '-b:a', '96k'])
  const { inside, seam } = seamStep(bed.sound.left)
  console.log(`bed ${bed.id}: largest step ${inside.toFixed(5)}, seam step ${seam.toFixed(5)}`)
}

// The chapter chime.
const chimeWav = join(CACHE, 'chime.wav')
writeWav(chimeWav, [chime(3.2, BED_RATE)], BED_RATE)
encodeVoice(chimeWav, join(OUT, 'chime'))

const manifest = {
  generatedBy: 'npm run audio (audio/generate.ts)',
  voice: VOICE,
  walkthroughs: {
    [script.id]: {
      duration: trackSamples / VOICE_RATE,
      files: { webm: `audio/${script.id}.webm`, mp3: `audio/${script.id}.mp3` },
      cues,
    },
  },
  beds: Object.fromEntries(
    beds.map((b) => [b.id, { file: `audio/bed-${b.id}.mp3`, loopSeconds: BED_SECONDS }]),
  ),
  chime: { webm: 'audio/chime.webm', mp3: 'audio/chime.mp3' },
}
writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)

const minutes = (trackSamples / VOICE_RATE / 60).toFixed(2)
console.log(`narration ${script.id}: ${cues.length} cues, ${minutes} min`)
for (const f of [
  `${script.id}.webm`,
  `${script.id}.mp3`,
  'bed-warm-pad.mp3',
  'bed-slow-waves.mp3',
  'chime.webm',
  'chime.mp3',
]) {
  console.log(`  ${f}: ${(bytes(join(OUT, f)) / 1024).toFixed(0)} kB`)
}
