/**
 * From command-line paths to the list of briefs to lint: files, directories (walked for Markdown)
 * and globs, minus what .gitignore, .brieflintignore, node_modules, .git and config `ignores` exclude.
 * Ignore files work as in git: one in a directory applies to that directory's subtree, and a
 * deeper one can re-include (`!pattern`) what a shallower one excluded.
 */
import { constants, existsSync } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { confinedTop, relativeInside, repositoryRoot } from './config.js';
import { replaceFile } from './safe-write.js';
import { readSmallFile, resolvesInside } from './small-files.js';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;
export const IGNORE_FILE_NAMES = ['.gitignore', '.brieflintignore'] as const;
/** Never linted when found by walking or globbing; a warning when named explicitly. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface FileError {
  /** The path or pattern as the user wrote it. */
  path: string;
  message: string;
  /** A path that does not exist or a glob that matches nothing (what --no-error-on-unmatched-pattern forgives). */
  unmatched?: true;
}

export interface IgnoredFile {
  filePath: string;
  /** Which ignore source matched (".gitignore", "config ignores", "node_modules"). */
  reason: string;
}

export interface ExpandResult {
  /** Absolute paths, deduplicated, sorted. */
  files: string[];
  /** Files named explicitly that an ignore pattern excludes (ESLint warns about these). */
  ignored: IgnoredFile[];
  errors: FileError[];
}

/** An extra ignore source (config `ignores`): returns the reason when the path is ignored. */
export type ExtraIgnore = (absolutePath: string, isDirectory: boolean) => Promise<string | undefined>;

export interface ExpandOptions {
  cwd: string;
  extraIgnore?: ExtraIgnore;
}

function isMarkdown(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

const REASON_BY_CODE: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/**
 * A file-system error in a few words. The message names the path already, so Node's own text
 * ("ELOOP: too many symbolic links encountered, stat '/abs/path'") is cut to its reason.
 */
export function errorReason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const known = REASON_BY_CODE[String(error.code)];
    if (known) return known;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /^E[A-Z]+: (.+?)(?:, [a-z]+ '.*')?$/s.exec(message)?.[1] ?? message;
}

/** The ignore files of each directory, read once. */
export class IgnoreTree {
  private readonly perDirectory = new Map<string, Array<{ rules: Ignore; name: string }>>();

  private rulesIn(directory: string): Array<{ rules: Ignore; name: string }> {
    let found = this.perDirectory.get(directory);
    if (!found) {
      found = [];
      for (const name of IGNORE_FILE_NAMES) {
        const file = path.join(directory, name);
        if (!existsSync(file)) continue;
        try {
          // Bounded: a link committed as .gitignore may point at /dev/zero (see small-files.ts).
          found.push({ rules: ignore().add(readSmallFile(file)), name });
        } catch {
          // An unreadable ignore file ignores nothing, as in git.
        }
      }
      this.perDirectory.set(directory, found);
    }
    return found;
  }

  /**
   * Whether git-style rules from `top` down to the path's parent ignore the path itself.
   * Deeper files win; within a level, the last matching rule wins.
   */
  private matchOwn(top: string, absolutePath: string, isDirectory: boolean): string | undefined {
    const directories: string[] = [];
    for (let directory = path.dirname(absolutePath); ; directory = path.dirname(directory)) {
      directories.unshift(directory);
      if (directory === top || path.dirname(directory) === directory) break;
    }
    let reason: string | undefined;
    for (const directory of directories) {
      const relative = relativeInside(directory, absolutePath);
      if (relative === undefined) continue;
      const candidate = isDirectory ? `${relative}/` : relative;
      for (const { rules, name } of this.rulesIn(directory)) {
        const result = rules.test(candidate);
        if (result.ignored) reason = path.relative(top, path.join(directory, name)) || name;
        else if (result.unignored) reason = undefined;
      }
    }
    return reason;
  }

  /** Checks the path and each directory between `top` and it (an ignored directory hides its files). */
  ignoredBy(top: string, absolutePath: string, isDirectory: boolean): string | undefined {
    const relative = relativeInside(top, absolutePath);
    if (relative === undefined) return undefined;
    const parts = relative.split('/');
    let current = top;
    for (let index = 0; index < parts.length; index++) {
      current = path.join(current, parts[index]!);
      const last = index === parts.length - 1;
      const reason = this.matchOwn(top, current, last ? isDirectory : true);
      if (reason) return reason;
    }
    return undefined;
  }

  /** For the walk, which has already checked the parent directories. */
  ignoredItself(top: string, absolutePath: string, isDirectory: boolean): string | undefined {
    return this.matchOwn(top, absolutePath, isDirectory);
  }
}

function skippedSegment(absolutePath: string, top: string): string | undefined {
  const relative = relativeInside(top, absolutePath) ?? absolutePath;
  return relative.split(/[\\/]/).find((segment) => ALWAYS_SKIPPED.has(segment));
}

/**
 * Where ignore files start to apply: the repository's root when the cwd is inside one (so that
 * `cd docs && brieflint .` skips what the root .gitignore skips, as git and markdownlint-cli2 do),
 * else the cwd; a path outside both starts from its own top.
 */
function ignoreTop(cwd: string, fallback: string, absolutePath: string): string {
  const base = repositoryRoot(cwd) ?? cwd;
  if (relativeInside(base, absolutePath) !== undefined) return base;
  return relativeInside(cwd, absolutePath) !== undefined ? cwd : fallback;
}

interface WalkContext {
  tree: IgnoreTree;
  extraIgnore?: ExtraIgnore;
  found: Set<string>;
  visitedDirectories: Set<string>;
  /** Directories that could not be read: named, and the rest of the walk goes on. */
  errors: FileError[];
  cwd: string;
}

function isFileSystemError(error: unknown): boolean {
  return error !== null && typeof error === 'object' && 'code' in error && 'syscall' in error;
}

function unreadable(shownPath: string, error: unknown): FileError {
  return { path: shownPath, message: `cannot lint ${JSON.stringify(shownPath)}: ${errorReason(error)}` };
}

async function walkDirectory(directory: string, top: string, context: WalkContext): Promise<void> {
  const real = await realpath(directory).catch(() => directory);
  if (context.visitedDirectories.has(real)) return; // a symlink loop
  context.visitedDirectories.add(real);
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    context.errors.push(unreadable(path.relative(context.cwd, directory) || '.', error));
    return;
  }
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const entryPath = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(entryPath).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
      // A folder linked out of the repository (to /, to another user's files) is not walked.
      if (isDirectory && !resolvesInside(confinedTop(directory, context.cwd), entryPath)) continue;
    }
    if (!isDirectory && !(isFile && isMarkdown(entryPath))) continue;
    if (context.tree.ignoredItself(top, entryPath, isDirectory)) continue;
    if (context.extraIgnore && (await context.extraIgnore(entryPath, isDirectory))) continue;
    if (isDirectory) await walkDirectory(entryPath, top, context);
    else context.found.add(entryPath);
  }
}

/** Why a file named explicitly (or given as --stdin-filename) is ignored, if it is. */
export async function ignoreReasonFor(
  absolutePath: string,
  options: ExpandOptions,
  tree: IgnoreTree = new IgnoreTree(),
): Promise<string | undefined> {
  const top = ignoreTop(options.cwd, path.dirname(absolutePath), absolutePath);
  const skipped = skippedSegment(absolutePath, top);
  if (skipped) return skipped;
  return tree.ignoredBy(top, absolutePath, false) ?? (await options.extraIgnore?.(absolutePath, false));
}

/**
 * The glob library (tinyglobby, with fdir), loaded when a path does not exist: a hook or an editor names
 * files that do, and loading it cost every such run about 2 % of its time.
 */
function globbing(): Promise<typeof import('tinyglobby')> {
  return import('tinyglobby');
}

/** Adds a glob's matches that no ignore source excludes; returns whether the glob matched anything at all. */
async function expandGlob(pattern: string, options: ExpandOptions, context: WalkContext): Promise<boolean> {
  const { glob } = await globbing();
  const matches = await glob([pattern], {
    cwd: options.cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  for (const match of matches) {
    const absolutePath = path.resolve(match);
    const top = ignoreTop(options.cwd, path.dirname(absolutePath), absolutePath);
    if (context.tree.ignoredBy(top, absolutePath, false)) continue;
    if (await options.extraIgnore?.(absolutePath, false)) continue;
    context.found.add(absolutePath);
  }
  return matches.length > 0;
}

/**
 * `!pattern` arguments, as markdownlint-cli2 reads them: they leave out what they match (a directory's
 * files too), relative to the cwd, from everything the other arguments found. A path that exists is
 * a path even if it starts with "!". Only negations → they apply to the current directory.
 */
async function splitNegations(patterns: readonly string[], cwd: string): Promise<{ positive: string[]; excluded: (absolutePath: string) => boolean }> {
  const isNegation = (pattern: string) => pattern.length > 1 && pattern.startsWith('!') && !existsSync(path.resolve(cwd, pattern));
  const negated = patterns.filter(isNegation).map((pattern) => pattern.slice(1).replace(/^\.\//, '').replace(/\/+$/, ''));
  const positive = patterns.filter((pattern) => !isNegation(pattern));
  if (negated.length === 0) return { positive, excluded: () => false };
  const { default: picomatch } = await import('picomatch');
  const matches = picomatch(negated.flatMap((pattern) => [pattern, `${pattern}/**`]), { dot: true });
  return {
    positive: positive.length > 0 ? positive : ['.'],
    excluded: (absolutePath) => {
      const relative = path.relative(cwd, absolutePath).split(path.sep).join('/');
      return matches(relative);
    },
  };
}

/**
 * Expands CLI paths. A file named explicitly is linted whatever its extension; a path that does not
 * exist (and matches nothing as a glob) is an error naming it, and the other paths still count.
 */
export async function expandPaths(allPatterns: readonly string[], options: ExpandOptions): Promise<ExpandResult> {
  const { positive: patterns, excluded } = await splitNegations(allPatterns, options.cwd);
  const tree = new IgnoreTree();
  const errors: FileError[] = [];
  const context: WalkContext = {
    tree,
    extraIgnore: options.extraIgnore,
    found: new Set(),
    visitedDirectories: new Set(),
    errors,
    cwd: options.cwd,
  };
  const ignored = new Map<string, IgnoredFile>();

  for (const pattern of patterns) {
    // "" would resolve to the cwd and lint everything: in a script it is an unset variable (ESLint refuses it too).
    if (pattern.trim() === '') {
      errors.push({ path: pattern, message: `cannot lint ${JSON.stringify(pattern)}: an empty path names no file` });
      continue;
    }
    const absolutePath = path.resolve(options.cwd, pattern);
    const stats = await stat(absolutePath).catch((error: unknown) => ({ error }));
    if ('error' in stats) {
      const isGlob = (await globbing()).isDynamicPattern(pattern);
      if (isGlob && (await expandGlob(pattern, options, context))) continue;
      const reason = isGlob ? 'no files match this pattern' : errorReason(stats.error);
      const unmatched = isGlob || (stats.error as { code?: unknown }).code === 'ENOENT';
      errors.push({ path: pattern, message: `cannot lint ${JSON.stringify(pattern)}: ${reason}`, ...(unmatched ? { unmatched } : {}) });
      continue;
    }
    if (stats.isDirectory()) {
      const top = ignoreTop(options.cwd, absolutePath, absolutePath);
      if (!tree.ignoredBy(top, absolutePath, true)) await walkDirectory(absolutePath, top, context);
      continue;
    }
    const reason = await ignoreReasonFor(absolutePath, options, tree);
    if (reason) ignored.set(absolutePath, { filePath: absolutePath, reason });
    else context.found.add(absolutePath);
  }

  const files = await oncePerFile([...context.found].filter((file) => !excluded(file)).sort(compareCodeUnits));
  return {
    files,
    ignored: [...ignored.values()]
      .filter((entry) => !context.found.has(entry.filePath) && !excluded(entry.filePath))
      .sort((a, b) => compareCodeUnits(a.filePath, b.filePath)),
    errors,
  };
}

/**
 * One path per file: a brief reachable by two paths (a symbolic link beside its target, a linked
 * directory) is linted, and fixed, once, under the first of its paths in order.
 */
async function oncePerFile(sortedFiles: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of sortedFiles) {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(file);
  }
  return files;
}

/** Locale-independent order, so output is the same on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What reading a brief gave: its text (with a warning when it was not read as plain UTF-8: invalid
 * bytes replaced, or UTF-16 decoded; either is linted but never fixed), a reason it was skipped (a
 * link out of the repository: not this repository's text), or an error: the file could not be read,
 * or not as Markdown text (binary, over the size limit). An error is fatal (exit 2): in a pull
 * request, a brief padded past the limit or given a NUL byte must not pass the gate unread.
 */
export type ReadOutcome = { text: string; warning?: string } | { skipped: string } | { error: string };

/** 10 MiB: far above any brief, small enough that a stray data dump named .md is not parsed. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this many bytes are not linted (a fatal error). Default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
}

/** "10 MB", "512 KB", "300 B": sizes in binary units, as the size limit is written. */
export function formatFileSize(bytes: number): string {
  const units: Array<[string, number]> = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} B`;
}

const UTF16_BOMS: ReadonlyArray<{ bytes: readonly [number, number]; encoding: 'utf-16le' | 'utf-16be'; name: string }> = [
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

const NOT_MARKDOWN = 'Cannot read the file as Markdown text';

/**
 * Bytes as a brief's text. UTF-8, or UTF-16 with a byte-order mark (Windows editors save it): that is
 * decoded and linted with a warning, never fixed (a fix is written as UTF-8). Invalid UTF-8 is read
 * with U+FFFD in place of each bad sequence and a warning that names the first one's line, so the
 * rest of the file is still linted; a byte-order mark is kept, as `readFile(…, 'utf8')` keeps it
 * (positions count it). A NUL anywhere (binary content, UTF-16 or UTF-32 without a mark) is an
 * error: read as UTF-8 such a file would be garbage with nothing to find, and a gate would pass it.
 */
export function decodeBrief(bytes: Uint8Array): { text: string; warning?: string } | { error: string } {
  const bom = UTF16_BOMS.find(({ bytes: [first, second] }) => bytes[0] === first && bytes[1] === second);
  if (bom) {
    let text: string;
    try {
      text = new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { error: `${NOT_MARKDOWN}: it starts with a ${bom.name} byte-order mark, but is not valid ${bom.name}` };
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) return { error: `${NOT_MARKDOWN}: a NUL character at character ${nul + 1} of its ${bom.name} text (binary content, or UTF-32)` };
    return { text, warning: `File is ${bom.name} (it starts with a byte-order mark): linted as decoded, but never fixed` };
  }
  const nul = indexOfNul(bytes);
  if (nul >= 0) {
    return { error: `${NOT_MARKDOWN}: a NUL byte at byte ${nul + 1} (binary content, or UTF-16 without a byte-order mark); brieflint reads UTF-8, and UTF-16 with a byte-order mark` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
    return { text, warning: `File is not valid UTF-8 (first bad byte on line ${line}): read with replacement characters (U+FFFD)` };
  }
}

/** The first NUL byte's index in the whole file (not a prefix: one after 8 KB hides nothing less), or -1. */
function indexOfNul(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
}

/** Reads a brief as UTF-8; a failure becomes a message, never an exception. */
export async function readBriefFile(absolutePath: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  try {
    // Opening a FIFO with no writer blocks forever (a hook or CI job that never ends), and a device
    // may never end: only regular files are read. Standard input is what `-` is for.
    const stats = await stat(absolutePath);
    if (stats.isDirectory()) return { error: `Cannot read file: ${REASON_BY_CODE.EISDIR}` };
    if (!stats.isFile()) return { error: 'Cannot read file: not a regular file' };
    if (stats.size > maxFileSize) return { error: oversize(stats.size, maxFileSize) };
    // The file may have grown since stat.
    return briefFromBytes(await readFile(absolutePath), maxFileSize);
  } catch (error) {
    return { error: `Cannot read file: ${errorReason(error)}` };
  }
}

/** Bytes read (a file, or standard input) as a brief: the size limit, then the encoding (see decodeBrief). */
export function briefFromBytes(bytes: Uint8Array, maxFileSize: number, size = bytes.length): ReadOutcome {
  if (size > maxFileSize) return { error: oversize(size, maxFileSize) };
  return decodeBrief(bytes);
}

/**
 * Standard input, read only up to one byte past the limit (a pipe that never ends must not fill the
 * memory): the bytes, and how many there were when that is known (more than the limit otherwise).
 */
export async function readStdinBytes(stream: AsyncIterable<string | Uint8Array>, maxFileSize: number): Promise<{ bytes: Uint8Array; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxFileSize) return { bytes: new Uint8Array(), size };
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks), size };
}

function oversize(size: number, limit: number): string {
  return `Not linted: ${formatFileSize(size)} is over the size limit of ${formatFileSize(limit)} (raise maxFileSize in the config or --max-file-size, or list the file in ignores)`;
}

const configIgnoreCache = new WeakMap<object, Ignore>();

/** Whether a config's `ignores` (gitignore syntax, relative to the config's directory) exclude a path. */
export function ignoredByConfig(
  config: { baseDir: string; ignores: readonly string[] },
  absolutePath: string,
  isDirectory: boolean,
): boolean {
  if (config.ignores.length === 0) return false;
  const relative = relativeInside(config.baseDir, absolutePath);
  if (relative === undefined) return false;
  let rules = configIgnoreCache.get(config);
  if (!rules) {
    rules = ignore().add(config.ignores);
    configIgnoreCache.set(config, rules);
  }
  return rules.ignores(isDirectory ? `${relative}/` : relative);
}

/** The file changed on disk between the read and the write: someone else's text, not to be replaced. */
class ChangedOnDisk extends Error {}

const CHANGED = 'not fixed: the file changed on disk since it was read';

/**
 * Writes a fixed brief, losing nothing: only if its text is still what was read (checked again
 * after the new text is written out, just before it replaces the file), keeping its mode and owner.
 * A file with other hard links is written in place (a rename would split it from them), as is one
 * whose owner brieflint cannot give a new file; a read-only file is refused. A symbolic link stays
 * a link: its target is what gets fixed.
 */
export async function writeFixedFile(
  absolutePath: string,
  readText: string,
  output: string,
  /** For tests: runs when the new text is written out, before the last check (an editor saving then). */
  beforeLastCheck?: () => Promise<void>,
  /** The run's cwd: the file must resolve inside its repository (or the cwd), as it did when it was read. */
  cwd = process.cwd(),
): Promise<{ error: string } | undefined> {
  const target = await realpath(absolutePath).catch(() => absolutePath);
  // Read through the same check (lint.ts): a folder relinked out of the repository since is not written through.
  if (!resolvesInside(confinedTop(path.dirname(absolutePath), cwd), target)) return { error: 'not fixed: the path leads outside the repository' };
  try {
    const stats = await stat(target);
    if (!stats.isFile()) return { error: 'not fixed: not a regular file' };
    if ((stats.mode & 0o200) === 0) return { error: 'not fixed: the file is read-only' };
    const stillAsRead = async () => {
      if ((await readFile(target, 'utf8')) !== readText) throw new ChangedOnDisk();
    };
    await stillAsRead();
    const lastCheck = async () => {
      await beforeLastCheck?.();
      await stillAsRead();
    };
    const uid = process.getuid?.();
    const mayGiveOwner = uid === undefined || uid === stats.uid || uid === 0;
    if (stats.nlink > 1 || !mayGiveOwner) {
      await beforeLastCheck?.();
      return await writeInPlace(target, readText, output);
    }
    await replaceFile(target, output, {
      mode: stats.mode & 0o7777,
      ...(uid !== undefined && uid !== stats.uid ? { owner: { uid: stats.uid, gid: stats.gid } } : {}),
      beforeRename: lastCheck,
    });
    return undefined;
  } catch (error) {
    if (error instanceof ChangedOnDisk) return { error: CHANGED };
    return { error: `not fixed: ${errorReason(error)}` };
  }
}

/**
 * The new text written into the file itself (its inode, so hard links and owner stay), after
 * checking through the same open handle that it still holds the text that was read.
 */
async function writeInPlace(target: string, readText: string, output: string): Promise<{ error: string } | undefined> {
  const handle = await open(target, constants.O_RDWR | constants.O_NOFOLLOW);
  try {
    if ((await handle.readFile('utf8')) !== readText) return { error: CHANGED };
    const bytes = Buffer.from(output, 'utf8');
    await handle.truncate(0);
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
    return undefined;
  } finally {
    await handle.close();
  }
}
