import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Files that replace a module with vi.mock: each needs a module graph of its own. */
const MOCKING = [
  'tests/cli/main.test.ts',
  'tests/engine/parse-failure.test.ts',
  'tests/engine/read-failure.test.ts',
  'tests/parse/read-errors.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // One temporary folder per run, removed at its end (tests/helpers/temp-root.ts).
    globalSetup: ['tests/helpers/temp-root.ts'],
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: one worker, a serial suite, on a
    // 2-core laptop or CI runner. Every core, and at least two: the timing tests measure CPU time
    // (tests/helpers/timing.ts), so files running side by side do not fail them.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      // The other files share each worker's modules instead of loading brieflint, remark and zod
      // again for every file (that import was a third of the suite's time). The code under test
      // keeps no state between calls but caches of pure results.
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
