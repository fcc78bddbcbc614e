/**
 * The app's three font faces, cut down to the characters its copy uses (`npm run fonts` rewrites
 * `src/ui/fonts/`; the files are committed with this script, as the sounds are). Every printable
 * ASCII character is kept, for what people type and what a clinic's file names; beyond that only
 * the characters written in `src/` (curly quotes, dashes, arrows, the ellipsis…). A character the
 * faces lack is drawn from the matched local fallback face, never as an empty box. The source
 * faces are @fontsource's Latin files (SIL Open Font License; the licences sit beside the output).
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import subsetFont from 'subset-font'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fontsource = (family: string, file: string) =>
  join(root, 'node_modules/@fontsource', family, 'files', file)

/** Each face the app uses: its output name and its source file. */
export const faces = [
  {
    out: 'atkinson-400.woff2',
    family: 'atkinson-hyperlegible',
    src: 'atkinson-hyperlegible-latin-400-normal.woff2',
  },
  {
    out: 'atkinson-700.woff2',
    family: 'atkinson-hyperlegible',
    src: 'atkinson-hyperlegible-latin-700-normal.woff2',
  },
  { out: 'fraunces-500.woff2', family: 'fraunces', src: 'fraunces-latin-500-normal.woff2' },
] as const

export const fontsDir = join(root, 'src/ui/fonts')

/** Printable ASCII and every other character written in the app's source (tests aside), sorted. */
export function copyCharacters(): string {
  const chars = new Set<string>()
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c))
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(tsx?|json|css)$/.test(name) && !/\.test\./.test(name))
        for (const ch of readFileSync(path, 'utf8')) if (ch > '~') chars.add(ch)
    }
  }
  walk(join(root, 'src'))
  return [...chars].sort().join('')
}

/** One face, cut down to `text`. */
export async function subsetFace(face: (typeof faces)[number], text: string): Promise<Buffer> {
  return subsetFont(readFileSync(fontsource(face.family, face.src)), text, {
    targetFormat: 'woff2',
  })
}

async function main() {
  const text = copyCharacters()
  for (const face of faces) {
    const out = await subsetFace(face, text)
    writeFileSync(join(fontsDir, face.out), out)
    const before = statSync(fontsource(face.family, face.src)).size
    console.log(
      `${face.out}: ${(before / 1024).toFixed(1)} kB → ${(out.length / 1024).toFixed(1)} kB`,
    )
  }
  for (const family of new Set(faces.map((f) => f.family)))
    copyFileSync(
      join(root, 'node_modules/@fontsource', family, 'LICENSE'),
      join(fontsDir, `LICENSE-${family}.txt`),
    )
  console.log(`${text.length} characters: ${text.replace(/[ -~]/g, '')} and printable ASCII`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
