import { describe, expect, it } from 'vitest'
import { countSyllables, fleschKincaidGrade } from './readability'

describe('readability', () => {
  it('counts syllables of common words', () => {
    expect(countSyllables('the')).toBe(1)
    expect(countSyllables('gentle')).toBe(2)
    expect(countSyllables('relaxation')).toBe(4)
    expect(countSyllables('therapy')).toBe(3)
    expect(countSyllables('make')).toBe(1)
  })
  it('scores simple prose low and dense prose high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2)
    expect(
      fleschKincaidGrade(
        'Craniosacral therapeutic interventions purportedly facilitate physiological self-regulation through manipulation of interconnected fascial structures.',
      ),
    ).toBeGreaterThan(16)
  })
})
