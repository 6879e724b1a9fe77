/**
 * --cache with workers: the main thread takes the cache hits itself, so workers get only the files
 * that changed. These run the built engine (dist/), where the worker script exists.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers.js';

type LintModule = typeof import('../../src/engine/lint.js');
type CacheModule = typeof import('../../src/engine/cache.js');
const { lintFiles } = (await import(path.join(repoRoot, 'dist/engine/lint.js'))) as LintModule;
const { machineKey, signEntry } = (await import(path.join(repoRoot, 'dist/engine/cache.js'))) as CacheModule;
type CacheEntry = import('../../src/engine/cache.js').CacheEntry;

const FILES = 20;
let directory: string;
const name = (index: number) => `brief-${String(index).padStart(2, '0')}.md`;
const cacheFile = () => path.join(directory, '.brieflintcache');

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'brieflint-parallel-cache-'));
  for (let index = 0; index < FILES; index++) writeFileSync(path.join(directory, name(index)), `Note ${index}: € 50 bn + € 150 bn = € 210 bn.\n`);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const lint = () => lintFiles(['.'], { cwd: directory, cache: true, concurrency: 2, noConfig: true });

/**
 * Replaces every cached message by one a lint would never give, to tell cached results from fresh
 * ones, signed with this machine's key as brieflint signs them (else they are not trusted).
 */
async function plantCachedMessages(): Promise<void> {
  const cache = JSON.parse(readFileSync(cacheFile(), 'utf8'));
  const key = await machineKey();
  for (const [file, entry] of Object.entries(cache.entries) as [string, CacheEntry][]) {
    entry.messages = entry.messages.map((message) => ({ ...message, message: 'from the cache' }));
    cache.entries[file] = signEntry(key, cache.brieflint, file, entry);
  }
  writeFileSync(cacheFile(), JSON.stringify(cache));
}

const fromCache = (results: Awaited<ReturnType<typeof lint>>['results']) =>
  results.filter((result) => result.messages.length > 0 && result.messages.every((message) => message.message === 'from the cache')).map((result) => path.basename(result.filePath));

describe('--cache with workers', () => {
  it('reuses unchanged files and lints the changed ones, a few on the main thread, many in workers', async () => {
    const first = await lint();
    expect(first.results).toHaveLength(FILES);
    expect(first.results.every((result) => result.messages[0]?.ruleId === 'sum-mismatch')).toBe(true);

    await plantCachedMessages();
    writeFileSync(path.join(directory, name(3)), 'Note 3: € 10 bn + € 10 bn = € 30 bn.\n');
    const oneChanged = await lint();
    expect(fromCache(oneChanged.results)).toEqual(Array.from({ length: FILES }, (_, index) => name(index)).filter((file) => file !== name(3)));
    expect(oneChanged.results.find((result) => result.filePath.endsWith(name(3)))!.messages[0]!.message).toBe('€ 10 bn + € 10 bn = € 20 bn, not € 30 bn');

    await plantCachedMessages();
    for (let index = 2; index < FILES; index++) writeFileSync(path.join(directory, name(index)), `Note ${index}: € 20 bn + € 20 bn = € 50 bn.\n`);
    const mostChanged = await lint();
    expect(fromCache(mostChanged.results)).toEqual([name(0), name(1)]);
    expect(mostChanged.results.slice(2).every((result) => result.messages[0]?.message === '€ 20 bn + € 20 bn = € 40 bn, not € 50 bn')).toBe(true);
  }, 240_000);
});
