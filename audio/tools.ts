/**
 * The command-line tools the generator drives: sox, ffmpeg and festival, found or installed, and
 * small wrappers that read what they measure.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

export const run = (cmd: string, args: readonly string[]) =>
  execFileSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString()

/** Debian packages of the generator (festvox-kallpc16k is for the recordings test's stand-in). */
export const AUDIO_PACKAGES = ['sox', 'libsox-fmt-all', 'ffmpeg', 'festival', 'festvox-us-slt-hts']
/** What the end-to-end recordings test needs (audio/generate.test.ts): another voice to record. */
export const RECORDINGS_TEST_PACKAGES = [...AUDIO_PACKAGES, 'festvox-kallpc16k']

const SLT = '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts'

export const haveAudioTools = () =>
  have('festival') && have('sox') && have('soxi') && have('ffmpeg') && existsSync(SLT)

/** Installs festival, the SLT voice, sox and ffmpeg with apt-get when missing (as root). */
export function ensureTools() {
  if (haveAudioTools()) return
  if (!have('apt-get') || process.getuid?.() !== 0) {
    throw new Error(
      `Missing audio tools. Install them with: apt-get install -y ${AUDIO_PACKAGES.join(' ')}`,
    )
  }
  console.warn('Installing festival, the SLT voice, sox and ffmpeg with apt-get…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', ...AUDIO_PACKAGES], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

/** Samples in a sound file, as sox counts them. */
export const sampleCount = (path: string) => Number(run('soxi', ['-s', path]).trim())

/** No random ids or version stamps in the files: the same source gives the same bytes. */
const bitexact = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1']

/** Encodes `input` to `output` with ffmpeg, quietly, with the given codec arguments. */
export const ffmpeg = (input: string, output: string, codec: readonly string[]) =>
  run('ffmpeg', ['-y', '-loglevel', 'error', '-i', input, ...codec, ...bitexact, output])

export interface Loudness {
  /** Integrated loudness, LUFS (EBU R 128 / ITU-R BS.1770, gated). */
  readonly integrated: number
  /** Sample peak, dBFS. */
  readonly peak: number
}

/**
 * Integrated loudness of a file (or of `seconds` from `from`), as ffmpeg's ebur128 filter
 * measures it: silence is gated out, so a narration's loudness is that of its voice.
 */
export function loudness(path: string, from?: number, seconds?: number): Loudness {
  const window = from === undefined ? [] : ['-ss', from.toFixed(3), '-t', String(seconds ?? 1)]
  const r = spawnSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-nostats',
      ...window,
      '-i',
      path,
      '-af',
      'ebur128=peak=sample',
      '-f',
      'null',
      '-',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const summary = r.stderr.slice(r.stderr.lastIndexOf('Summary:'))
  const integrated = Number(/\bI:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1] ?? Number.NaN)
  const peak = Number(/\bPeak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1] ?? Number.NaN)
  if (r.status !== 0 || !Number.isFinite(integrated)) {
    throw new Error(`ffmpeg could not measure the loudness of ${path}:\n${r.stderr.slice(-800)}`)
  }
  return { integrated, peak }
}
