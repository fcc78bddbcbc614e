import { describe, expect, it } from 'vitest'
import { phrase, readWav, speechBounds, type Utterance } from './shape'
import { wavBytes } from './synth'

const RATE = 1000

/** One second of sound: a phone, a pause of 0.1 s (a phrase break), a phone, pauses at the ends. */
function sentence(): Utterance {
  return {
    rate: RATE,
    samples: new Float32Array(RATE).fill(0.5),
    segments: [
      { name: 'pau', start: 0, end: 0.1 },
      { name: 'a', start: 0.1, end: 0.4 },
      { name: 'pau', start: 0.4, end: 0.5 },
      { name: 'b', start: 0.5, end: 0.9 },
      { name: 'pau', start: 0.9, end: 1 },
    ],
  }
}

describe('phrasing a synthetic line', () => {
  const p = { phrasePause: 0.4, sentencePause: 0.7, lead: 0, tail: 0 }

  it('trims each sentence to its phones and lengthens the phrase breaks inside it', () => {
    const out = phrase([sentence()], p)
    // 0.1-0.9 kept (0.8 s), the 0.1 s break grown to 0.4 s: 1.1 s.
    expect(out.samples.length).toBe(1100)
    expect(out.breaks).toBe(1)
    expect(out.phones).toBeCloseTo(0.7)
    // The silence sits in the middle of festival's pause.
    expect(out.samples[349]).toBe(0.5)
    expect(out.samples[350]).toBe(0)
    expect(out.samples[649]).toBe(0)
    expect(out.samples[650]).toBe(0.5)
  })

  it('joins sentences with the sentence pause, and keeps a lead and a tail', () => {
    const out = phrase([sentence(), sentence()], { ...p, lead: 0.05, tail: 0.05 })
    expect(out.samples.length).toBe(2 * 1200 + 700)
    expect(out.breaks).toBe(2)
  })

  it('never shortens a break festival made longer than the phrase pause', () => {
    const out = phrase([sentence()], { ...p, phrasePause: 0.05 })
    expect(out.samples.length).toBe(800)
    expect(out.breaks).toBe(0)
  })
})

describe('a recording', () => {
  it('is trimmed to its speech, with a little kept around it, above the room noise', () => {
    const rate = 8000
    const samples = new Float32Array(rate * 3)
    let seed = 1
    const noise = () => {
      seed = (seed * 16807) % 2147483647
      return (seed / 2147483647) * 2 - 1
    }
    for (let i = 0; i < samples.length; i++) {
      const t = i / rate
      const voice = t >= 0.8 && t < 2 ? 0.3 * Math.sin(2 * Math.PI * 220 * t) : 0
      samples[i] = voice + 0.001 * noise()
    }
    const b = speechBounds(samples, rate, { lead: 0.1, tail: 0.2 })
    expect(b.start / rate).toBeCloseTo(0.7, 1)
    expect(b.end / rate).toBeCloseTo(2.2, 1)
    expect(b.threshold).toBeGreaterThan(-60)
  })

  it('reads back a WAV file, mixing stereo to mono', () => {
    const left = new Float32Array([0, 0.5, -0.5])
    const right = new Float32Array([0, 0.5, 0.5])
    const { samples, rate } = readWav(wavBytes([left, right], 8000))
    expect(rate).toBe(8000)
    expect([...samples].map((x) => Number(x.toFixed(3)))).toEqual([0, 0.5, 0])
    expect(() => readWav(new Uint8Array(44))).toThrow(/not a WAV/)
  })
})
