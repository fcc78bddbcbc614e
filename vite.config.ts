import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * The production Content-Security-Policy: everything from the app's own origin, nothing inline,
 * nothing from anywhere else. Each directive is named so that a new need is added precisely.
 */
export const contentSecurityPolicy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
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

export default defineConfig({
  plugins: [react(), cspMeta()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The 3D scene's worker is an ES module, like the page's code.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: fonts and images stay cacheable files under 'self'.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
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
