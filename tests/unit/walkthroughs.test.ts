import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { firstSessionScript, NOTICE_PAUSE, type ScriptCue } from '@/content/firstSession'
import manifest from '@/content/narration.manifest.json'
import { walkthroughProblems } from '@/content/validate'
import { CAPTION_MAX_CHARS } from '@/content/walkthrough'
import { audioFiles, firstSession, timeScript } from '@/content/walkthroughs'
import { fleschKincaidGrade } from '@/lib/readability'
import { DUCK } from '@/sound/soundscape'
import { defaultSettings } from '@/state/settings'
import { lexiconPhones } from '../../audio/lexicon'
import { narrationHash } from '../../audio/narrationHash'
import {
  bedUnderVoiceDb,
  MIN_BED_UNDER_VOICE_DB,
  RECORDED_VOICE,
  VOICE_LUFS,
} from '../../audio/voiceSettings'
import { LINE_MAX_WPM, PACE, spokenTokens, wordCount, wordsPerMinute } from '../../audio/words'

const chaptersInOrder = [
  'A calm room',
  'Talking first',
  'On the table',
  'Before any touch',
  'Hands on the head',
  'The neck',
  'Along the spine',
  'Deep rest',
  'Getting up slowly',
  'Afterwards',
]
const kB = (path: string) => statSync(`public/${path}`).size / 1024

describe('the session walkthrough', () => {
  it('is fit to play: sorted, inside the track, known regions and shots, short captions', () => {
    expect(walkthroughProblems(firstSession)).toEqual([])
  })

  it('lasts six to eight minutes', () => {
    expect(firstSession.duration / 60).toBeGreaterThanOrEqual(6)
    expect(firstSession.duration / 60).toBeLessThanOrEqual(8)
  })

  it('tells the session in the order of the content brief', () => {
    const chapters = firstSession.cues
      .map((c) => c.chapter)
      .filter((c, i, all) => all.indexOf(c) === i)
    expect(chapters).toEqual(chaptersInOrder)
  })

  it('shows the hands on the head, then the neck, then along the spine to the sacrum', () => {
    const handsOn = firstSession.cues.flatMap((c) => c.therapistHands ?? [])
    const first = (r: string) => handsOn.indexOf(r as never)
    expect(first('cranium')).toBeGreaterThanOrEqual(0)
    expect(first('cranium')).toBeLessThan(first('cervical'))
    expect(first('cervical')).toBeLessThan(first('thoracic'))
    expect(first('thoracic')).toBeLessThan(first('lumbar'))
    expect(first('lumbar')).toBeLessThan(first('sacrum'))
    for (const cue of firstSession.cues) expect(cue.shot, cue.id).not.toBe('face')
  })

  it('captions every spoken word, within the caption length', () => {
    for (const cue of firstSession.cues) {
      expect(cue.caption.replace(/’/g, "'"), cue.id).toBe(cue.spoken)
      expect(cue.caption.length, cue.id).toBeLessThanOrEqual(CAPTION_MAX_CHARS)
    }
  })

  it('reads at US grade 7 or lower and promises nothing', () => {
    const everything = firstSession.cues.map((c) => c.spoken).join(' ')
    expect(fleschKincaidGrade(everything)).toBeLessThanOrEqual(7)
    expect(everything).not.toMatch(/\bcures?\b|\btreats\b|\bguarantee/i)
    expect(everything).toMatch(/may help/)
    expect(everything).toMatch(/not feel right/)
  })
})

describe('the narration says only what the content brief supports', () => {
  const cues = firstSessionScript.cues
  const said = (id: string) => cues.find((c) => c.id === id)?.spoken ?? ''
  const chapter = (title: string) =>
    cues
      .filter((c) => c.chapter === title)
      .map((c) => c.spoken)
      .join(' ')
  const everything = cues.map((c) => c.spoken).join(' ')

  it('hedges the benefit: it may help, results differ, research is ongoing', () => {
    expect(everything).not.toMatch(/how much it helps/i)
    const helps = said('may-help')
    expect(helps).toMatch(/\bmay help\b/)
    expect(helps).toMatch(/differ/)
    expect(helps).toMatch(/research/)
  })

  it('asks for health, injuries and medicines, and leaves the rest to the listener', () => {
    expect(everything).not.toMatch(/as much or as little/i)
    const talk = chapter('Talking first')
    expect(talk).toMatch(/helps to tell [^.]*health[^.]*injuries[^.]*medicines/)
    expect(talk).toMatch(/what else you share is up to you/i)
  })

  it('names every reason a provider may ask you to wait (CONTENT §3), or points to Learn', () => {
    const talk = chapter('Talking first')
    const reasons = [
      /blood clot/,
      /concussion/,
      /brain swelling|swelling of the brain/,
      /aneurysm/,
      /Chiari malformation/,
      /fluid around your brain and spinal cord|cerebrospinal fluid/,
    ]
    const pointsToLearn = /Learn section lists/.test(talk)
    for (const reason of reasons) expect(pointsToLearn || reason.test(talk), `${reason}`).toBe(true)
  })

  it('lists discomfort among the reasons to call a provider (CONTENT §7)', () => {
    expect(said('call')).toMatch(/severe pain, discomfort, or symptoms/)
  })

  it('keeps side effects apart from benefits', () => {
    const benefits = cues.findIndex((c) => /Possible benefits/.test(c.spoken))
    expect(benefits).toBeGreaterThan(0)
    expect(cues[benefits]?.spoken).not.toMatch(/tired|dizzy|light-headed|discomfort/)
    // The line after the benefits is no side effect read as if it were one ("you might also...").
    expect(cues[benefits + 1]?.spoken).not.toMatch(/\balso feel\b|tired|dizzy/)
    expect(chapter('Afterwards')).toMatch(/tired[^.]*mild discomfort/)
  })

  it.each([
    ['a licensed massage therapist', /licensed massage therapist/],
    [
      'emotional well-being among the possible benefits',
      /Possible benefits[^.]*emotional well-being/,
    ],
    ['the room is often quiet, not always', /room is often quiet/],
    ['you usually lie on your back', /usually lie on your back/],
    ['that you may sit in a chair instead', /sit in a chair instead/],
  ])('says %s', (_, words) => {
    expect(everything).toMatch(words)
  })

  it.each([
    ['"nothing sharp"', /nothing sharp/],
    ['that the room is quiet as if always', /room is quiet/],
    ['that you lie on your back as the only way', /\byou lie on your back/],
  ])('never says %s', (_, words) => {
    expect(everything).not.toMatch(words)
  })
})

describe('the narration audio', () => {
  it('was rendered from the words the script has now (run npm run audio after editing them)', () => {
    const rendered = new Map(manifest.walkthroughs['first-session'].cues.map((c) => [c.id, c]))
    for (const cue of firstSessionScript.cues) {
      const clip = rendered.get(cue.id)
      expect(clip, `${cue.id}: no clip`).toBeDefined()
      expect(clip?.hash, `${cue.id}: words changed since the audio was made`).toBe(
        narrationHash(cue.spoken),
      )
    }
    expect(rendered.size).toBe(firstSessionScript.cues.length)
  })

  it('refuses a script whose cues have no audio', () => {
    const timing = manifest.walkthroughs['first-session']
    expect(() => timeScript(firstSessionScript, { ...timing, cues: timing.cues.slice(1) })).toThrow(
      /No narration for cue "welcome"/,
    )
  })

  it('has every file it names, and one browser downloads at most 4 MB for the walkthrough and a bed', () => {
    const bed = Math.max(...Object.values(audioFiles.beds).map((b) => kB(b.file)))
    const chime = Math.max(kB(audioFiles.chime.webm), kB(audioFiles.chime.mp3))
    for (const format of ['webm', 'mp3'] as const) {
      const total = kB(audioFiles.narration[format]) + bed + chime
      expect(total, format).toBeLessThanOrEqual(4 * 1024)
    }
    // The MP3 is a real MP3 (an ID3 tag or a frame sync), the WebM a real WebM (EBML header).
    const head = (path: string) => readFileSync(`public/${path}`).subarray(0, 4)
    expect(head(audioFiles.narration.webm)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
    const mp3 = head(audioFiles.narration.mp3)
    expect(
      mp3.toString('latin1', 0, 3) === 'ID3' ||
        (mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0),
    ).toBe(true)
  })

  const timing = manifest.walkthroughs['first-session']
  const cues: readonly ScriptCue[] = firstSessionScript.cues
  const clipOf = (id: string) => timing.cues.find((c) => c.id === id)
  /** Silence after a cue: to the next cue, or to the end of the track. */
  const silenceAfter = (id: string) => {
    const i = timing.cues.findIndex((c) => c.id === id)
    const clip = timing.cues[i]
    const next = timing.cues[i + 1]?.at ?? timing.duration
    return clip ? next - (clip.at + clip.duration) : Number.NaN
  }

  it('speaks at a calm pace: 125 to 145 words a minute while the voice speaks', () => {
    const words = cues.reduce((n, c) => n + wordCount(c.spoken), 0)
    const speaking = timing.cues.reduce((n, c) => n + c.duration, 0)
    const wpm = wordsPerMinute(words, speaking)
    expect(wpm).toBeGreaterThanOrEqual(PACE.min)
    expect(wpm).toBeLessThanOrEqual(PACE.max)
  })

  it('marks every line that asks the listener to notice or feel, and every arrival of the hands', () => {
    const invites = /\b(let (the|your)|breathe|notice|feel your)\b/i
    for (const [i, cue] of cues.entries()) {
      const before = cues[i - 1]?.therapistHands ?? []
      const handsArrive = (cue.therapistHands ?? []).some((r) => !before.includes(r))
      if (invites.test(cue.spoken) || handsArrive) expect(cue.notice, cue.id).toBe(true)
    }
    expect(cues.filter((c) => c.notice).length).toBeGreaterThanOrEqual(8)
  })

  it('leaves at least 2.5 s of silence after those lines, and never hurries them (160 wpm at most)', () => {
    for (const cue of cues.filter((c) => c.notice)) {
      expect(silenceAfter(cue.id), cue.id).toBeGreaterThanOrEqual(NOTICE_PAUSE - 1e-6)
      const wpm = wordsPerMinute(wordCount(cue.spoken), clipOf(cue.id)?.duration ?? 0)
      expect(wpm, cue.id).toBeLessThanOrEqual(LINE_MAX_WPM)
    }
  })

  it('checked every spoken word with festival: in its lexicon or ours, none guessed (npm run audio)', () => {
    const checked = manifest.pronunciation.walkthroughs['first-session']
    const words: Record<string, string> = checked.words
    expect(checked.unknown).toEqual([])
    for (const cue of cues) {
      for (const token of spokenTokens(cue.spoken)) {
        expect(words[token], `${cue.id}: "${token}" was not checked`).toMatch(
          /^(festival|stillpoint)$/,
        )
      }
    }
    // The lexicon the audio was made with is the one in audio/lexicon.ts.
    expect(manifest.pronunciation.lexicon).toEqual(lexiconPhones())
    for (const word of ['craniosacral', 'fascia', 'sacrum', 'chiari', 'aneurysm']) {
      expect(words[word], word).toBe('stillpoint')
    }
  })

  it('names the voice of every line', () => {
    for (const clip of timing.cues) {
      expect(clip.voice, clip.id).toMatch(
        new RegExp(`^(festival \\S+ r[\\d.]+|${RECORDED_VOICE})$`),
      )
    }
  })

  it('speaks at the target loudness, with the beds at least 20 dB under it as the app plays them', () => {
    const voice = manifest.loudness.narration['first-session']
    expect(Math.abs(voice - VOICE_LUFS)).toBeLessThanOrEqual(1)
    for (const [id, bed] of Object.entries(manifest.loudness.beds)) {
      const under = bedUnderVoiceDb({
        voiceLufs: voice,
        bedLufs: bed,
        voiceVolume: defaultSettings.voiceVolume,
        ambient: defaultSettings.ambientVolume,
        duck: DUCK,
      })
      expect(under, id).toBeGreaterThanOrEqual(MIN_BED_UNDER_VOICE_DB)
    }
    expect(Object.keys(manifest.loudness.beds).sort()).toEqual(Object.keys(audioFiles.beds).sort())
  })
})
