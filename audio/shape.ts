/**
 * Shaping narration clips in numbers: festival's phrase breaks made longer, and a recording's
 * leading and trailing silence found. Pure functions over samples (floats in [-1, 1]).
 */

/** One festival segment (a phone, or `pau` for silence), in seconds. */
export interface Segment {
  readonly name: string
  readonly start: number
  readonly end: number
}

/** One utterance festival rendered: a sentence, its samples and its segments. */
export interface Utterance {
  readonly samples: Float32Array
  readonly rate: number
  readonly segments: readonly Segment[]
}

export interface Phrasing {
  /** Silence at each of festival's phrase breaks inside a sentence, seconds (at least). */
  readonly phrasePause: number
  /** Silence between two sentences of one line, seconds. */
  readonly sentencePause: number
  /** Kept before the first phone and after the last, seconds. */
  readonly lead: number
  readonly tail: number
}

export interface Phrased {
  readonly samples: Float32Array
  /** Seconds of sound: the phones alone, without any pause (festival's or added). */
  readonly phones: number
  /** How many phrase breaks inside sentences were lengthened. */
  readonly breaks: number
}

const isPause = (s: Segment) => s.name === 'pau'

/**
 * Joins festival's utterances into one line: each trimmed to its phones (with `lead` and `tail`),
 * every pause between its phones (festival's phrase breaks) lengthened to `phrasePause` by
 * silence inserted at the pause's middle, and sentences joined by `sentencePause`.
 */
export function phrase(utterances: readonly Utterance[], p: Phrasing): Phrased {
  const pieces: Float32Array[] = []
  let phones = 0
  let breaks = 0
  for (const [u, utt] of utterances.entries()) {
    const { rate, samples, segments } = utt
    const spoken = segments.filter((s) => !isPause(s))
    const first = spoken[0]
    const last = spoken[spoken.length - 1]
    if (!first || !last) continue
    if (u > 0 && pieces.length > 0)
      pieces.push(new Float32Array(Math.round(p.sentencePause * rate)))
    const at = (t: number) => Math.max(0, Math.min(samples.length, Math.round(t * rate)))
    let from = at(first.start - p.lead)
    for (const s of segments) {
      phones += isPause(s) ? 0 : s.end - s.start
      if (!isPause(s) || s.start < first.start || s.end > last.end) continue
      const extra = p.phrasePause - (s.end - s.start)
      if (extra <= 0) continue
      const middle = at((s.start + s.end) / 2)
      pieces.push(samples.subarray(from, middle), new Float32Array(Math.round(extra * rate)))
      from = middle
      breaks++
    }
    pieces.push(samples.subarray(from, at(last.end + p.tail)))
  }
  const out = new Float32Array(pieces.reduce((n, x) => n + x.length, 0))
  let o = 0
  for (const x of pieces) {
    out.set(x, o)
    o += x.length
  }
  return { samples: out, phones, breaks }
}

export interface SpeechBounds {
  /** First and last sample kept. */
  readonly start: number
  readonly end: number
  /** The level that counted as speech, dBFS (10 ms frames). */
  readonly threshold: number
}

const FRAME_SECONDS = 0.01
const dB = (x: number) => 20 * Math.log10(Math.max(x, 1e-9))

/**
 * Where the speech in a recording starts and ends: the first and last 10 ms frame within
 * `range` dB of the loudest frame (and clearly above the room's noise), widened by `lead` and
 * `tail` seconds so soft first and last sounds are kept whole.
 */
export function speechBounds(
  samples: Float32Array,
  rate: number,
  { range = 35, lead = 0.1, tail = 0.2 } = {},
): SpeechBounds {
  const size = Math.max(1, Math.round(FRAME_SECONDS * rate))
  const levels: number[] = []
  for (let i = 0; i < samples.length; i += size) {
    let sum = 0
    const end = Math.min(samples.length, i + size)
    for (let j = i; j < end; j++) sum += (samples[j] ?? 0) ** 2
    levels.push(dB(Math.sqrt(sum / (end - i))))
  }
  if (levels.length === 0) return { start: 0, end: 0, threshold: 0 }
  const loudest = Math.max(...levels)
  // The room: the level most quiet frames sit at (the 10th percentile).
  const floor = [...levels].sort((a, b) => a - b)[Math.floor(levels.length * 0.1)] ?? -120
  const threshold = Math.max(loudest - range, floor + 10)
  const first = levels.findIndex((l) => l >= threshold)
  const last = levels.length - 1 - [...levels].reverse().findIndex((l) => l >= threshold)
  const start = Math.max(0, first * size - Math.round(lead * rate))
  const end = Math.min(samples.length, (last + 1) * size + Math.round(tail * rate))
  return { start, end, threshold }
}

/** PCM samples of a WAV file (16-bit integer, any rate, mono or more channels mixed down). */
export function readWav(bytes: Uint8Array): { samples: Float32Array; rate: number } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  if (text(0) !== 'RIFF' || text(8) !== 'WAVE') throw new Error('not a WAV file')
  let at = 12
  let rate = 0
  let channels = 0
  let bits = 0
  while (at + 8 <= bytes.length) {
    const id = text(at)
    const size = v.getUint32(at + 4, true)
    const body = at + 8
    if (id === 'fmt ') {
      channels = v.getUint16(body + 2, true)
      rate = v.getUint32(body + 4, true)
      bits = v.getUint16(body + 14, true)
    } else if (id === 'data') {
      if (bits !== 16 || channels < 1) throw new Error(`expected 16-bit PCM, got ${bits}-bit`)
      // Festival writes a data size of 0 when it streams; the chunk then runs to the end.
      const length = size === 0 || body + size > bytes.length ? bytes.length - body : size
      const frames = Math.floor(length / (2 * channels))
      const samples = new Float32Array(frames)
      for (let i = 0; i < frames; i++) {
        let sum = 0
        for (let c = 0; c < channels; c++) sum += v.getInt16(body + (i * channels + c) * 2, true)
        samples[i] = sum / channels / 32768
      }
      return { samples, rate }
    }
    at = body + size + (size % 2)
  }
  throw new Error('WAV file without data')
}
