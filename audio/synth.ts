/**
 * Sound made from numbers: the ambient beds and the chime are synthesized here, sample by sample,
 * from a seeded random source, so every regeneration gives the same sound and nothing is sampled
 * from anywhere. Samples are floats in [-1, 1].
 */

/** A small, seeded random source (mulberry32), so noise beds are reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Stereo {
  readonly left: Float32Array
  readonly right: Float32Array
}

/** A frequency moved to the nearest whole number of cycles in `loopSeconds`, so it loops cleanly. */
export const loopable = (hz: number, loopSeconds: number) =>
  Math.max(1, Math.round(hz * loopSeconds)) / loopSeconds

/**
 * A warm pad: a soft major chord of pure tones, each pair slightly detuned to shimmer, each voice
 * swelling on its own slow cycle. Every frequency and every swell completes a whole number of
 * cycles in the loop, so the last sample leads into the first exactly.
 */
export function warmPad(loopSeconds: number, rate: number): Stereo {
  const n = Math.round(loopSeconds * rate)
  const left = new Float32Array(n)
  const right = new Float32Array(n)
  // A2, E3, A3, C#4, E4: an open A major chord, low and warm.
  const voices = [
    { hz: 110, gain: 0.34, swell: 1, pan: 0 },
    { hz: 164.81, gain: 0.24, swell: 2, pan: -0.4 },
    { hz: 220, gain: 0.18, swell: 3, pan: 0.4 },
    { hz: 277.18, gain: 0.1, swell: 4, pan: -0.6 },
    { hz: 329.63, gain: 0.08, swell: 5, pan: 0.6 },
  ]
  const twoPi = Math.PI * 2
  for (const [v, voice] of voices.entries()) {
    const f1 = loopable(voice.hz, loopSeconds)
    // The twin is a few hundredths of a hertz sharper: a slow beat, still periodic in the loop.
    const f2 = (Math.round(f1 * loopSeconds) + 2) / loopSeconds
    const swellHz = voice.swell / loopSeconds
    const phase = v * 1.7
    const l = Math.cos(((voice.pan + 1) * Math.PI) / 4)
    const r = Math.sin(((voice.pan + 1) * Math.PI) / 4)
    for (let i = 0; i < n; i++) {
      const t = i / rate
      const swell = 0.6 + 0.4 * Math.sin(twoPi * swellHz * t + phase)
      const s =
        voice.gain * swell * 0.5 * (Math.sin(twoPi * f1 * t) + Math.sin(twoPi * f2 * t + phase))
      left[i] = (left[i] ?? 0) + s * l
      right[i] = (right[i] ?? 0) + s * r
    }
  }
  return normalise({ left, right }, 0.35)
}

/**
 * Slow waves: brown noise (gentle and low), swelling like an ocean every few seconds, a little
 * different in each ear. Random sound cannot repeat by itself, so the tail of a longer render is
 * faded into the head: the loop's end leads into its start without a jump.
 */
export function slowWaves(loopSeconds: number, rate: number, seed = 7): Stereo {
  const fade = Math.round(4 * rate)
  const n = Math.round(loopSeconds * rate)
  const total = n + fade
  const channel = (random: () => number, offset: number) => {
    const out = new Float32Array(total)
    let brown = 0
    let smooth = 0
    for (let i = 0; i < total; i++) {
      brown = (brown + (random() * 2 - 1) * 0.02) * 0.998
      smooth += (brown - smooth) * 0.08 // a soft low-pass: no hiss
      const t = i / rate
      // Waves every loop/6 seconds, a deeper swell every loop/2: whole cycles in the loop.
      const wave = 0.55 + 0.3 * Math.sin((Math.PI * 2 * 6 * t) / loopSeconds + offset) ** 2
      const swell = 0.8 + 0.2 * Math.sin((Math.PI * 2 * 2 * t) / loopSeconds + offset)
      out[i] = smooth * wave * swell
    }
    return crossfadeLoop(out, n, fade)
  }
  const random = seeded(seed)
  return normalise({ left: channel(random, 0), right: channel(random, 0.6) }, 0.4)
}

/** Folds the `fade` samples after `n` into the head with an equal-power fade: a seamless loop. */
export function crossfadeLoop(samples: Float32Array, n: number, fade: number): Float32Array {
  const out = samples.slice(0, n)
  for (let i = 0; i < fade; i++) {
    const x = i / fade
    const head = Math.sin((x * Math.PI) / 2)
    const tail = Math.cos((x * Math.PI) / 2)
    out[i] = (samples[i] ?? 0) * head + (samples[n + i] ?? 0) * tail
  }
  return out
}

/** A soft bell for chapter changes: a few inharmonic partials, a gentle attack, a long decay. */
export function chime(seconds: number, rate: number): Float32Array {
  const n = Math.round(seconds * rate)
  const out = new Float32Array(n)
  const base = 528
  const partials = [
    { ratio: 1, gain: 0.6, decay: 1.4 },
    { ratio: 2.01, gain: 0.22, decay: 0.9 },
    { ratio: 2.76, gain: 0.12, decay: 0.6 },
    { ratio: 5.4, gain: 0.05, decay: 0.3 },
  ]
  for (let i = 0; i < n; i++) {
    const t = i / rate
    const attack = Math.min(1, t / 0.012)
    const release = Math.min(1, (seconds - t) / 0.3) // reach silence before the end
    let s = 0
    for (const p of partials) {
      s += p.gain * Math.exp(-t / p.decay) * Math.sin(Math.PI * 2 * base * p.ratio * t)
    }
    out[i] = s * attack * Math.max(0, release)
  }
  return normalise({ left: out, right: out }, 0.5).left
}

/** Scales so the loudest sample reaches `peak`. */
export function normalise(s: Stereo, peak: number): Stereo {
  let max = 0
  for (const ch of [s.left, s.right]) for (const v of ch) max = Math.max(max, Math.abs(v))
  const k = max > 0 ? peak / max : 1
  if (s.left === s.right) {
    const both = s.left.map((v) => v * k)
    return { left: both, right: both }
  }
  return { left: s.left.map((v) => v * k), right: s.right.map((v) => v * k) }
}

/**
 * The largest jump between neighbouring samples inside the loop, and the jump from its last sample
 * back to its first: a seam is inaudible when the second is no bigger than the first.
 */
export function seamStep(samples: Float32Array): { inside: number; seam: number } {
  let inside = 0
  for (let i = 1; i < samples.length; i++) {
    inside = Math.max(inside, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)))
  }
  const seam = Math.abs((samples[0] ?? 0) - (samples[samples.length - 1] ?? 0))
  return { inside, seam }
}

/** 16-bit PCM WAV bytes for one or two channels. */
export function wavBytes(channels: readonly Float32Array[], rate: number): Uint8Array {
  const frames = channels[0]?.length ?? 0
  const count = channels.length
  const data = frames * count * 2
  const buf = new ArrayBuffer(44 + data)
  const v = new DataView(buf)
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i))
  }
  text(0, 'RIFF')
  v.setUint32(4, 36 + data, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  v.setUint32(16, 16, true)
  v.setUint16(20, 1, true)
  v.setUint16(22, count, true)
  v.setUint32(24, rate, true)
  v.setUint32(28, rate * count * 2, true)
  v.setUint16(32, count * 2, true)
  v.setUint16(34, 16, true)
  text(36, 'data')
  v.setUint32(40, data, true)
  let at = 44
  for (let i = 0; i < frames; i++) {
    for (const ch of channels) {
      const x = Math.max(-1, Math.min(1, ch[i] ?? 0))
      v.setInt16(at, Math.round(x * 32767), true)
      at += 2
    }
  }
  return new Uint8Array(buf)
}
