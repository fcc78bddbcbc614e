/**
 * Regenerates every sound Stillpoint plays, from source, with one command: `npm run audio`.
 *
 * - Narration: each cue's spoken words (src/content/firstSession.ts) through Debian's festival
 *   with the cmu_us_slt_arctic_hts voice, slowed inside the HTS engine, festival's own phrase
 *   breaks lengthened, and brought to one loudness; or, with `--recordings DIR`, a person's
 *   recording of the line (DIR/<cue-id>.wav), trimmed and brought to the same loudness. The
 *   lines are joined with the script's pauses into one track; cue times come from the clips.
 * - Home routines (src/content/routines.ts): each step's spoken words, one clip per step, with the
 *   same voice (at the slower rate of the lines that ask to notice or feel: every step asks the
 *   listener to move or rest), the same lexicon check and loudness; or a recording
 *   DIR/<routine-id>-<step-id>.wav. Written as public/audio/routine-<routine-id>-<step-id>.webm
 *   and .mp3. Steps with the same words (a shared "settle" step) share one clip, named by the
 *   first step, in routine order, that says them; each step's manifest entry names its files.
 * - Every spoken word must be in festival's lexicon or in ours (audio/lexicon.ts): otherwise
 *   festival would guess it, and the generator stops with the list.
 * - Ambient beds and the chime: synthesized in audio/synth.ts (nothing sampled); the beds are
 *   brought to a loudness far enough under the voice as the app plays them.
 * - Outputs: public/audio/*.webm (Opus) and *.mp3 (loops in MP3 only), and the manifest
 *   src/content/narration.manifest.json (each cue's start, length, voice and a hash of its
 *   words; the loudness measured; the pronunciation check of every word), with
 *   narration.lengths.json beside it (what the home screen says: the lengths, the routine count).
 *
 * Options: `--script` prints the lines to record; `--recordings DIR`; `--out DIR` and
 * `--manifest FILE` write elsewhere (tests); `--only id,id` renders just those lines (needs
 * `--manifest`); `--cache DIR`.
 *
 * Installs festival, the voice, sox and ffmpeg with apt-get when they are missing (as root).
 * Synthetic clips are cached by hash under .cache/ (git-ignored), so changing one line re-renders
 * one clip.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LEAD_IN, pauseAfter, type ScriptCue } from '../src/content/firstSession'
import { DUCK } from '../src/sound/soundscape'
import { defaultSettings } from '../src/state/settings'
import { checkWords, lexiconScheme, render } from './festival'
import { lexiconPhones } from './lexicon'
import {
  chooseLines,
  clipFiles,
  groupStepClips,
  isLineName,
  type Lines,
  layTrack,
  type Options,
  parseOptions,
  recordingScript,
  routineTiming,
  type StepClip,
} from './plan'
import { phrase, readWav, speechBounds } from './shape'
import { chime, seamStep, slowWaves, warmPad, wavBytes } from './synth'
import { ensureTools, ffmpeg, loudness, run, sampleCount } from './tools'
import {
  BED_LUFS,
  bedUnderVoiceDb,
  HTS_NOTICE_RATE,
  HTS_RATE,
  MIN_BED_UNDER_VOICE_DB,
  PEAK_LIMIT_DBFS,
  PHRASING,
  RECORDED_VOICE,
  syntheticVoice,
  VOICE_CHAIN,
  VOICE_LUFS,
} from './voiceSettings'
import { PACE, spokenTokens, wordCount, wordsPerMinute } from './words'

/** The narration's sample rate: plenty for a voice, and what Opus resamples from cleanly. */
const VOICE_RATE = 24000
/** Every step of a routine is spoken at the slower rate of the lines that ask to notice or feel. */
const STEP_RATE = HTS_NOTICE_RATE
const BED_RATE = 44100
const BED_SECONDS = 40

/**
 * Renders every line, the beds and the chime into `opts.out`, and writes the manifest. Returns
 * the process's exit code (1: a spoken word festival would guess).
 */
function make(opts: Options, chosen: Lines): number {
  const { script, cues, steps } = chosen
  const CACHE = opts.cache
  const RECORDED = join(CACHE, 'recorded')
  mkdirSync(RECORDED, { recursive: true })
  mkdirSync(opts.out, { recursive: true })

  // ---- Pronunciation: every spoken word in festival's lexicon or ours ------------------------------

  const check = checkWords(
    [...cues.map((c) => c.spoken), ...steps.map((s) => s.step.spoken)],
    join(CACHE, 'check-words.scm'),
  )
  /** The check's records for some lines: the tokens they say, and where their words come from. */
  const checkedWords = (lines: readonly string[]) => {
    const tokens = new Set(lines.flatMap(spokenTokens))
    return Object.fromEntries(Object.entries(check.words).filter(([t]) => tokens.has(t)))
  }
  console.log('our lexicon (festival before -> ours):')
  for (const e of check.lexicon) {
    const note = e.festivalKnew ? 'in its lexicon' : 'guessed'
    console.log(`  ${e.word.padEnd(18)} ${e.before.padEnd(38)} (${note}) -> ${e.after}`)
  }
  if (check.unknown.length > 0) {
    console.error(
      `\nFestival would guess these spoken words (in neither its lexicon nor audio/lexicon.ts):\n  ${check.unknown.join(', ')}\nAdd each to audio/lexicon.ts (its phones: echo '(voice_cmu_us_slt_arctic_hts) (print (lex.lookup "word"))' | festival --pipe), or say it in other words.`,
    )
    return 1
  }
  const fromOurs = Object.entries(check.words).filter(([, s]) => s === 'stillpoint')
  console.log(
    `words checked: ${Object.keys(check.words).length} distinct, ${fromOurs.length} from our lexicon (${fromOurs.map(([w]) => w).join(', ')}), none unknown`,
  )

  // ---- Clips ---------------------------------------------------------------------------------------

  interface Clip {
    readonly path: string
    readonly samples: number
    readonly voice: string
    readonly lufs: number
    /** Synthetic only: seconds of phones (no pauses), and phrase breaks lengthened. */
    readonly phones?: number
    readonly breaks?: number
  }

  const sox = (args: readonly string[]) => run('sox', ['-R', ...args])

  /**
   * Brings a clip to the voice's loudness (a gain, its rare highest peaks held under
   * PEAK_LIMIT_DBFS by a limiter), with soft edges so no clip clicks. Returns its loudness, LUFS.
   */
  function level(input: string, output: string): number {
    const limit = 10 ** (PEAK_LIMIT_DBFS / 20)
    const pass = (from: string, gain: number) => {
      const leveled = `${output}.leveled.wav`
      ffmpeg(from, leveled, [
        '-af',
        `volume=${gain.toFixed(2)}dB,alimiter=limit=${limit.toFixed(4)}:attack=5:release=50:level=false`,
        '-c:a',
        'pcm_s16le',
      ])
      sox([leveled, output, 'fade', '0.01', '-0', '0.04'])
      return loudness(output).integrated
    }
    const measured = loudness(input).integrated
    let lufs = pass(input, VOICE_LUFS - measured)
    // Where the limiter took a little off, a second pass makes it up.
    if (Math.abs(lufs - VOICE_LUFS) > 0.3)
      lufs = pass(input, VOICE_LUFS - measured + VOICE_LUFS - lufs)
    return lufs
  }

  /** The HTS rate a line is spoken at: slower for a line that asks to notice or feel. */
  const rateOf = (cue: ScriptCue) => (cue.notice ? HTS_NOTICE_RATE : HTS_RATE)

  const clipKey = (spoken: string, rate: number) =>
    createHash('sha256')
      .update(`${VOICE_CHAIN}\nr${rate}\n${lexiconScheme()}\n${spoken}`)
      .digest('hex')
      .slice(0, 16)

  function cachedSynthetic(spoken: string, rate: number): Clip | undefined {
    const key = clipKey(spoken, rate)
    const path = join(CACHE, `${key}.wav`)
    const meta = join(CACHE, `${key}.json`)
    if (!existsSync(path) || !existsSync(meta)) return undefined
    const m = JSON.parse(readFileSync(meta, 'utf8')) as {
      lufs: number
      phones: number
      breaks: number
    }
    return { path, samples: sampleCount(path), voice: syntheticVoice(rate), ...m }
  }

  /** Renders the lines not in the cache, in one festival run, and shapes each into a clip. */
  function renderSynthetic(lines: readonly { readonly text: string; readonly rate: number }[]) {
    const todo = lines.filter(
      (l, i) =>
        !cachedSynthetic(l.text, l.rate) &&
        lines.findIndex((o) => o.text === l.text && o.rate === l.rate) === i,
    )
    if (todo.length === 0) return
    console.log(`festival: rendering ${todo.length} line(s)…`)
    const jobs = todo.map((l) => ({ ...l, prefix: join(CACHE, `${clipKey(l.text, l.rate)}.utt`) }))
    const rendered = render(jobs, join(CACHE, 'render.scm'))
    for (const [i, { text, rate }] of todo.entries()) {
      const key = clipKey(text, rate)
      const utterances = rendered[i] ?? []
      const { samples, phones, breaks } = phrase(utterances, PHRASING)
      const joined = join(CACHE, `${key}.joined.wav`)
      writeFileSync(joined, wavBytes([samples], utterances[0]?.rate ?? 32000))
      // A little of the hiss of the highest frequencies taken off, a little warmth added.
      const shaped = join(CACHE, `${key}.shaped.wav`)
      sox([joined, '-r', String(VOICE_RATE), '-c', '1', shaped, 'lowpass', '7000', 'bass', '+2'])
      const lufs = level(shaped, join(CACHE, `${key}.wav`))
      writeFileSync(join(CACHE, `${key}.json`), JSON.stringify({ lufs, phones, breaks }))
    }
  }

  /** A person's recording of a line: trimmed of its silence, brought to the voice's loudness. */
  function recorded(file: string, id: string): Clip {
    const converted = join(RECORDED, `${id}.converted.wav`)
    sox([file, '-r', String(VOICE_RATE), '-c', '1', '-b', '16', converted, 'highpass', '60'])
    const { samples, rate } = readWav(readFileSync(converted))
    const { start, end } = speechBounds(samples, rate)
    const trimmed = join(RECORDED, `${id}.trimmed.wav`)
    writeFileSync(trimmed, wavBytes([samples.subarray(start, end)], rate))
    const path = join(RECORDED, `${id}.wav`)
    const lufs = level(trimmed, path)
    return { path, samples: sampleCount(path), voice: RECORDED_VOICE, lufs }
  }

  const recordingOf = (id: string) =>
    opts.recordings ? join(opts.recordings, `${id}.wav`) : undefined
  if (opts.recordings) {
    for (const f of readdirSync(opts.recordings).filter((f) => f.endsWith('.wav'))) {
      if (!isLineName(chosen, basename(f, '.wav'))) {
        console.warn(`warning: ${join(opts.recordings, f)} is no line of the script; ignored`)
      }
    }
  }
  const synthetic = cues.filter((c) => {
    const file = recordingOf(c.id)
    if (!file || existsSync(file)) return !file
    console.warn(`warning: no recording for "${c.id}" (${file}): the synthetic voice says it`)
    return true
  })

  /** The routines' clips (steps with the same words share one), with a recording where there is one. */
  const stepClips: (StepClip & { readonly recording?: string })[] = groupStepClips(steps)
  for (const [i, c] of stepClips.entries()) {
    const files = c.steps.map((s) => recordingOf(s.name))
    const found = files.find((f) => f && existsSync(f))
    if (found) stepClips[i] = { ...c, recording: found }
    else if (opts.recordings) {
      console.warn(
        `warning: no recording for "${c.name}" (${files.join(' or ')}): the synthetic voice says it`,
      )
    }
  }
  renderSynthetic([
    ...synthetic.map((c) => ({ text: c.spoken, rate: rateOf(c) })),
    ...stepClips.filter((c) => !c.recording).map((c) => ({ text: c.spoken, rate: STEP_RATE })),
  ])

  function silence(seconds: number): string {
    const path = join(CACHE, `silence-${seconds.toFixed(3)}.wav`)
    if (!existsSync(path)) {
      sox([
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

  /**
   * Voice and chime: Opus in WebM for browsers that play it, MP3 for the rest. The voice is 24 kHz
   * speech low-passed at 7 kHz (see `renderSynthetic`), which Opus keeps whole at 20 kb/s, at two thirds of the
   * bytes of 32 kb/s: 0.5 MB less for a phone to download for the Preview, and less for the page's
   * thread to take in while it opens. The chime, a tone with a long tail, keeps 32 kb/s.
   */
  function encodeVoice(wav: string, base: string, bitrate = '20k') {
    ffmpeg(wav, `${base}.webm`, [
      '-ac',
      '1',
      '-c:a',
      'libopus',
      '-b:a',
      bitrate,
      '-vbr',
      'on',
      '-application',
      'voip',
    ])
    ffmpeg(wav, `${base}.mp3`, ['-ac', '1', '-ar', '24000', '-c:a', 'libmp3lame', '-b:a', '48k'])
  }

  // ---- The narration track -------------------------------------------------------------------------

  const lines = cues.map((cue) => {
    const file = recordingOf(cue.id)
    const clip =
      file && existsSync(file)
        ? recorded(file, cue.id)
        : (cachedSynthetic(cue.spoken, rateOf(cue)) as Clip)
    return { cue, clip, pause: pauseAfter(cue) }
  })
  const entries = layTrack(
    lines.map((l) => ({
      cue: l.cue,
      samples: l.clip.samples,
      voice: l.clip.voice,
      pause: l.pause,
    })),
    LEAD_IN,
    VOICE_RATE,
  )
  const parts = [silence(LEAD_IN), ...lines.flatMap((l) => [l.clip.path, silence(l.pause)])]
  const trackWav = join(CACHE, `${script.id}.wav`)
  sox([...parts, trackWav])
  const trackSamples = sampleCount(trackWav)
  encodeVoice(trackWav, join(opts.out, script.id))

  // ---- The routines' clips -------------------------------------------------------------------------

  const routineClips = stepClips.map((c) => {
    const clip = c.recording
      ? recorded(c.recording, c.name)
      : (cachedSynthetic(c.spoken, STEP_RATE) as Clip)
    encodeVoice(clip.path, join(opts.out, `routine-${c.name}`))
    return { ...c, clip, files: clipFiles(c.name) }
  })
  // Clips of steps that are gone (or now share another's clip) are taken away, unless rendering a part.
  if (!opts.only) {
    const current = new Set(routineClips.flatMap((c) => [c.files.webm, c.files.mp3]))
    for (const f of readdirSync(opts.out)) {
      if (/^routine-.*\.(webm|mp3)$/.test(f) && !current.has(`audio/${f}`)) {
        console.log(`removing ${join(opts.out, f)}: no step says it now`)
        rmSync(join(opts.out, f))
      }
    }
  }
  const routineTimes = routineTiming(
    steps,
    routineClips.map((c) => ({ ...c, samples: c.clip.samples, voice: c.clip.voice })),
    VOICE_RATE,
  )

  // ---- Ambient beds and the chime ------------------------------------------------------------------

  // Seamless loops, MP3 only (Chromium decodes MP3 loops sample-exact). A bed louder than BED_LUFS
  // is brought down to it with a plain gain, which keeps the seam as smooth as the synthesis made it;
  // a quieter one is left as it is.
  const beds = [
    { id: 'warm-pad', sound: warmPad(BED_SECONDS, BED_RATE) },
    { id: 'slow-waves', sound: slowWaves(BED_SECONDS, BED_RATE) },
  ]
  /** The largest step inside each decoded channel of a loop, and the step across its seam. */
  function decodedSeams(mp3: string) {
    const raw = execFileSync(
      'ffmpeg',
      ['-loglevel', 'error', '-i', mp3, '-ac', '2', '-f', 'f32le', '-'],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    )
    const all = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4)
    return [0, 1].map((c) => seamStep(all.filter((_, i) => i % 2 === c)))
  }
  const bedLoudness: Record<string, number> = {}
  for (const bed of beds) {
    const raw = join(CACHE, `${bed.id}.raw.wav`)
    writeFileSync(raw, wavBytes([bed.sound.left, bed.sound.right], BED_RATE))
    const gain = Math.min(0, BED_LUFS - loudness(raw).integrated)
    const k = 10 ** (gain / 20)
    const wav = join(CACHE, `${bed.id}.wav`)
    writeFileSync(
      wav,
      wavBytes([bed.sound.left.map((x) => x * k), bed.sound.right.map((x) => x * k)], BED_RATE),
    )
    const mp3 = join(opts.out, `bed-${bed.id}.mp3`)
    ffmpeg(wav, mp3, ['-c:a', 'libmp3lame', '-b:a', '96k'])
    bedLoudness[bed.id] = loudness(mp3).integrated
    const { inside, seam } = seamStep(bed.sound.left)
    const decoded = decodedSeams(mp3)
      .map((d) => `${d.seam.toFixed(5)} of ${d.inside.toFixed(5)}`)
      .join(', ')
    console.log(
      `bed ${bed.id}: gain ${gain.toFixed(1)} dB; seam step ${seam.toFixed(5)} (largest inside ${inside.toFixed(5)}); decoded MP3, seam of largest: ${decoded}`,
    )
  }

  const chimeWav = join(CACHE, 'chime.wav')
  writeFileSync(chimeWav, wavBytes([chime(3.2, BED_RATE)], BED_RATE))
  encodeVoice(chimeWav, join(opts.out, 'chime'), '32k')

  // ---- Loudness, as the app plays it -----------------------------------------------------------------

  const round = (x: number, digits = 1) => Number(x.toFixed(digits))
  const narrationLufs = loudness(trackWav).integrated
  const gaps = (ambient: number) =>
    Object.fromEntries(
      Object.entries(bedLoudness).map(([id, bedLufs]) => [
        id,
        bedUnderVoiceDb({
          voiceLufs: narrationLufs,
          bedLufs,
          voiceVolume: defaultSettings.voiceVolume,
          ambient,
          duck: DUCK,
        }),
      ]),
    )

  // ---- The manifest ----------------------------------------------------------------------------------

  const manifest = {
    generatedBy: 'npm run audio (audio/generate.ts)',
    voice: VOICE_CHAIN,
    walkthroughs: {
      [script.id]: {
        duration: trackSamples / VOICE_RATE,
        files: { webm: `audio/${script.id}.webm`, mp3: `audio/${script.id}.mp3` },
        cues: entries,
      },
    },
    /** Each home routine's steps: the clip that speaks each one (steps with the same words share). */
    routines: routineTimes,
    beds: Object.fromEntries(
      beds.map((b) => [b.id, { file: `audio/bed-${b.id}.mp3`, loopSeconds: BED_SECONDS }]),
    ),
    chime: { webm: 'audio/chime.webm', mp3: 'audio/chime.mp3' },
    /** Integrated loudness (LUFS) of what was written: the narration track and each bed. */
    loudness: {
      target: VOICE_LUFS,
      narration: { [script.id]: round(narrationLufs, 2) },
      beds: Object.fromEntries(Object.entries(bedLoudness).map(([id, l]) => [id, round(l, 2)])),
    },
    /** Every spoken token and the lexicon its words come from (checked with festival). */
    pronunciation: {
      lexicon: lexiconPhones(),
      walkthroughs: {
        [script.id]: { words: checkedWords(cues.map((c) => c.spoken)), unknown: check.unknown },
      },
      routines: Object.fromEntries(
        Object.keys(routineTimes).map((id) => [
          id,
          {
            words: checkedWords(steps.filter((s) => s.routine === id).map((s) => s.step.spoken)),
            unknown: check.unknown,
          },
        ]),
      ),
    },
  }
  writeFileSync(opts.manifest, `${JSON.stringify(manifest, null, 2)}\n`)
  // What the home screen says about the sound, in a file of its own: the first screen's code reads
  // it without taking in the whole manifest (each cue's timing is for the routes that play them).
  const lengths = {
    walkthroughs: { [script.id]: trackSamples / VOICE_RATE },
    routines: Object.keys(routineTimes).length,
  }
  writeFileSync(
    join(dirname(opts.manifest), 'narration.lengths.json'),
    `${JSON.stringify(lengths, null, 2)}\n`,
  )

  // ---- The report ------------------------------------------------------------------------------------

  const seconds = (samples: number) => samples / VOICE_RATE
  console.log(`\nnarration ${script.id}, line by line:`)
  console.log(
    `  ${'line'.padEnd(16)} ${'words'.padStart(5)} ${'seconds'.padStart(7)} ${'wpm'.padStart(4)} ${'pause'.padStart(5)} ${'LUFS'.padStart(6)}  voice`,
  )
  for (const { cue, clip, pause } of lines) {
    const words = wordCount(cue.spoken)
    const wpm = wordsPerMinute(words, seconds(clip.samples))
    const mark = cue.notice ? ' (notice)' : ''
    console.log(
      `  ${cue.id.padEnd(16)} ${String(words).padStart(5)} ${seconds(clip.samples).toFixed(2).padStart(7)} ${wpm.toFixed(0).padStart(4)} ${pause.toFixed(2).padStart(5)} ${clip.lufs.toFixed(1).padStart(6)}  ${clip.voice}${mark}`,
    )
  }
  const words = lines.reduce((n, l) => n + wordCount(l.cue.spoken), 0)
  const speaking = lines.reduce((n, l) => n + seconds(l.clip.samples), 0)
  const total = seconds(trackSamples)
  const perLine = lines.map((l) => wordsPerMinute(wordCount(l.cue.spoken), seconds(l.clip.samples)))
  const made = lines.filter((l) => l.clip.phones !== undefined)
  const phoneSeconds = made.reduce((n, l) => n + (l.clip.phones ?? 0), 0)
  const madeWords = made.reduce((n, l) => n + wordCount(l.cue.spoken), 0)
  const noticing = lines.filter((l) => l.cue.notice)
  const inPace = (wpm: number) => (wpm >= PACE.min && wpm <= PACE.max ? 'within' : 'OUTSIDE')
  const speakingWpm = wordsPerMinute(words, speaking)
  console.log(
    `\nnarration ${script.id}: ${lines.length} lines, ${words} words, ${(total / 60).toFixed(2)} min`,
  )
  console.log(
    `  pace while speaking: ${speakingWpm.toFixed(1)} wpm (${inPace(speakingWpm)} ${PACE.min}-${PACE.max}); lines ${Math.min(...perLine).toFixed(0)}-${Math.max(...perLine).toFixed(0)} wpm`,
  )
  if (made.length > 0) {
    console.log(
      `  synthetic lines without any pause (phones only): ${wordsPerMinute(madeWords, phoneSeconds).toFixed(1)} wpm; ${made.reduce((n, l) => n + (l.clip.breaks ?? 0), 0)} phrase breaks lengthened to ${PHRASING.phrasePause} s`,
    )
  }
  console.log(
    `  overall, with the silences: ${wordsPerMinute(words, total).toFixed(1)} wpm, ${((1 - speaking / total) * 100).toFixed(0)}% silence`,
  )
  if (noticing.length > 0) {
    console.log(
      `  pauses after the ${noticing.length} lines that ask to notice or feel: ${Math.min(...noticing.map((l) => l.pause)).toFixed(2)}-${Math.max(...noticing.map((l) => l.pause)).toFixed(2)} s; other lines ${Math.min(...lines.map((l) => l.pause)).toFixed(2)} s at least`,
    )
  }
  const lineLufs = lines.map((l) => l.clip.lufs)
  console.log(
    `loudness: narration ${narrationLufs.toFixed(1)} LUFS (target ${VOICE_LUFS}; lines ${Math.min(...lineLufs).toFixed(1)} to ${Math.max(...lineLufs).toFixed(1)})`,
  )
  for (const format of ['webm', 'mp3']) {
    const l = loudness(join(opts.out, `${script.id}.${format}`))
    console.log(
      `  ${script.id}.${format}: ${l.integrated.toFixed(1)} LUFS, peak ${l.peak.toFixed(1)} dBFS`,
    )
  }
  for (const [id, l] of Object.entries(bedLoudness))
    console.log(`  bed ${id}: ${l.toFixed(1)} LUFS`)
  console.log(`  chime: ${loudness(join(opts.out, 'chime.mp3')).integrated.toFixed(1)} LUFS`)
  const ambient = defaultSettings.ambientVolume
  const gain = (g: number) => (20 * Math.log10(g)).toFixed(1)
  console.log(
    `  bed under the voice while it speaks, as played (voice ${defaultSettings.voiceVolume}, bed ${ambient} x duck ${DUCK} = ${gain(ambient * DUCK)} dB):`,
  )
  for (const [id, gap] of Object.entries(gaps(ambient))) {
    console.log(
      `    ${id}: ${gap.toFixed(1)} dB (${gap >= MIN_BED_UNDER_VOICE_DB ? 'at least' : 'LESS THAN'} ${MIN_BED_UNDER_VOICE_DB})`,
    )
  }
  console.log(
    `    with Background at full (1 x duck ${DUCK} = ${gain(DUCK)} dB): ${Object.entries(gaps(1))
      .map(([id, g]) => `${id} ${g.toFixed(1)} dB`)
      .join(', ')}`,
  )
  for (const l of lines) {
    if (Math.abs(l.clip.lufs - VOICE_LUFS) > 1) {
      console.warn(
        `warning: "${l.cue.id}" is ${l.clip.lufs.toFixed(1)} LUFS, more than 1 LU from ${VOICE_LUFS}`,
      )
    }
  }

  const kB = (file: string) => statSync(join(opts.out, file)).size / 1024
  const largestBed = Math.max(...beds.map((b) => kB(`bed-${b.id}.mp3`)))
  console.log('media:')
  for (const f of [
    `${script.id}.webm`,
    `${script.id}.mp3`,
    'bed-warm-pad.mp3',
    'bed-slow-waves.mp3',
    'chime.webm',
    'chime.mp3',
  ]) {
    console.log(`  ${f}: ${kB(f).toFixed(0)} kB`)
  }
  for (const format of ['webm', 'mp3']) {
    const sum = kB(`${script.id}.${format}`) + largestBed + kB(`chime.${format}`)
    console.log(
      `  one ${format} browser downloads ${(sum / 1024).toFixed(2)} MB (narration, a bed, the chime; at most 4)`,
    )
  }

  // ---- The routines ----------------------------------------------------------------------------------

  console.log('\nroutines (clips at the voice loudness, one per distinct line):')
  const bytes = (file: string) => statSync(join(opts.out, file.replace(/^audio\//, ''))).size
  for (const [id, timing] of Object.entries(routineTimes)) {
    const ss = steps.filter((s) => s.routine === id)
    const own = routineClips.filter((c) => c.steps.some((s) => s.routine === id))
    const spokenSeconds = Object.values(timing).reduce((n, t) => n + t.duration, 0)
    const w = ss.reduce((n, s) => n + wordCount(s.step.spoken), 0)
    const wpm = wordsPerMinute(w, spokenSeconds)
    const perStep = ss.map((s) =>
      wordsPerMinute(wordCount(s.step.spoken), timing[s.step.id]?.duration ?? 0),
    )
    const size = (format: 'webm' | 'mp3') =>
      own.reduce((n, c) => n + bytes(c.files[format]), 0) / 1024
    console.log(
      `  ${id}: ${ss.length} steps, ${own.length} clips, ${spokenSeconds.toFixed(1)} s spoken, ${w} words, ${wpm.toFixed(1)} wpm while speaking (steps ${Math.min(...perStep).toFixed(0)}-${Math.max(...perStep).toFixed(0)}); webm ${size('webm').toFixed(0)} kB, mp3 ${size('mp3').toFixed(0)} kB`,
    )
  }
  if (routineClips.length > 0) {
    const stepLufs = routineClips.map((c) => c.clip.lufs)
    console.log(
      `  ${routineClips.length} clip files for ${steps.length} steps; loudness ${Math.min(...stepLufs).toFixed(1)} to ${Math.max(...stepLufs).toFixed(1)} LUFS (target ${VOICE_LUFS})`,
    )
    for (const format of ['webm', 'mp3'] as const) {
      const sum = routineClips.reduce((n, c) => n + bytes(c.files[format]), 0)
      console.log(`  all routine ${format}: ${(sum / 1024 / 1024).toFixed(2)} MB (at most 3)`)
    }
    for (const c of routineClips) {
      if (Math.abs(c.clip.lufs - VOICE_LUFS) > 1) {
        console.warn(
          `warning: "${c.name}" is ${c.clip.lufs.toFixed(1)} LUFS, more than 1 LU from ${VOICE_LUFS}`,
        )
      }
    }
  }
  return 0
}

/** `npm run audio [options]`: the lines to record (`--script`), or everything made anew. */
export function main(argv: readonly string[]): number {
  const opts = parseOptions(argv)
  const chosen = chooseLines(opts.only)
  if (opts.script) {
    for (const line of recordingScript(chosen)) console.log(line)
    return 0
  }
  ensureTools()
  return make(opts, chosen)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2))
}
