/**
 * `--cache` with a cache file a repository may hold or a runner may not let us write: the report is
 * never lost, the run never hangs, and a stale entry never stands in for an option that changes results.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_BRIEF, runMain } from '../../cli/helpers.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-cache-'));
  await writeFile(path.join(root, 'brief.md'), BROKEN_BRIEF);
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const lint = (...args: string[]) => runMain(['--no-config', '--cache', '--concurrency', 'off', '-f', 'json', ...args, 'brief.md'], { cwd: root });

describe('--cache', () => {
  it.skipIf(process.getuid?.() === 0)('warns when the cache cannot be written, and still reports', async () => {
    await chmod(root, 0o555);
    const run = await lint();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
    expect(run.stderr).toBe('brieflint: warning: the cache .brieflintcache could not be written: permission denied\n');
  });

  it('warns when the cache cannot be written (its folder is a file), and still reports', async () => {
    await writeFile(path.join(root, 'not-a-folder'), '');
    const run = await lint('--cache-location', 'not-a-folder/cache');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
    expect(run.stderr).toMatch(/^brieflint: warning: the cache not-a-folder\/cache could not be written: /);
  });

  it('ignores a FIFO or a link in the cache\'s place, without waiting on it or writing through it', async () => {
    execFileSync('mkfifo', [path.join(root, '.brieflintcache')]);
    const fifo = await lint();
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toBe('brieflint: warning: the cache .brieflintcache is not a regular file; it is ignored and not written\n');
    await rm(path.join(root, '.brieflintcache'));
    await writeFile(path.join(root, 'elsewhere.json'), 'keep me');
    await symlink(path.join(root, 'elsewhere.json'), path.join(root, '.brieflintcache'));
    const linked = await lint();
    expect(linked.code).toBe(1);
    expect(await readFile(path.join(root, 'elsewhere.json'), 'utf8')).toBe('keep me');
  });

  it('ignores entries of the wrong shape, with a warning, instead of an internal error', async () => {
    await lint();
    const cache = JSON.parse(await readFile(path.join(root, '.brieflintcache'), 'utf8'));
    cache.entries['brief.md'].messages = 'not a list';
    await writeFile(path.join(root, '.brieflintcache'), JSON.stringify(cache));
    const run = await lint();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
    expect(run.stderr).toBe('brieflint: warning: the cache .brieflintcache held 1 entry of the wrong shape; they are ignored\n');
    await writeFile(path.join(root, '.brieflintcache'), '[1, 2');
    expect((await lint()).stderr).toBe('brieflint: warning: the cache .brieflintcache is not valid JSON; it is rebuilt\n');
  });

  it('keys entries by --report-unused-directives too', async () => {
    await writeFile(path.join(root, 'brief.md'), 'Fine. <!-- brieflint-disable-line number-format -->\n');
    expect((await lint()).code).toBe(0);
    const reported = await lint('--report-unused-directives');
    expect(reported.code).toBe(1);
    expect(JSON.parse(reported.stdout)[0].messages[0].message).toMatch(/^Unused brieflint-disable-line directive/);
  });
});
