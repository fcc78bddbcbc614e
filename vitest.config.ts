import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Test fakes live under tests/; only test files reach them (the app build has no such alias).
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
    },
    mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'audio/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    server: { deps: { inline: [/@react-three\//] } },
    restoreMocks: true,
    // Sized for a busy 2-core CI machine, where a component test can take several seconds (the
    // whole suite took about 300 s here with three busy loops beside it, about 170 s without).
    testTimeout: 15_000,
  },
})
