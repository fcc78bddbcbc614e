import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Asset {
  readonly file: string
  readonly kind: 'js' | 'css' | 'font' | 'audio' | 'image' | 'model' | 'other'
  readonly rawBytes: number
  readonly gzipBytes: number
  /** Loaded by the first screen (referenced from index.html) rather than later. */
  readonly firstScreen: boolean
}

export interface BundleReport {
  readonly assets: readonly Asset[]
  readonly firstScreen: {
    readonly jsGzipBytes: number
    /** The stylesheet, written into the HTML (and any the HTML links). */
    readonly cssGzipBytes: number
    /** The HTML as sent: the prerendered screen, the inline stylesheet and script. */
    readonly htmlGzipBytes: number
  }
  readonly later: { readonly jsGzipBytes: number; readonly cssGzipBytes: number }
  readonly media: {
    readonly audioBytes: number
    readonly fontBytes: number
    readonly modelBytes: number
    readonly modelGzipBytes: number
    readonly otherBytes: number
  }
}

const kinds: [RegExp, Asset['kind']][] = [
  [/\.m?js$/, 'js'],
  [/\.css$/, 'css'],
  [/\.(woff2?|ttf|otf)$/, 'font'],
  [/\.(mp3|webm|ogg|opus|wav|m4a)$/, 'audio'],
  [/\.(png|jpe?g|webp|avif|svg|ico)$/, 'image'],
  [/\.(glb|gltf|bin|spb)$/, 'model'],
]

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Sizes every file of a production build and splits what the first screen loads from the rest. */
export function analyseBundle(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  // What the page loads from its HTML: src and href, and the entry and its modules that the
  // before-paint script asks for after the first frame (data-entry, data-modules on #root).
  const referenced = new Set(
    [
      ...[...html.matchAll(/(?:src|href|data-entry)="\/?([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/data-modules="([^"]*)"/g)].flatMap((m) =>
        (m[1] ?? '').split(' ').map((f) => f.replace(/^\//, '')),
      ),
    ].filter((x): x is string => !!x),
  )
  const assets: Asset[] = walk(dist)
    .filter((path) => !path.endsWith('index.html'))
    .map((path) => {
      const file = relative(dist, path)
      const bytes = readFileSync(path)
      const kind = kinds.find(([re]) => re.test(file))?.[1] ?? 'other'
      return {
        file,
        kind,
        rawBytes: bytes.length,
        gzipBytes:
          kind === 'js' || kind === 'css' || kind === 'model'
            ? gzipSync(bytes, { level: 9 }).length
            : bytes.length,
        firstScreen: referenced.has(file),
      }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
  const sum = (pred: (a: Asset) => boolean, key: 'gzipBytes' | 'rawBytes' = 'gzipBytes') =>
    assets.filter(pred).reduce((n, a) => n + a[key], 0)
  return {
    assets,
    firstScreen: {
      jsGzipBytes: sum((a) => a.firstScreen && a.kind === 'js'),
      cssGzipBytes:
        sum((a) => a.firstScreen && a.kind === 'css') +
        [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce(
          (n, m) => n + gzipSync(m[1] ?? '', { level: 9 }).length,
          0,
        ),
      htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    },
    later: {
      jsGzipBytes: sum((a) => !a.firstScreen && a.kind === 'js'),
      cssGzipBytes: sum((a) => !a.firstScreen && a.kind === 'css'),
    },
    media: {
      audioBytes: sum((a) => a.kind === 'audio', 'rawBytes'),
      fontBytes: sum((a) => a.kind === 'font' && a.file.endsWith('.woff2'), 'rawBytes'),
      modelBytes: sum((a) => a.kind === 'model', 'rawBytes'),
      modelGzipBytes: sum((a) => a.kind === 'model'),
      otherBytes: sum((a) => a.kind === 'image' || a.kind === 'other', 'rawBytes'),
    },
  }
}
