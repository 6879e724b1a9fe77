/**
 * `--cache`: results kept by file content, config and brieflint version, so a re-run after editing one
 * file lints one file. Keys are content hashes, not modification times, so the cache also holds on a
 * CI runner's fresh clone (restore `.brieflintcache` with the runner's cache step). Paths are stored
 * relative to the working directory, so a clone at another path still hits.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import type { LintResult } from './types.js';

export const DEFAULT_CACHE_LOCATION = '.brieflintcache';

export interface CacheEntry {
  /** sha256 of the file's text. */
  content: string;
  /** sha256 of the effective config (severities, options, locale) and brieflint's version. */
  config: string;
  /** The result's messages; the rest of a result is rebuilt from them (counts, source). */
  messages: LintResult['messages'];
  suppressedMessages: LintResult['suppressedMessages'];
}

export interface CacheFile {
  brieflint: string;
  entries: Record<string, CacheEntry>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function hashConfig(config: ResolvedConfig, version: string): string {
  // The config file's own path is left out: the same settings found elsewhere give the same results.
  return hashText(JSON.stringify({ version, locale: config.locale, rules: config.rules }));
}

/** The cache file: `--cache-location` (a directory gets the default name inside it) or the default in cwd. */
export async function cacheFileFor(cwd: string, location: string | undefined): Promise<string> {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const isDirectory =
    location !== undefined && (/[\\/]$/.test(location) || (await stat(target).then((entry) => entry.isDirectory(), () => false)));
  return isDirectory ? path.join(target, DEFAULT_CACHE_LOCATION) : target;
}

/** The cache at `location`, or an empty one when it is missing, unreadable or from another version. */
export async function loadCache(location: string, version: string): Promise<CacheFile> {
  try {
    const data = JSON.parse(await readFile(location, 'utf8')) as Partial<CacheFile>;
    if (data.brieflint === version && data.entries && typeof data.entries === 'object') return { brieflint: version, entries: data.entries };
  } catch {
    // No cache yet, or a broken one: start afresh (it is rewritten at the end of the run).
  }
  return { brieflint: version, entries: {} };
}

/** Writes the cache beside itself and renames it into place, so a crash never leaves half a file. */
export async function saveCache(location: string, cache: CacheFile): Promise<void> {
  const temporary = path.join(path.dirname(location), `${path.basename(location)}.${process.pid}.tmp`);
  await mkdir(path.dirname(location), { recursive: true });
  await writeFile(temporary, JSON.stringify(cache), 'utf8');
  await rename(temporary, location);
}

/** The cache key of a file: its path relative to the working directory, with forward slashes. */
export function cacheKey(absolutePath: string, cwd: string): string {
  return path.relative(cwd, absolutePath).split(path.sep).join('/');
}

/** The entry, when it matches the text and config. */
export function matchingEntry(entry: CacheEntry | undefined, contentHash: string, configHash: string): CacheEntry | undefined {
  return entry && entry.content === contentHash && entry.config === configHash ? entry : undefined;
}

/** What to keep of a result: nothing for a file that could not be linted (it is tried again next time). */
export function entryFor(result: LintResult, contentHash: string, configHash: string): CacheEntry | undefined {
  if (result.fatalErrorCount > 0) return undefined;
  return { content: contentHash, config: configHash, messages: result.messages, suppressedMessages: result.suppressedMessages };
}
