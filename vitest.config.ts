import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: one worker, a serial suite, on a
    // 2-core laptop or CI runner. Every core, and at least two: the timing tests measure CPU time
    // (tests/helpers/timing.ts), so files running side by side do not fail them.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
