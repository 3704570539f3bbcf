import { defineConfig } from 'vitest/config';

// Real-browser tests on the built extension (npm run build first). One browser at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'Europe/Berlin' },
  },
});
