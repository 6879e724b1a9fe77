/**
 * --cache: results reused by content, config and version; never a stale result.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashConfig, hashText, machineKey, signEntry, type CacheFile } from '../../src/engine/cache.js';
import { configForFile, lintFiles } from '../../src/engine/lint.js';
import { packageVersion } from '../../src/package-files.js';
import { runCli } from '../cli/helpers.js';

let directory: string;
const brief = 'We bought 100,00000 chips.\n';
const cacheFile = () => path.join(directory, '.brieflintcache');
const readCache = () => JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
/** Writes the cache as this machine would, every entry signed with its key: to tell a cache hit from a lint. */
async function writeSigned(cache: CacheFile): Promise<void> {
  const key = await machineKey();
  const entries = Object.fromEntries(Object.entries(cache.entries).map(([file, entry]) => [file, signEntry(key, cache.brieflint, file, entry)]));
  writeFileSync(cacheFile(), JSON.stringify({ ...cache, entries }));
}

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'brieflint-cache-'));
  writeFileSync(path.join(directory, 'a.md'), brief);
  writeFileSync(path.join(directory, 'b.md'), 'All fine: € 50 bn + € 150 bn = € 200 bn.\n');
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const lint = (extra: Parameters<typeof lintFiles>[1] = {}) => lintFiles(['.'], { cwd: directory, cache: true, concurrency: 'off', ...extra });

describe('--cache', () => {
  it('keeps each file by relative path, content hash and config hash, and gives the same results again', async () => {
    const first = await lint();
    const cache = readCache();
    expect(cache.brieflint).toBe(packageVersion());
    expect(Object.keys(cache.entries).sort()).toEqual(['a.md', 'b.md']);
    expect(cache.entries['a.md']!.content).toBe(hashText(brief));
    expect((await lint()).results).toEqual(first.results);
  });

  it('uses a matching entry this machine signed instead of linting', async () => {
    await lint();
    const cache = readCache();
    const planted = { ...cache.entries['b.md']!.messages[0], message: 'from the cache', ruleId: 'number-format', severity: 2, line: 1, column: 1 };
    cache.entries['b.md']!.messages = [planted as never];
    await writeSigned(cache);
    const b = (await lint()).results.find((result) => result.filePath.endsWith('b.md'))!;
    expect(b.messages.map((message) => message.message)).toEqual(['from the cache']);
    expect(b.errorCount).toBe(1);
  });

  it('lints again what changed: the text, the config, or brieflint\'s version', async () => {
    await lint();
    const poisoned = readCache();
    poisoned.entries['a.md']!.messages = [];
    await writeSigned(poisoned);
    // The same text and config: the (poisoned) entry is used.
    expect((await lint()).results.find((result) => result.filePath.endsWith('a.md'))!.errorCount).toBe(0);
    // Edited text: linted again.
    writeFileSync(path.join(directory, 'a.md'), `${brief}\nMore text.\n`);
    expect((await lint()).results.find((result) => result.filePath.endsWith('a.md'))!.errorCount).toBe(1);
    // A changed config: linted again.
    await writeSigned({ ...readCache(), entries: { ...readCache().entries, 'a.md': { ...readCache().entries['a.md']!, messages: [] } } });
    writeFileSync(path.join(directory, '.brieflintrc.json'), JSON.stringify({ rules: { 'number-format': 'warn' } }));
    const warned = (await lint()).results.find((result) => result.filePath.endsWith('a.md'))!;
    expect([warned.errorCount, warned.warningCount]).toEqual([0, 1]);
    expect(readCache().entries['a.md']!.config).toBe(hashConfig(await configForFile(path.join(directory, 'a.md'), { cwd: directory }), packageVersion()));
    // Another version: the whole cache is dropped.
    await writeSigned({ brieflint: '0.0.0-other', entries: { 'a.md': { ...readCache().entries['a.md']!, messages: [] } } });
    expect((await lint()).results.find((result) => result.filePath.endsWith('a.md'))!.warningCount).toBe(1);
  });

  it('starts afresh from a broken cache file, and writes to --cache-location', async () => {
    writeFileSync(cacheFile(), '{ not json');
    expect((await lint()).results.find((result) => result.filePath.endsWith('a.md'))!.errorCount).toBe(1);
    expect(readCache().entries['a.md']).toBeDefined();
    await lint({ cacheLocation: 'tmp/' });
    expect(existsSync(path.join(directory, 'tmp/.brieflintcache'))).toBe(true);
  });

  it('works from the command line, also with worker threads', async () => {
    const first = await runCli(['--cache', '--format', 'json', '.'], { cwd: directory });
    const second = await runCli(['--cache', '--concurrency', '2', '--format', 'json', '.'], { cwd: directory });
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(existsSync(cacheFile())).toBe(true);
  });
});
