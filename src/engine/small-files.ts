/**
 * Reading the small files a repository steers brieflint with (config files, ignore files) when the
 * repository may be hostile: a link committed as `.brieflintrc.yaml` or `.gitignore` can point at
 * /dev/zero (read forever), a FIFO (wait forever) or /proc/self/environ (the CI job's secrets, which
 * an error message would then quote into the log). So such a file must be a regular file, is read
 * only up to a size no real config reaches, and must lie inside the repository it steers.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Far above any config or ignore file written by hand. */
export const MAX_SMALL_FILE_BYTES = 1024 * 1024;

/** Why a small file was not read, in a few words (the caller names the file). */
export class SmallFileError extends Error {
  override name = 'SmallFileError';
}

/**
 * The file's text, read as UTF-8 up to `maxBytes` (a /proc file says size 0 and still has content,
 * so the read itself is bounded, not only the size stat reports).
 */
export function readSmallFile(filePath: string, maxBytes = MAX_SMALL_FILE_BYTES): string {
  const stats = statSync(filePath);
  if (!stats.isFile()) throw new SmallFileError('not a regular file');
  if (stats.size > maxBytes) throw new SmallFileError(`larger than ${maxBytes / 1024} KB`);
  const descriptor = openSync(filePath, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new SmallFileError(`larger than ${maxBytes / 1024} KB`);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** Whether `filePath`, with every link resolved, lies inside `top` (also resolved). */
export function resolvesInside(top: string, filePath: string): boolean {
  try {
    const relative = path.relative(realpathSync(top), realpathSync(filePath));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  } catch {
    return false;
  }
}
