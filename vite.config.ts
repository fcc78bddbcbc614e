import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Inline nothing: a strict CSP forbids data: scripts, and fonts stay cacheable files.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
})
