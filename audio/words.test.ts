import { describe, expect, it } from 'vitest'
import { lexicon, parseSyllables, phonesText, schemeEntry } from './lexicon'
import { spokenTokens, wordCount, wordsPerMinute } from './words'

describe('spoken words', () => {
  it('splits a line into the tokens festival makes, without the punctuation around them', () => {
    expect(spokenTokens('Your body\'s own "ability", hands-on. It is: 30 to 60!')).toEqual([
      'your',
      "body's",
      'own',
      'ability',
      'hands-on',
      'it',
      'is',
      '30',
      'to',
      '60',
    ])
  })

  it('counts words as a listener hears them, and words a minute', () => {
    expect(wordCount('A session lasts from 30 to 60 minutes.')).toBe(8)
    expect(wordCount('It is hands-on: nothing - more.')).toBe(5)
    expect(wordsPerMinute(10, 4)).toBe(150)
    expect(wordsPerMinute(10, 0)).toBe(0)
  })
})

describe('our lexicon', () => {
  it('has each word once, in lower case, in festival phones, each with a stressed syllable', () => {
    const words = lexicon.map((e) => e.word)
    expect(new Set(words).size).toBe(words.length)
    for (const e of lexicon) {
      expect(e.word).toMatch(/^[a-z]+$/)
      expect(
        e.syllables.some(([, stress]) => stress === 1),
        e.word,
      ).toBe(true)
      for (const [phones] of e.syllables) expect(phones, e.word).toMatch(/^[a-z]+( [a-z]+)*$/)
    }
  })

  it('writes festival Scheme, and reads festival back', () => {
    const fascia = lexicon.find((e) => e.word === 'fascia')
    if (!fascia) throw new Error('fascia is in the lexicon')
    expect(schemeEntry(fascia)).toBe(
      `(lex.add.entry '("fascia" nil (((f ae sh) 1) ((iy) 0) ((ax) 0))))`,
    )
    const printed = '("fascia" nil (((f ae sh) 1) ((ch ax) 0)))'
    expect(phonesText(parseSyllables(printed))).toBe('f ae1 sh . ch ax0')
  })
})
