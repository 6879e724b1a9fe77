/**
 * Writing a file that a pull request may have planted something at. A symbolic link committed as
 * `brieflint.sarif` (or as the `--output-file`) would make a plain write replace whatever it points to,
 * outside the workspace. So the text goes to a new temporary file beside the target (created
 * exclusively: O_EXCL never follows a link) and is renamed over it: rename replaces a link itself,
 * never its target, and a reader never sees half a file. A link (or anything but a regular file) at
 * the target is refused, so the user learns it is there instead of losing it silently.
 *
 * A linked FOLDER on the way does the same harm (`-o reports/x.txt` with `reports` committed as a link
 * to `/home/runner/.ssh`), so inside the workspace (the repository, or the cwd outside one: what a pull
 * request can plant links in) every folder from the workspace down to the target must be a real
 * folder, and the target's folder must resolve inside the workspace. A path the caller wrote outside
 * the workspace (`-o $RUNNER_TEMP/results.json`) is the caller's own choice, not the repository's.
 */
import { randomBytes } from 'node:crypto';
import { chmod, chown, lstat, mkdir, readdir, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A target brieflint will not write: its message says why, in a few words. */
export class UnsafeWriteError extends Error {
  override name = 'UnsafeWriteError';
}

export interface SafeWriteOptions {
  /**
   * The folder a repository controls (its root, or the cwd outside one). Below it no folder on the
   * target's path may be a link, and the target's folder must resolve inside it.
   */
  workspace?: string;
  /** Refuse a target outside `workspace` too (the Action's SARIF file: an input of the workflow). */
  confined?: boolean;
  /** Create missing parent directories (checked again once created). */
  createDirectories?: boolean;
  /** The new file's permission bits, exactly (default 0o666, less the umask). */
  mode?: number;
}

function isInside(directory: string, candidate: string): boolean {
  const relative = path.relative(directory, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const OUTSIDE = 'the path leads outside the workspace';

/**
 * Refuses a folder between `workspace` and `directory` (both absolute, `directory` lexically inside)
 * that is a link; stops at the first that does not exist yet or is no folder (nothing can be linked
 * below it). Then `directory`, if it exists, must resolve inside the workspace's real path.
 */
async function assertRealFolders(workspace: string, directory: string): Promise<void> {
  const parts = path.relative(workspace, directory).split(path.sep).filter((part) => part !== '');
  let current = workspace;
  for (const part of parts) {
    current = path.join(current, part);
    const stats = await lstat(current).catch((error: { code?: string }) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stats === undefined) return;
    const shown = path.relative(workspace, current).split(path.sep).join('/');
    if (stats.isSymbolicLink()) throw new UnsafeWriteError(`the folder ${JSON.stringify(shown)} on its path is a symbolic link (brieflint does not write through one)`);
    // A file where a folder is meant: the write fails on it, as it would anywhere (nothing is linked).
    if (!stats.isDirectory()) return;
  }
  if (!isInside(await realpath(workspace), await realpath(directory))) throw new UnsafeWriteError(OUTSIDE);
}

export interface ReplaceOptions {
  /** The file's permission bits, exactly (default 0o666 less the umask). */
  mode?: number;
  /** The file's owner, kept when brieflint runs as another user that may give it (root). */
  owner?: { uid: number; gid: number };
  /** Runs after the new text is written and before it replaces the file (a last check may throw). */
  beforeRename?: () => Promise<void>;
}

/** The hidden name of a temporary file for `name`, written by process `pid`. */
function temporaryName(name: string, pid: number): string {
  return `.${name}.brieflint-${pid}-${randomBytes(6).toString('hex')}.tmp`;
}

const TEMPORARY = /^\.(.+)\.brieflint-(\d+)-[0-9a-z]+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a brieflint killed mid-write (kill -9, a power cut) left in
 * `directory`: those of processes no longer running. Returns how many were removed.
 */
export async function removeStaleTemporaries(directory: string): Promise<number> {
  const names = await readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2]))) continue;
    const file = path.join(directory, name);
    // Only a plain file of its own: never follow or remove anything else by that name.
    const stats = await lstat(file).catch(() => undefined);
    if (!stats?.isFile()) continue;
    if (await unlink(file).then(() => true, () => false)) removed++;
  }
  return removed;
}

/**
 * A temporary file beside `target`, written exclusively, then renamed over `target`.
 * Shared by every write brieflint makes to a place a repository can name (--output-file, the Action's
 * SARIF file, the cache, --fix).
 */
export async function replaceFile(target: string, text: string, options: ReplaceOptions = {}): Promise<void> {
  const temporary = path.join(path.dirname(target), temporaryName(path.basename(target), process.pid));
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode: options.mode ?? 0o666, flag: 'wx' });
    if (options.owner) await chown(temporary, options.owner.uid, options.owner.gid);
    // A mode given is meant exactly (a fixed brief keeps its own), whatever the umask took away.
    if (options.mode !== undefined) await chmod(temporary, options.mode);
    await options.beforeRename?.();
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes `text` to `target` safely (see above); throws UnsafeWriteError, or the file system's error. */
export async function writeFileSafely(target: string, text: string, options: SafeWriteOptions = {}): Promise<void> {
  const absolute = path.resolve(target);
  const directory = path.dirname(absolute);
  const workspace = options.workspace === undefined ? undefined : path.resolve(options.workspace);
  const guarded = workspace !== undefined && isInside(workspace, directory);
  if (workspace !== undefined && options.confined && !guarded) throw new UnsafeWriteError(OUTSIDE);
  if (guarded) await assertRealFolders(workspace, directory);
  if (options.createDirectories) {
    await mkdir(directory, { recursive: true });
    // What mkdir created, and anything that turned into a link meanwhile.
    if (guarded) await assertRealFolders(workspace, directory);
  }
  const existing = await lstat(absolute).catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing?.isSymbolicLink()) throw new UnsafeWriteError('is a symbolic link (brieflint does not write through one)');
  if (existing?.isDirectory()) throw new UnsafeWriteError('is a directory');
  if (existing && !existing.isFile()) throw new UnsafeWriteError('is not a regular file');
  await replaceFile(absolute, text, { ...(options.mode !== undefined ? { mode: options.mode } : {}) });
}
