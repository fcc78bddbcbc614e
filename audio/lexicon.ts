/**
 * Stillpoint's own pronunciations, for words festival's lexicon (CMU) does not have or says wrong.
 * The generator adds them with `lex.add.entry` after selecting the voice, and fails when a spoken
 * word is in neither lexicon (festival would guess it by letter-to-sound rules).
 *
 * Phones are festival's US English set (the CMU dictionary's, in lower case); each syllable has
 * stress 1 (stressed, primary or secondary) or 0, as festival's CMU lexicon writes them.
 */

export type Syllable = readonly [phones: string, stress: 0 | 1]

export interface LexiconEntry {
  readonly word: string
  readonly syllables: readonly Syllable[]
}

export const lexicon: readonly LexiconEntry[] = [
  // KRAY-nee-oh-SAY-krul (festival guessed five unstressed syllables: "kraa-nee-oh-saa-krul")
  {
    word: 'craniosacral',
    syllables: [
      ['k r ey', 1],
      ['n iy', 0],
      ['ow', 0],
      ['s ey', 1],
      ['k r ax l', 0],
    ],
  },
  // FASH-ee-uh (festival guessed "fash-cha")
  {
    word: 'fascia',
    syllables: [
      ['f ae sh', 1],
      ['iy', 0],
      ['ax', 0],
    ],
  },
  {
    word: 'fascial',
    syllables: [
      ['f ae sh', 1],
      ['iy', 0],
      ['ax l', 0],
    ],
  },
  // SAY-krum
  {
    word: 'sacrum',
    syllables: [
      ['s ey', 1],
      ['k r ax m', 0],
    ],
  },
  // KOK-siks
  {
    word: 'coccyx',
    syllables: [
      ['k aa k', 1],
      ['s ih k s', 0],
    ],
  },
  // OSS-tee-uh-PATH-ik
  {
    word: 'osteopathic',
    syllables: [
      ['aa', 1],
      ['s t iy', 0],
      ['ax', 0],
      ['p ae', 1],
      ['th ih k', 0],
    ],
  },
  // SER-uh-broh-SPY-nul (festival guessed "sray-bro-spinal")
  {
    word: 'cerebrospinal',
    syllables: [
      ['s eh', 1],
      ['r ax', 0],
      ['b r ow', 0],
      ['s p ay', 1],
      ['n ax l', 0],
    ],
  },
  // kee-AR-ee
  {
    word: 'chiari',
    syllables: [
      ['k iy', 0],
      ['aa', 1],
      ['r iy', 0],
    ],
  },
  // TEM-puh-roh-man-DIB-yuh-ler
  {
    word: 'temporomandibular',
    syllables: [
      ['t eh m', 1],
      ['p ax', 0],
      ['r ow', 0],
      ['m ae n', 0],
      ['d ih', 1],
      ['b y ax', 0],
      ['l er', 0],
    ],
  },
  // AN-yuh-riz-um (festival guessed "uh-ner-ih-zum")
  {
    word: 'aneurysm',
    syllables: [
      ['ae', 1],
      ['n y ax', 0],
      ['r ih', 0],
      ['z ax m', 0],
    ],
  },
  // MAL-for-MAY-shun
  {
    word: 'malformation',
    syllables: [
      ['m ae l', 1],
      ['f ao r', 0],
      ['m ey', 1],
      ['sh ax n', 0],
    ],
  },
  // OK-sih-put
  {
    word: 'occiput',
    syllables: [
      ['aa k', 1],
      ['s ih', 0],
      ['p ah t', 0],
    ],
  },
  // KLENCH (a home routine's jaw step; not in festival's lexicon)
  {
    word: 'clench',
    syllables: [['k l eh n ch', 1]],
  },
]

const VOWELS = new Set('aa ae ah ao aw ax axr ay eh er ey ih iy ow oy uh uw'.split(' '))

/** "k r ey1 . n iy0 . ow0": phones, a vowel's stress after it, syllables apart. */
export function phonesText(syllables: readonly Syllable[]): string {
  return syllables
    .map(([phones, stress]) =>
      phones
        .split(' ')
        .map((p) => (VOWELS.has(p) ? `${p}${stress}` : p))
        .join(' '),
    )
    .join(' . ')
}

/** Reads festival's printed syllables, `(((k r aa) 0) ((n iy) 0))`, as syllables. */
export function parseSyllables(printed: string): Syllable[] {
  return [...printed.matchAll(/\(\(([a-z ]+)\) ([01])\)/g)].map(
    (m) => [m[1] ?? '', m[2] === '1' ? 1 : 0] as const,
  )
}

/** The entry as festival Scheme: `(lex.add.entry '("fascia" nil (((f ae sh) 1) ...)))`. */
export function schemeEntry(entry: LexiconEntry): string {
  const syllables = entry.syllables.map(([phones, stress]) => `((${phones}) ${stress})`).join(' ')
  return `(lex.add.entry '("${entry.word}" nil (${syllables})))`
}

/** Our entries, word to phones: what the manifest records and the test compares. */
export const lexiconPhones = (): Record<string, string> =>
  Object.fromEntries(lexicon.map((e) => [e.word, phonesText(e.syllables)]))
