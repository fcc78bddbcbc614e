import { createHash } from 'node:crypto'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { FontaineTransform } from 'fontaine'
import { createServer, defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { beforePaintScript } from './src/app/beforePaint.ts'
import { AUDIO_CACHE, CLINIC_CACHE } from './src/offline/audioCache.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))

/** The one inline script (src/app/beforePaint.ts), allowed by its hash and nothing else inline. */
const beforePaintHash = `'sha256-${createHash('sha256').update(beforePaintScript).digest('base64')}'`

/**
 * The production Content-Security-Policy: everything from the app's own origin, nothing inline,
 * nothing from anywhere else. Each directive is named so that a new need is added precisely.
 */
export const contentSecurityPolicy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': `'self' ${beforePaintHash}`,
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
}

const policy = (extra: Record<string, string> = {}) =>
  Object.entries({ ...contentSecurityPolicy, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')

/** Writes the CSP into the built index.html (dev keeps Vite's inline HMR scripts working). */
function cspMeta(): Plugin {
  return {
    name: 'stillpoint-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy() },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * The first screen in the HTML: the home screen and the chrome every route shares, rendered from
 * the app's own components (`src/app/prerender.tsx`) in a DOM of jsdom's, as a first visit on a
 * fresh device sees it; with the before-paint script ahead of it in <head>. The page hydrates it.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'stillpoint-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const markup = await renderInDom()
        if (!html.includes('<div id="root"></div>'))
          throw new Error('index.html has no empty #root')
        return html
          .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
          .replace('</title>', `</title>\n    <script>${beforePaintScript}</script>`)
      },
    },
  }
}

async function renderInDom(): Promise<string> {
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
    return (entry.renderFirstScreen as () => string)()
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
 * The three faces every first screen sets its text in, fetched alongside the code instead of after
 * the stylesheet has been read and the page laid out: the text settles into its own face one round
 * trip sooner, and that settled text is what a visitor (and Lighthouse's LCP) sees as "loaded".
 */
export const firstScreenFonts = /\/(atkinson-(400|700)|fraunces-500)-[\w-]+\.woff2$/

function preloadFonts(): Plugin {
  let base = '/'
  return {
    name: 'stillpoint-preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => firstScreenFonts.test(`/${file}`))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
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
  includeAssets: ['icon.svg', 'icons/favicon-48.png', 'icons/apple-touch-icon.png'],
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

/** This build, as the "Updated" note compares it with the one that ran here last. */
const appVersion = `${process.env.npm_package_version ?? '0'}+${Date.now().toString(36)}`

export default defineConfig({
  plugins: [
    react(),
    // Text paints at once in a local face made to the web fonts' measure (size, ascent, descent,
    // line gap), so nothing moves when they arrive.
    FontaineTransform.vite({
      fallbacks: {
        'Atkinson Hyperlegible': ['Arial', 'Roboto', 'Liberation Sans', 'DejaVu Sans'],
        Fraunces: ['Georgia', 'Times New Roman', 'Liberation Serif', 'DejaVu Serif'],
      },
      resolvePath: (file) => new URL(file, new URL('./src/ui/', import.meta.url)),
    }),
    cspMeta(),
    prerenderFirstScreen(),
    preloadFonts(),
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
    // A header can also forbid framing, which a <meta> policy cannot.
    headers: {
      'Content-Security-Policy': policy({ 'frame-ancestors': "'none'" }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
  },
})
