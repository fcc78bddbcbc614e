/**
 * Festival, driven through Scheme scripts: the voice and its pace, our lexicon, a check of every
 * spoken word against the lexicons, and the rendering of lines with their segment timings (so
 * the generator can lengthen festival's own phrase breaks).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { lexicon, parseSyllables, phonesText, schemeEntry } from './lexicon'
import type { Segment, Utterance } from './shape'
import { readWav } from './shape'
import { run } from './tools'
import { HTS_RATE, HTS_VOICE } from './voiceSettings'
import { spokenTokens } from './words'

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** Selects the voice and slows it inside the engine (the voice ignores Duration_Stretch). */
const voiceSetup = [
  `(voice_${HTS_VOICE})`,
  `(set! hts_engine_params (cons (list "-r" ${HTS_RATE}) hts_engine_params))`,
]

/** Our entries as Scheme, added after the voice (which selects its lexicon). */
export const lexiconScheme = () => lexicon.map(schemeEntry).join('\n')

function festival(scheme: string, file: string): string {
  writeFileSync(file, `${scheme}\n`)
  return run('festival', ['-b', file])
}

/** Where a token's words were found. */
export type WordSource = 'festival' | 'stillpoint'

export interface WordCheck {
  /** Every token of the lines, lower case, and the lexicon its words come from. */
  readonly words: Record<string, WordSource>
  /** Words in neither lexicon (festival would guess them), or tokens it would spell out. */
  readonly unknown: readonly string[]
  /** Our lexicon: what festival said before our entry, and what it says now. */
  readonly lexicon: readonly {
    readonly word: string
    readonly festivalKnew: boolean
    readonly before: string
    readonly after: string
  }[]
}

/**
 * Asks festival how it reads every line: the tokens it makes, the words each becomes, and whether
 * its own lexicon has each word (`lex.lookup_all` is nil for a word in no lexicon). Then adds our
 * entries and reads back their phones.
 */
export function checkWords(lines: readonly string[], scratch: string): WordCheck {
  const scheme = [
    ...voiceSetup,
    `(define (sp-words line text)
  (let ((utt (eval (list 'Utterance 'Text text))) (tok nil) (n 0))
    (Initialize utt) (Text utt) (Token_POS utt) (Token utt)
    (set! tok (utt.relation.first utt 'Token))
    (while tok
      (set! n (+ n 1))
      (format t "T\\t%d\\t%d\\t%s\\n" line n (item.name tok))
      (mapcar
        (lambda (w)
          (format t "W\\t%d\\t%d\\t%s\\t%s\\n" line n (item.name w)
            (if (lex.lookup_all (item.name w)) "1" "0")))
        (item.daughters tok))
      (set! tok (item.next tok)))
    t))`,
    ...lines.map((text, i) => `(sp-words ${i} ${quote(text)})`),
    ...lexicon.map(
      (e) =>
        `(format t "B\\t%s\\t%s\\t%l\\n" "${e.word}" (if (lex.lookup_all "${e.word}") "1" "0") (lex.lookup "${e.word}" nil))`,
    ),
    lexiconScheme(),
    ...lexicon.map((e) => `(format t "A\\t%s\\t%l\\n" "${e.word}" (lex.lookup "${e.word}" nil))`),
  ].join('\n')
  const out = festival(scheme, scratch)

  const ours = new Set(lexicon.map((e) => e.word))
  const rowsOf = (tag: string) =>
    out
      .split('\n')
      .filter((l) => l.startsWith(`${tag}\t`))
      .map((l) => l.split('\t').slice(1))
  const tokensOf: string[][] = lines.map(() => [])
  for (const [line, , token = ''] of rowsOf('T')) tokensOf[Number(line)]?.push(token.toLowerCase())
  const wordsOf = new Map<string, { word: string; known: boolean }[]>()
  for (const [line, n, word = '', known] of rowsOf('W')) {
    // Punctuation comes through as words of its own; only words with letters or digits count.
    if (!/[a-z0-9]/i.test(word)) continue
    const key = `${line}\t${n}`
    wordsOf.set(key, [
      ...(wordsOf.get(key) ?? []),
      { word: word.toLowerCase(), known: known === '1' },
    ])
  }

  const words: Record<string, WordSource> = {}
  const unknown = new Set<string>()
  for (const [i, text] of lines.entries()) {
    const mine = spokenTokens(text)
    const theirs = tokensOf[i] ?? []
    if (mine.join(' ') !== theirs.join(' ')) {
      throw new Error(
        `Festival splits this line into other tokens than audio/words.ts does (fix spokenTokens):\n  ${text}\n  festival: ${theirs.join(' | ')}\n  ours:     ${mine.join(' | ')}`,
      )
    }
    for (const [n, token] of theirs.entries()) {
      const ws = wordsOf.get(`${i}\t${n + 1}`) ?? []
      // A token of several letters read as single letters ("TMJ" as "T M J") is spelled out.
      if (ws.length > 1 && ws.every((w) => w.word.length === 1) && token.length > 1) {
        unknown.add(`${token} (spelled out letter by letter)`)
      }
      let source: WordSource = 'festival'
      for (const w of ws) {
        if (ours.has(w.word)) source = 'stillpoint'
        else if (!w.known) unknown.add(w.word)
      }
      words[token] = source
    }
  }

  const byWord = (tag: string) => new Map(rowsOf(tag).map(([word = '', ...rest]) => [word, rest]))
  const before = byWord('B')
  const after = byWord('A')
  return {
    words: Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b))),
    unknown: [...unknown].sort(),
    lexicon: lexicon.map((e) => {
      const [knew, printed = ''] = before.get(e.word) ?? []
      return {
        word: e.word,
        festivalKnew: knew === '1',
        before: phonesText(parseSyllables(printed)),
        after: phonesText(parseSyllables(after.get(e.word)?.[0] ?? '')),
      }
    }),
  }
}

/** A line to render: its words, its HTS rate, and where its sentences go (`prefix-N.wav`). */
export interface RenderJob {
  readonly text: string
  readonly rate: number
  readonly prefix: string
}

/**
 * Renders lines in one festival run (the voice loads once), each sentence an utterance saved as
 * its own WAV with its segments (phones and pauses, with their times), and reads them back.
 */
export function render(jobs: readonly RenderJob[], scratch: string): Utterance[][] {
  if (jobs.length === 0) return []
  const scheme = [
    `(voice_${HTS_VOICE})`,
    lexiconScheme(),
    `(defvar sp-prefix "x")
(defvar sp-n 0)
(defvar sp-fd nil)
(define (sp-save utt)
  (set! sp-n (+ sp-n 1))
  (utt.save.wave utt (format nil "%s-%d.wav" sp-prefix sp-n) 'riff)
  (mapcar
    (lambda (s)
      (format sp-fd "%d\\t%s\\t%f\\t%f\\n" sp-n (item.name s) (item.feat s 'segment_start) (item.feat s 'end)))
    (utt.relation.items utt 'Segment))
  utt)
(set! tts_hooks (list utt.synth sp-save))
(defvar sp-params hts_engine_params)
(define (sp-render prefix textfile rate)
  (set! hts_engine_params (cons (list "-r" rate) sp-params))
  (set! sp-prefix prefix)
  (set! sp-n 0)
  (set! sp-fd (fopen (string-append prefix ".seg") "w"))
  (tts_file textfile nil)
  (fclose sp-fd))`,
    ...jobs.map((j) => {
      writeFileSync(`${j.prefix}.txt`, `${j.text}\n`)
      return `(sp-render ${quote(j.prefix)} ${quote(`${j.prefix}.txt`)} ${j.rate})`
    }),
  ].join('\n')
  festival(scheme, scratch)
  return jobs.map((j) => {
    const segments = new Map<number, Segment[]>()
    for (const row of readFileSync(`${j.prefix}.seg`, 'utf8').split('\n')) {
      const [n, name = '', start, end] = row.split('\t')
      if (!n) continue
      const list = segments.get(Number(n)) ?? []
      list.push({ name, start: Number(start), end: Number(end) })
      segments.set(Number(n), list)
    }
    return [...segments.keys()]
      .sort((a, b) => a - b)
      .map((n) => {
        const { samples, rate } = readWav(readFileSync(`${j.prefix}-${n}.wav`))
        return { samples, rate, segments: segments.get(n) ?? [] }
      })
  })
}
