import { defineConfig } from 'vitest/config';

// Firefox ESR tests on the built Firefox extension (npm run build:firefox first). One browser at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'Europe/Berlin' },
  },
});
