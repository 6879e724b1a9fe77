/**
 * `--cache`: results kept by file content, config and brieflint version, so a re-run after editing one
 * file lints one file. Keys are content hashes, not modification times, so the cache also holds on a
 * CI runner's fresh clone (restore `.brieflintcache` with the runner's cache step, and this machine's
 * key with it: see below). Paths are stored relative to the working directory, so a clone at another
 * path still hits.
 *
 * A cache file is input a pull request can write (issue 20): a `.brieflintcache` committed with
 * valid-looking entries for a brief with errors would make `--cache` report it clean. So every entry
 * carries an HMAC-SHA256, under a secret key kept outside any repository (the user's cache folder, see
 * machineKeyFile), of everything it says: brieflint's version, the file's cache key, its content hash,
 * the effective config's hash and its messages. An entry this machine did not write, or that was
 * changed since, does not verify: it is linted again (with a warning), never trusted.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstat, mkdir, open, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
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

/** An entry as stored: with the HMAC that shows this machine wrote it (hex). */
export interface StoredCacheEntry extends CacheEntry {
  mac: string;
}

/** The secret that signs this machine's cache entries. */
export type MachineKey = Buffer;

/**
 * The user's cache folder, outside any repository: $XDG_CACHE_HOME when set (also honoured on macOS
 * and Windows, as by most tools), else the platform's own (~/Library/Caches, %LOCALAPPDATA%, ~/.cache).
 */
export function userCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  const home = os.homedir();
  if (process.platform === 'win32') return env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches');
  return path.join(home, '.cache');
}

/** Where this machine's cache key is kept (created on first use, readable by its owner alone). */
export function machineKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userCacheDirectory(env), 'brieflint', 'cache-key');
}

const KEY_BYTES = 32;

/**
 * This machine's cache key, made on first use (32 random bytes, mode 0600, created exclusively so two
 * runs at once agree on one key). Throws with a reason when there is none to be had: then no cache.
 */
export async function machineKey(file: string = machineKeyFile()): Promise<MachineKey> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const created = await open(file, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return undefined;
    throw error;
  });
  if (created) {
    try {
      await created.writeFile(randomBytes(KEY_BYTES));
    } finally {
      await created.close();
    }
  }
  // A link or a short file is not this machine's key: refuse rather than sign with what it points to.
  const found = await lstat(file);
  if (!found.isFile()) throw new Error(`${file} is not a regular file`);
  const key = await readFile(file);
  if (key.length < KEY_BYTES) throw new Error(`${file} is not a brieflint cache key (remove it to make a new one)`);
  return key;
}

/** The HMAC of everything an entry says, under the machine's key; bound to its cache key and version. */
export function entryMac(key: MachineKey, version: string, cacheKeyOfFile: string, entry: CacheEntry): string {
  const said = JSON.stringify([version, cacheKeyOfFile, entry.content, entry.config, entry.messages, entry.suppressedMessages]);
  return createHmac('sha256', key).update(said).digest('hex');
}

/** The entry with its HMAC, as saved. */
export function signEntry(key: MachineKey, version: string, cacheKeyOfFile: string, entry: CacheEntry): StoredCacheEntry {
  const { content, config, messages, suppressedMessages } = entry;
  const plain: CacheEntry = { content, config, messages, suppressedMessages };
  return { ...plain, mac: entryMac(key, version, cacheKeyOfFile, plain) };
}

function verifies(key: MachineKey, version: string, cacheKeyOfFile: string, entry: CacheEntry & { mac?: unknown }): boolean {
  if (typeof entry.mac !== 'string' || !/^[0-9a-f]{64}$/.test(entry.mac)) return false;
  const expected = Buffer.from(entryMac(key, version, cacheKeyOfFile, entry), 'hex');
  return timingSafeEqual(expected, Buffer.from(entry.mac, 'hex'));
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
export async function loadCache(location: string, version: string, key: MachineKey): Promise<LoadedCache> {
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
  let unsigned = 0;
  for (const [file, entry] of Object.entries(data.entries)) {
    if (!isEntry(entry)) dropped++;
    else if (!verifies(key, version, file, entry)) unsigned++;
    else entries[file] = entry;
  }
  const warnings = [
    ...(dropped > 0 ? [`the cache ${shown} held ${dropped} ${entries_(dropped)} of the wrong shape; they are ignored`] : []),
    ...(unsigned > 0
      ? [`the cache ${shown} held ${unsigned} ${entries_(unsigned)} not written by brieflint on this machine (another machine's, or changed since); they are ignored and linted again`]
      : []),
  ];
  return { cache: { brieflint: version, entries }, ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}) };
}

const entries_ = (count: number) => (count === 1 ? 'entry' : 'entries');

/**
 * Writes the cache, every entry signed with the machine's key, by a temporary file renamed into place
 * (see safe-write.ts): never half a file, never through a link, nor through a linked folder of the
 * `workspace` (the repository a pull request may have planted one in).
 */
export async function saveCache(location: string, cache: CacheFile, key: MachineKey, workspace?: string): Promise<void> {
  const entries = Object.fromEntries(Object.entries(cache.entries).map(([file, entry]) => [file, signEntry(key, cache.brieflint, file, entry)]));
  await writeFileSafely(location, JSON.stringify({ brieflint: cache.brieflint, entries }), { createDirectories: true, ...(workspace === undefined ? {} : { workspace }) });
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
