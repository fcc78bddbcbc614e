// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyCharacters, faces, fontsDir, subsetFace } from '../tools/fonts'

describe('the app’s font faces', () => {
  it('are cut to today’s copy: a new character in the copy means running npm run fonts', async () => {
    const text = copyCharacters()
    for (const face of faces) {
      const committed = readFileSync(join(fontsDir, face.out))
      const made = await subsetFace(face, text)
      expect(made.equals(committed), `${face.out} is stale: run npm run fonts`).toBe(true)
      // Smaller than the whole Latin face they come from.
      expect(committed.length).toBeLessThan(13_000)
    }
  }, 30_000)

  it('keep every printable ASCII character and the copy’s own punctuation', () => {
    const text = copyCharacters()
    for (let c = 0x20; c < 0x7f; c++) expect(text).toContain(String.fromCharCode(c))
    for (const ch of ['’', '“', '”', '–', '…', '·']) expect(text).toContain(ch)
  })
})
