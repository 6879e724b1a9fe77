/**
 * vitest's globalSetup: the run gets a temporary folder of its own and every test file's worker (and
 * every process a test starts) sees it as TMPDIR, so whatever a test leaves in os.tmpdir() — a scratch
 * tree it did not clean, a crashed child's files — is removed with the folder when the run ends.
 * The suite leaves nothing in the machine's $TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'brieflint-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
