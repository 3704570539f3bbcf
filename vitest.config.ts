import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    environment: 'node',
    // Calendar logic is local-time: pin a zone with DST so tests mean the same everywhere.
    env: { TZ: 'Europe/Berlin' },
    mockReset: true,
    restoreMocks: true,
  },
});
