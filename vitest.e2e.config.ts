import { defineConfig } from 'vitest/config';

/** End-to-end checks in a real browser: `npm run test:e2e`, kept out of `npm test` (slow, needs Chromium). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
