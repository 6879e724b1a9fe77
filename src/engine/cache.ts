/**
 * `--cache`: results kept by file content, config and brieflint version, so a re-run after editing one
 * file lints one file. Keys are content hashes, not modification times, so the cache also holds on a
 * CI runner's fresh clone (restore `.brieflintcache` with the runner's cache step). Paths are stored
 * relative to the working directory, so a clone at another path still hits.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import { writeFileSafely } from './safe-write.js';
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

/** What besides the config changes a file's messages, and so belongs in its cache key. */
export interface ResultOptions {
  /** `--report-unused-directives`: adds messages about directives. */
  reportUnusedDirectives?: false | 1 | 2;
}

export function hashConfig(config: ResolvedConfig, version: string, options: ResultOptions = {}): string {
  // The config file's own path is left out: the same settings found elsewhere give the same results.
  return hashText(
    JSON.stringify({ version, locale: config.locale, messageLocale: config.messageLocale ?? 'auto', rules: config.rules, reportUnusedDirectives: options.reportUnusedDirectives ?? false }),
  );
}

/** The cache file: `--cache-location` (a directory gets the default name inside it) or the default in cwd. */
export async function cacheFileFor(cwd: string, location: string | undefined): Promise<string> {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const isDirectory =
    location !== undefined && (/[\\/]$/.test(location) || (await stat(target).then((entry) => entry.isDirectory(), () => false)));
  return isDirectory ? path.join(target, DEFAULT_CACHE_LOCATION) : target;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message as the engine makes them: enough for a result to be rebuilt and printed without a crash. */
function isMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.ruleId === null || typeof value.ruleId === 'string') &&
    (value.severity === 1 || value.severity === 2) &&
    typeof value.message === 'string' &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column)
  );
}

function isEntry(value: unknown): value is CacheEntry {
  return (
    isObject(value) &&
    typeof value.content === 'string' &&
    typeof value.config === 'string' &&
    Array.isArray(value.messages) &&
    value.messages.every(isMessage) &&
    Array.isArray(value.suppressedMessages) &&
    value.suppressedMessages.every((message) => isMessage(message) && Array.isArray((message as { suppressions?: unknown }).suppressions))
  );
}

export interface LoadedCache {
  /** Undefined when the cache must be left alone: neither read nor replaced. */
  cache?: CacheFile;
  /** Why the cache (or some of its entries) was not used, for a warning. */
  warning?: string;
}

/**
 * The cache at `location`, or an empty one when it is missing or from another version. A cache a
 * repository can hold is read with suspicion: anything but a regular file (a FIFO would block the
 * run, a link point anywhere) is ignored, and so is each entry of the wrong shape, with a warning.
 */
export async function loadCache(location: string, version: string): Promise<LoadedCache> {
  const empty: CacheFile = { brieflint: version, entries: {} };
  const shown = path.basename(location);
  const found = await lstat(location).catch(() => undefined);
  if (!found) return { cache: empty };
  if (!found.isFile()) return { warning: `the cache ${shown} is not a regular file; it is ignored and not written` };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(location, 'utf8'));
  } catch {
    // A broken cache (a crash elsewhere, a merge conflict): start afresh, it is rewritten at the end of the run.
    return { cache: empty, warning: `the cache ${shown} is not valid JSON; it is rebuilt` };
  }
  if (!isObject(data) || !isObject(data.entries)) return { cache: empty, warning: `the cache ${shown} is not a brieflint cache; it is rebuilt` };
  if (data.brieflint !== version) return { cache: empty };
  const entries: Record<string, CacheEntry> = {};
  let dropped = 0;
  for (const [key, entry] of Object.entries(data.entries)) {
    if (isEntry(entry)) entries[key] = entry;
    else dropped++;
  }
  const warning = dropped > 0 ? `the cache ${shown} held ${dropped} entr${dropped === 1 ? 'y' : 'ies'} of the wrong shape; they are ignored` : undefined;
  return { cache: { brieflint: version, entries }, ...(warning ? { warning } : {}) };
}

/** Writes the cache by a temporary file renamed into place (see safe-write.ts): never half a file, never through a link. */
export async function saveCache(location: string, cache: CacheFile): Promise<void> {
  await writeFileSafely(location, JSON.stringify(cache), { createDirectories: true });
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
