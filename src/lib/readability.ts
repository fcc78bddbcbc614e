/** Rough English syllable count: vowel groups, minus a silent final e, at least one. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 0
  if (w.length <= 3) return 1
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '')
  const groups = trimmed.match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 0)
}

/** Flesch-Kincaid grade level of a passage of English prose. */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?:]+(?:\s|$)/).filter((s) => /[a-z]/i.test(s)).length
  const words = text.match(/[A-Za-z’']+/g) ?? []
  if (sentences === 0 || words.length === 0) return 0
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0)
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59
}
