/**
 * bin/brieflint.js runs the bundle with a V8 code cache (bin/compile-cache.cjs). These run the real
 * command in a child process, each with its own cache directory.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin', 'brieflint.js');
const brief = path.join(repoRoot, 'fixtures', 'investai-brief.md');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-compile-cache-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

function cacheFiles(directory: string): string[] {
  try {
    return readdirSync(directory).filter((name) => name.endsWith('.cache'));
  } catch {
    return [];
  }
}

describe('the code cache of the command', () => {
  it('is written by the first lint, used by the next, and changes nothing in the output', () => {
    const directory = path.join(scratch, 'fresh');
    const first = run([brief], { BRIEFLINT_COMPILE_CACHE: directory });
    expect(cacheFiles(directory)).toHaveLength(1);
    const file = path.join(directory, cacheFiles(directory)[0]!);
    const written = statSync(file).mtimeMs;
    const second = run([brief], { BRIEFLINT_COMPILE_CACHE: directory });
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('number-format');
    expect(statSync(file).mtimeMs).toBe(written);
    // Only the owner may read or write it: bytecode from another user's file would be run as ours.
    if (process.platform !== 'win32') expect(statSync(directory).mode & 0o077).toBe(0);
  });

  it('is not written by a run that lints nothing', () => {
    const directory = path.join(scratch, 'version');
    expect(run(['--version'], { BRIEFLINT_COMPILE_CACHE: directory }).code).toBe(0);
    expect(run(['--help'], { BRIEFLINT_COMPILE_CACHE: directory }).code).toBe(0);
    expect(cacheFiles(directory)).toEqual([]);
  });

  it('replaces a cache V8 rejects, and the run is unaffected', () => {
    const directory = path.join(scratch, 'corrupt');
    const clean = run([brief], { BRIEFLINT_COMPILE_CACHE: directory });
    const file = path.join(directory, cacheFiles(directory)[0]!);
    writeFileSync(file, Buffer.from('not a code cache, just bytes'));
    expect(run([brief], { BRIEFLINT_COMPILE_CACHE: directory })).toEqual(clean);
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it('is not used in a directory others can write to, nor when Node\'s switch turns it off', () => {
    const open = path.join(scratch, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const inOpen = run([brief], { BRIEFLINT_COMPILE_CACHE: open });
    if (process.platform !== 'win32') expect(cacheFiles(open)).toEqual([]);
    const disabled = path.join(scratch, 'disabled');
    const off = run([brief], { BRIEFLINT_COMPILE_CACHE: disabled, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cacheFiles(disabled)).toEqual([]);
    expect(off).toEqual(inOpen);
  });

  it('does not follow a symbolic link put in its place', () => {
    if (process.platform === 'win32') return;
    const target = path.join(scratch, 'link-target');
    mkdirSync(target, { mode: 0o700 });
    const link = path.join(scratch, 'link');
    symlinkSync(target, link);
    expect(run([brief], { BRIEFLINT_COMPILE_CACHE: link }).code).toBe(1);
    expect(cacheFiles(target)).toEqual([]);
  });

  it('is skipped without a word when its place cannot be a directory', () => {
    const blocked = path.join(scratch, 'a-file');
    writeFileSync(blocked, 'not a directory');
    const result = run([brief], { BRIEFLINT_COMPILE_CACHE: blocked });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('number-format');
  });
});
