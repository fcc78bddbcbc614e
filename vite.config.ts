import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer, defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { beforePaintScript, openScreenScript } from './src/app/beforePaint.ts'
import { AUDIO_CACHE, CLINIC_CACHE } from './src/offline/audioCache.ts'
import { fallbackFaceRule, type LocalFont, localFace } from './src/ui/fallbackFaces.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))

/**
 * The production Content-Security-Policy: everything from the app's own origin, nothing from
 * anywhere else, and inline only the page's own <script> and <style> by their hashes (the
 * before-paint script, the script where the page ends, and the stylesheet, see below). Each
 * directive is named so that a new need is added precisely.
 */
const contentSecurityPolicy = (inline: { scripts: string[]; styles: string[] }) => ({
  'default-src': "'self'",
  'script-src': ["'self'", ...inline.scripts].join(' '),
  'style-src': ["'self'", ...inline.styles].join(' '),
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
})

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** Every inline element's text, by its tag. */
const inlineTexts = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '')

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/

/**
 * Writes the CSP into the built index.html, once the page is complete: it allows the page's own
 * inline scripts and stylesheet by their hashes and nothing else inline (dev keeps Vite's inline
 * HMR scripts working). `vite preview` sends the same policy as a header (cspHeader), with the
 * one thing a <meta> policy cannot say: no framing.
 */
function cspMeta(): Plugin {
  return {
    name: 'stillpoint-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = Object.entries(
          contentSecurityPolicy({
            scripts: inlineTexts(html, 'script').map(sha256),
            styles: inlineTexts(html, 'style').map(sha256),
          }),
        )
          .map(([k, v]) => `${k} ${v}`)
          .join('; ')
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
        )
      },
    },
  }
}

/** `vite preview` sends the built page's policy as a header, with no framing (see cspMeta). */
function cspHeader(): Plugin {
  return {
    name: 'stillpoint-csp-header',
    configurePreviewServer(server) {
      const page = join(server.config.root, server.config.build.outDir, 'index.html')
      const policy = CSP_META.exec(readFileSync(page, 'utf8'))?.[1]
      if (!policy) throw new Error(`${page} carries no Content-Security-Policy: build it first`)
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`)
        next()
      })
    },
  }
}

/**
 * The first screen in the HTML: the home screen and the chrome every route shares, rendered from
 * the app's own components (`src/app/prerender.tsx`) in a DOM of jsdom's, as a first visit on a
 * fresh device sees it; with the before-paint script ahead of it in <head>. The page hydrates it.
 * After it, as inert templates, the tops of the screens a link most often opens, and the script
 * that puts the right one in place for a link straight to one of them.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'stillpoint-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { markup, openings } = await renderInDom()
        if (!html.includes('<div id="root"></div>'))
          throw new Error('index.html has no empty #root')
        // The app's code is asked for after the first frame (startApp in beforePaint.ts): its
        // module and the modules it needs move from <head> onto #root.
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html)
        if (!entry?.[1]) throw new Error('index.html has no entry module')
        const modules: string[] = []
        // The stylesheet is written into the page: the first frame waits on nothing but the HTML
        // (its fonts are found in the same pass, so nothing needs preloading).
        const sheet = /<link rel="stylesheet" crossorigin href="\/?([^"]+)">/.exec(html)
        const css = sheet?.[1] ? ctx.bundle?.[sheet[1]] : undefined
        if (!sheet?.[1] || css?.type !== 'asset') throw new Error('index.html has no stylesheet')
        const style = String(css.source)
        if (style.includes('</')) throw new Error('the stylesheet cannot be written inline')
        delete ctx.bundle?.[sheet[1]]
        return html
          .replace(entry[0], '')
          .replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_, href) => {
            modules.push(href)
            return ''
          })
          .replace(sheet[0], `<style>${style}</style>`)
          .replace(
            '<div id="root"></div>',
            `<div id="root" data-entry="${entry[1]}" data-modules="${modules.join(' ')}">${markup}</div>`,
          )
          .replace('</title>', `</title>\n    <script>${beforePaintScript}</script>`)
          .replace('</body>', `  ${openings}\n    <script>${openScreenScript}</script>\n  </body>`)
      },
    },
  }
}

async function renderInDom(): Promise<{ markup: string; openings: string }> {
  const { JSDOM } = await import('jsdom')
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    url: 'http://localhost/',
  })
  const globals = ['window', 'document', 'navigator', 'localStorage', 'location', 'matchMedia']
  const before = new Map(globals.map((g) => [g, Object.getOwnPropertyDescriptor(globalThis, g)]))
  for (const g of globals) {
    Object.defineProperty(globalThis, g, {
      configurable: true,
      writable: true,
      value: (dom.window as unknown as Record<string, unknown>)[g],
    })
  }
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias: { '@': src } },
    define: { 'import.meta.env.APP_VERSION': JSON.stringify(appVersion) },
    server: { middlewareMode: true, hmr: false, watch: null },
    // One module graph rendered once: no dependency scan or pre-bundling (which would also trip
    // over the offline plugin's virtual module, not present here).
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react()],
  })
  try {
    const entry = await server.ssrLoadModule('/src/app/prerender.tsx')
    return {
      markup: (entry.renderFirstScreen as () => string)(),
      openings: (entry.renderOpenings as () => string)(),
    }
  } finally {
    await server.close()
    for (const [g, d] of before) {
      if (d) Object.defineProperty(globalThis, g, d)
      else delete (globalThis as Record<string, unknown>)[g]
    }
    dom.window.close()
  }
}

/**
 * Offline and installable: a service worker (Workbox, through vite-plugin-pwa) precaches the app
 * shell, every route's chunks, the scene worker, the fonts and the body models. Audio is cached by
 * the page, in the one format this browser plays (`src/offline/audioCache.ts`), and served from
 * that cache with byte ranges, as media elements ask. A new version waits: it takes over at the
 * next visit, or at a kiosk's next idle reset (`registerType: 'prompt'`, no skipWaiting).
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  // The icons are in the precache once, through globPatterns below (listing them here too, or
  // the manifest's own, wrote each one into the list twice).
  includeManifestIcons: false,
  manifest: {
    name: 'Stillpoint · A calm guide to craniosacral therapy',
    short_name: 'Stillpoint',
    description:
      'A calm guide for craniosacral therapy patients: learn what to expect, preview a session, and relax between visits.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f5f1ea',
    theme_color: '#f5f1ea',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,spb}'],
    // The body model and the 3D chunk are large; nothing here is near this.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    runtimeCaching: [
      {
        // The clinic's file: the latest when online, the last one seen when not.
        urlPattern: ({ url }) => url.pathname.endsWith('/clinic.json'),
        handler: 'NetworkFirst',
        options: {
          cacheName: CLINIC_CACHE,
          networkTimeoutSeconds: 4,
          cacheableResponse: { statuses: [200] },
          plugins: [
            {
              // Only a file that is JSON is kept: a captive portal's sign-in page answers 200
              // too, and must never stand in for the clinic's file.
              cacheWillUpdate: async ({ response }) => {
                try {
                  JSON.parse(await response.clone().text())
                  return response
                } catch {
                  return null
                }
              },
            },
          ],
        },
      },
      {
        urlPattern: ({ url }) => url.pathname.includes('/audio/'),
        handler: 'CacheFirst',
        options: {
          cacheName: AUDIO_CACHE,
          rangeRequests: true,
          // Only the page's whole-file copies go in; a media element's partial answers do not.
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
})

/**
 * The fallback faces (src/ui/fallbackFaces.ts) for each web face in fonts.css, measured from the
 * font file itself (the subset the app ships, per weight) against each local font's measures from
 * @capsizecss/metrics. Local fonts by preference, first tried first: what phones, Windows and Macs
 * have, then what Linux has (and Noto Serif last, Android's serif: without it a heading there
 * drew in an unmeasured serif). Arimo and Tinos are also found under their other names, Liberation
 * Sans and Liberation Serif (since 2.0 the same outlines), which Linux desktops and this app's test
 * machines carry.
 */
const FALLBACK_FONTS: Record<string, readonly string[]> = {
  'Atkinson Hyperlegible': ['arial', 'roboto', 'arimo'],
  Fraunces: ['georgia', 'timesNewRoman', 'tinos', 'notoSerif'],
}

function fallbackFaces(): Plugin {
  return {
    name: 'stillpoint:fallback-faces',
    enforce: 'pre',
    transform: {
      filter: { id: /\/src\/ui\/fonts\.css$/ },
      async handler(code, id) {
        const [{ entireMetricsCollection }, { fromFile }] = await Promise.all([
          import('@capsizecss/metrics/entireMetricsCollection'),
          import('@capsizecss/unpack/fs'),
        ])
        const rules: string[] = []
        for (const [face] of code.matchAll(/@font-face \{[^}]*\}/g)) {
          const family = /font-family: "([^"]+)"/.exec(face)?.[1]
          const weight = /font-weight: (\d+)/.exec(face)?.[1]
          const file = /url\(([^)]+\.woff2)\)/.exec(face)?.[1]
          const fallbacks = family && FALLBACK_FONTS[family]
          if (!family || !weight || !file || !fallbacks)
            throw new Error(`fonts.css: cannot read ${face}`)
          const web = await fromFile(fileURLToPath(new URL(file, pathToFileURL(id))))
          // Last defined is tried first: the most wanted goes last.
          for (const key of [...fallbacks].reverse()) {
            const font = (entireMetricsCollection as unknown as Record<string, LocalFont>)[key]
            if (!font) throw new Error(`@capsizecss/metrics has no ${key}`)
            rules.push(fallbackFaceRule(`${family} fallback`, weight, web, localFace(font, weight)))
          }
        }
        return { code: `${rules.join('\n')}\n${code}`, map: null }
      },
    },
  }
}

/** This build, as the "Updated" note compares it with the one that ran here last. */
const appVersion = `${process.env.npm_package_version ?? '0'}+${Date.now().toString(36)}`

export default defineConfig({
  plugins: [
    react(),
    // Text paints at once in a local face made to the web fonts' measure (size, ascent, descent,
    // line gap), so nothing moves when they arrive.
    fallbackFaces(),
    prerenderFirstScreen(),
    // After the prerender: the policy hashes what the finished page carries inline.
    cspMeta(),
    cspHeader(),
    pwa,
  ],
  define: { 'import.meta.env.APP_VERSION': JSON.stringify(appVersion) },
  resolve: {
    alias: { '@': src },
  },
  // The 3D scene's worker is an ES module, like the page's code.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: fonts and images stay cacheable files under 'self'.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    cssCodeSplit: false,
    modulePreload: {
      // Every browser the app serves preloads modules itself (Chromium, Firefox 115, Safari 17);
      // where one does not, modules still load, only without the head start.
      polyfill: false,
      // A route's chunk lists the entry chunk (named after index.html) among what it needs, and
      // Vite's loader would add a <link rel="modulepreload"> for it. The entry is always running
      // already, so that preload is at best a no-op, and in Firefox it fails with an error event.
      resolveDependencies: (_file, deps) =>
        deps.filter((d) => !/^assets\/index-[\w-]+\.js$/.test(d)),
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
    // The Content-Security-Policy header comes from the built page (cspHeader).
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
  },
})
