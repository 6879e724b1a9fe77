/**
 * Worker threads give the same results as one thread. These run the built engine (dist/), where the
 * worker script exists; from the sources a run stays on the main thread.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, runMain } from '../cli/helpers.js';

type LintModule = typeof import('../../src/engine/lint.js');
const { lintFiles } = (await import(path.join(repoRoot, 'dist/engine/lint.js'))) as LintModule;
const { workerCount } = (await import(path.join(repoRoot, 'dist/engine/parallel.js'))) as typeof import('../../src/engine/parallel.js');

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'brieflint-parallel-'));
  for (let copy = 0; copy < 2; copy++) cpSync(path.join(repoRoot, 'fixtures'), path.join(directory, `copy-${copy}`), { recursive: true });
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('parallel linting', () => {
  it('uses one worker per core beyond the first for many files, none for a few or on 2 cores', () => {
    expect(workerCount(3, 2)).toBe(0);
    expect(workerCount(15, 4)).toBe(0);
    expect(workerCount(16, 4)).toBe(2);
    expect(workerCount(400, 4)).toBe(3);
    expect(workerCount(400, 16)).toBe(4);
    // One worker beside an idle main thread would only add its start-up; on 2 cores V8's own threads use the second.
    expect(workerCount(400, 2)).toBe(0);
    expect(workerCount(400, 1)).toBe(0);
  });

  it('gives the same results, in the same order, as the main thread alone', async () => {
    const alone = await lintFiles([directory], { concurrency: 'off', noConfig: true });
    const threaded = await lintFiles([directory], { concurrency: 2, noConfig: true });
    expect(alone.results.length).toBeGreaterThanOrEqual(PARALLEL_FILES);
    expect(threaded.results).toEqual(alone.results);
    // Two lints of every fixture, twice over, and worker start-up: on a loaded 2-core machine this
    // took over vitest's 30 s (in 2 of 3 runs); the bound is there to end a hang, not to time the work.
  }, 240_000);

  it('stops with the config error, as on the main thread', async () => {
    const broken = path.join(directory, 'broken.json');
    writeFileSync(broken, JSON.stringify({ rules: { 'number-format': 'loud' } }));
    await expect(lintFiles([directory], { concurrency: 2, configFile: broken })).rejects.toMatchObject({ name: 'ConfigError' });
    rmSync(broken);
  }, 120_000);

  it('--concurrency takes a number, auto or off', async () => {
    const run = await runMain(['--concurrency', 'many', 'fixtures/clean-brief.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected a number of threads (1 or more), "auto" or "off"');
    expect((await runCli(['--concurrency', '2', 'fixtures/clean-brief.md', 'fixtures/investai-brief.md'])).code).toBe(1);
  });
});

const PARALLEL_FILES = 16;
