/**
 * vitest's globalSetup: the run gets a temporary folder of its own and every test file's worker (and
 * every process a test starts) sees it as TMPDIR, so whatever a test leaves in os.tmpdir() — a scratch
 * tree it did not clean, a crashed child's files — is removed with the folder when the run ends.
 * The suite leaves nothing in the machine's $TMPDIR, and nothing in the user's cache folder.
 *
 * vitest runs a globalSetup once per project: the second run finds the folder made by the first and
 * keeps it (a nested folder would lengthen every temporary path, and a Unix socket's path may not
 * pass 107 bytes). The name stays short for the same reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MARK = 'BRIEFLINT_TEST_TMPDIR';

export default function setup(): (() => void) | undefined {
  if (process.env[MARK] !== undefined && process.env[MARK] === process.env.TMPDIR) return undefined;
  const root = mkdtempSync(path.join(tmpdir(), 'bl-run-'));
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  // --cache keeps its signing key in the user's cache folder (engine/cache.ts): the run's own, removed with it.
  process.env.XDG_CACHE_HOME = path.join(root, 'cache-home');
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
