/**
 * `--cache` with a cache file a repository may hold or a runner may not let us write: the report is
 * never lost, the run never hangs, and a stale entry never stands in for an option that changes results.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_BRIEF, runCli, runMain } from '../../cli/helpers.js';

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

/**
 * A cache committed in a pull request (issue 20): entries that look valid — the brief's content hash,
 * the config's hash, brieflint's version, no messages — must not hide the brief's errors. Entries are
 * signed with a key kept outside the repository (engine/cache.ts), so a forged or edited one is linted
 * again, with a warning.
 */
describe('--cache with a cache the repository holds', () => {
  /** The entry a forger would write: right hashes, no findings, and a MAC of their own making. */
  async function forgedCache(mac: string): Promise<string> {
    const { hashConfig, hashText } = await import('../../../src/engine/cache.js');
    const { configForFile } = await import('../../../src/engine/lint.js');
    const { packageVersion } = await import('../../../src/package-files.js');
    const config = await configForFile(path.join(root, 'brief.md'), { cwd: root, noConfig: true });
    const entry = { content: hashText(BROKEN_BRIEF), config: hashConfig(config, packageVersion()), messages: [], suppressedMessages: [], mac };
    return JSON.stringify({ brieflint: packageVersion(), entries: { 'brief.md': entry } });
  }

  it('does not let forged entries hide a brief\'s errors', async () => {
    for (const mac of [undefined, 'f'.repeat(64), '0'.repeat(63)]) {
      await writeFile(path.join(root, '.brieflintcache'), await forgedCache(mac as string));
      const run = await lint();
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
      expect(run.stderr).toMatch(/held 1 entry not written by brieflint on this machine .*; they are ignored and linted again\n$/);
    }
  });

  it('ignores an entry this machine wrote once it is edited, and trusts it untouched', async () => {
    await lint();
    const honest = await readFile(path.join(root, '.brieflintcache'), 'utf8');
    expect((await lint()).stderr).toBe('');
    const tampered = JSON.parse(honest);
    tampered.entries['brief.md'].messages = [];
    await writeFile(path.join(root, '.brieflintcache'), JSON.stringify(tampered));
    const run = await lint();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
    expect(run.stderr).toMatch(/not written by brieflint on this machine/);
    // The entry moved to another file's name does not verify either: the MAC names its file.
    const moved = JSON.parse(honest);
    await writeFile(path.join(root, 'other.md'), BROKEN_BRIEF);
    moved.entries['other.md'] = { ...moved.entries['brief.md'], messages: [] };
    await writeFile(path.join(root, '.brieflintcache'), JSON.stringify(moved));
    const other = await runMain(['--no-config', '--cache', '--concurrency', 'off', '-f', 'json', 'other.md'], { cwd: root });
    expect(JSON.parse(other.stdout)[0].errorCount).toBe(1);
  });

  it('keeps its key outside the repository and leaves nothing in $TMPDIR', async () => {
    const scratch = path.join(root, 'scratch');
    const cacheHome = path.join(root, 'cache-home');
    const project = path.join(root, 'project');
    await mkdir(scratch);
    await mkdir(project);
    await writeFile(path.join(project, 'brief.md'), BROKEN_BRIEF);
    const env = { TMPDIR: scratch, XDG_CACHE_HOME: cacheHome };
    for (let run = 0; run < 2; run++) {
      const done = await runCli(['--no-config', '--cache', '-f', 'json', 'brief.md'], { cwd: project, env });
      expect(done.code).toBe(1);
      expect(JSON.parse(done.stdout)[0].errorCount).toBe(1);
    }
    // Only the command's code cache (bin/compile-cache.cjs, as Node's own module cache) lives there by design.
    expect((await readdir(scratch)).filter((name) => !name.startsWith('brieflint-compile-cache'))).toEqual([]);
    expect((await readdir(project)).sort()).toEqual(['.brieflintcache', 'brief.md']);
    const key = await stat(path.join(cacheHome, 'brieflint', 'cache-key'));
    expect(key.mode & 0o777).toBe(0o600);
  });

  it('refuses a key file that is a link, and lints without the cache', async () => {
    const cacheHome = path.join(root, 'cache-home');
    await mkdir(path.join(cacheHome, 'brieflint'), { recursive: true });
    await writeFile(path.join(root, 'planted'), 'x'.repeat(64));
    await symlink(path.join(root, 'planted'), path.join(cacheHome, 'brieflint', 'cache-key'));
    const run = await runCli(['--no-config', '--cache', '-f', 'json', 'brief.md'], { cwd: root, env: { XDG_CACHE_HOME: cacheHome } });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].errorCount).toBe(1);
    expect(run.stderr).toMatch(/^brieflint: warning: --cache is not used: no cache key at .*cache-key \(.*is not a regular file\)\n$/);
  });
});
