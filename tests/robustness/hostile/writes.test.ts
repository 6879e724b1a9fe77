/**
 * Writes a pull request can aim: a symbolic link committed where the report goes must not make
 * brieflint overwrite what it points to (see src/engine/safe-write.ts).
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSafely } from '../../../src/engine/safe-write.js';
import { runMain } from '../../cli/helpers.js';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-'));
  outside = await mkdtemp(path.join(tmpdir(), 'brieflint-outside-'));
  await writeFile(path.join(root, 'brief.md'), 'We bought 100,00000 chips.\n');
  await writeFile(path.join(outside, 'precious.txt'), 'keep me\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('--output-file', () => {
  it('refuses a symbolic link in its place and leaves its target alone', async () => {
    await symlink(path.join(outside, 'precious.txt'), path.join(root, 'report.json'));
    const run = await runMain(['--no-config', '-f', 'json', '-o', 'report.json', 'brief.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('brieflint: cannot write output file "report.json": is a symbolic link (brieflint does not write through one)\n');
    expect(await readFile(path.join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect((await lstat(path.join(root, 'report.json'))).isSymbolicLink()).toBe(true);
  });

  it('replaces a file by renaming a new one over it, leaving no temporary file', async () => {
    await writeFile(path.join(root, 'report.json'), 'old');
    const run = await runMain(['--no-config', '-f', 'json', '-o', 'out/deeper/report.json', 'brief.md'], { cwd: root });
    expect(run.code).toBe(1);
    expect(JSON.parse(await readFile(path.join(root, 'out/deeper/report.json'), 'utf8'))).toHaveLength(1);
    const again = await runMain(['--no-config', '-f', 'json', '-o', 'report.json', 'brief.md'], { cwd: root });
    expect(again.code).toBe(1);
    expect(JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8'))).toHaveLength(1);
    expect((await readdir(root)).sort()).toEqual(['brief.md', 'out', 'report.json']);
  });
});

describe('writeFileSafely', () => {
  it('keeps to the workspace when told to, through linked directories too', async () => {
    await symlink(outside, path.join(root, 'linked'));
    await expect(writeFileSafely(path.join(root, 'linked/x.sarif'), 'x', { inside: root })).rejects.toThrow('the path leads outside the workspace');
    await expect(writeFileSafely(path.join(root, 'linked/new/x.sarif'), 'x', { inside: root, createDirectories: true })).rejects.toThrow('the path leads outside the workspace');
    await expect(writeFileSafely(path.join(root, '../x.sarif'), 'x', { inside: root })).rejects.toThrow('the path leads outside the workspace');
    expect(await readdir(outside)).toEqual(['precious.txt']);
    await mkdir(path.join(root, 'reports'));
    await writeFileSafely(path.join(root, 'reports/x.sarif'), 'x', { inside: root });
    expect(await readFile(path.join(root, 'reports/x.sarif'), 'utf8')).toBe('x');
  });
});
