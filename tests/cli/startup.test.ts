/**
 * A hook linting one brief loads only the Node built-ins it uses: no worker threads (a few files stay
 * on the main thread), no child processes (commander's, for executable subcommands brieflint has
 * none of), no crypto (the cache's hashes, safe writes' names), no performance clock unless TIMING
 * asks for it. The built command, in a process of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers.js';

const reporter = path.join(repoRoot, 'tests', 'helpers', 'report-builtins.cjs');

async function builtinsLoaded(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const run = await runCli(args, { env: { NODE_OPTIONS: `--require ${reporter}`, ...env } });
  const line = /^BUILTINS (.*)$/m.exec(run.stderr);
  expect(line, run.stderr).not.toBeNull();
  return JSON.parse(line![1]!) as string[];
}

describe('start-up of a one-brief run', () => {
  it('loads no worker threads, child processes, crypto or performance clock', async () => {
    const loaded = await builtinsLoaded(['--no-config', 'fixtures/investai-brief.md']);
    expect(loaded).toContain('fs');
    for (const unused of ['worker_threads', 'child_process', 'crypto', 'internal/perf/performance']) expect(loaded).not.toContain(unused);
  }, 60_000);

  it('loads each when a run uses it', async () => {
    const threaded = await builtinsLoaded(['--no-config', '--concurrency', '2', 'fixtures/clean-brief.md', 'fixtures/investai-brief.md']);
    expect(threaded).toContain('worker_threads');
    const timed = await builtinsLoaded(['--no-config', 'fixtures/clean-brief.md'], { TIMING: '1' });
    expect(timed).toContain('internal/perf/performance');
    const scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-startup-'));
    try {
      const cached = await builtinsLoaded(['--no-config', '--cache', '--cache-location', path.join(scratch, 'cache'), 'fixtures/clean-brief.md']);
      expect(cached).toContain('crypto');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
