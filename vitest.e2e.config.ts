import { defineConfig } from 'vitest/config';

/** End-to-end checks in a real browser: `npm run test:e2e`, kept out of `npm test` (slow, needs Chromium). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    // Chromium's start on a loaded 2-core machine takes longer than vitest's 10 s for hooks.
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
