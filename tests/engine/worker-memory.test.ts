/**
 * Workers run with a bounded heap (parallel.ts WORKER_HEAP_MB), so two of them do not each let
 * hundreds of MiB of garbage pile up. A file too large for that heap is not a failure: the main
 * thread lints it. These run the built engine (dist/), where the worker script exists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers.js';

type LintModule = typeof import('../../src/engine/lint.js');
const { lintFiles } = (await import(path.join(repoRoot, 'dist/engine/lint.js'))) as LintModule;
const { lintInWorkers } = (await import(path.join(repoRoot, 'dist/engine/parallel.js'))) as typeof import('../../src/engine/parallel.js');

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'brieflint-worker-memory-'));
  // About 150 KB: linting it needs more than the 24 MiB heap the test gives a worker (a small file needs less than 16).
  const large = 'Budget € 5 bn, of which € 2 bn for A and € 4 bn for B.\n\n'.repeat(2_500);
  writeFileSync(path.join(directory, 'large.md'), `${large}The EU tranche is € 50 bn + € 150 bn = € 210 bn.\n`);
  for (let index = 0; index < 17; index++) writeFileSync(path.join(directory, `small-${index}.md`), `Note ${index}: € 50 bn + € 150 bn = € 210 bn.\n`);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('a file too large for a worker', () => {
  it('is handed back for the main thread, and the worker\'s other files are still linted', async () => {
    const files = ['large.md', 'small-0.md', 'small-1.md', 'small-2.md'].map((name) => path.join(directory, name));
    const outcome = await lintInWorkers(files, { noConfig: true, workerHeapMb: 24 }, 2);
    expect(outcome.retry).toEqual([files[0]]);
    expect(outcome.results.map((result) => result.filePath).sort()).toEqual(files.slice(1));
    // A bound to end a hang, not a timing: a worker running out of heap and a 150 KB lint took over
    // a minute of wall time on a loaded 2-core machine.
  }, 240_000);

  it('is linted on the main thread, with the same result as without workers', async () => {
    const alone = await lintFiles([directory], { concurrency: 'off', noConfig: true });
    const starved = await lintFiles([directory], { concurrency: 2, noConfig: true, workerHeapMb: 24 });
    expect(starved.results).toEqual(alone.results);
    const large = starved.results.find((result) => result.filePath.endsWith('large.md'))!;
    expect(large.fatalErrorCount).toBe(0);
    expect(large.messages.map((message) => message.ruleId)).toContain('sum-mismatch');
    expect(starved.results.filter((result) => result.messages.some((message) => message.ruleId === 'sum-mismatch'))).toHaveLength(18);
  }, 240_000);
});
