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
    const linkedFolder = 'the folder "linked" on its path is a symbolic link (brieflint does not write through one)';
    await expect(writeFileSafely(path.join(root, 'linked/x.sarif'), 'x', { workspace: root, confined: true })).rejects.toThrow(linkedFolder);
    await expect(writeFileSafely(path.join(root, 'linked/new/x.sarif'), 'x', { workspace: root, confined: true, createDirectories: true })).rejects.toThrow(linkedFolder);
    await expect(writeFileSafely(path.join(root, '../x.sarif'), 'x', { workspace: root, confined: true })).rejects.toThrow('the path leads outside the workspace');
    expect(await readdir(outside)).toEqual(['precious.txt']);
    await mkdir(path.join(root, 'reports'));
    await writeFileSafely(path.join(root, 'reports/x.sarif'), 'x', { workspace: root, confined: true });
    expect(await readFile(path.join(root, 'reports/x.sarif'), 'utf8')).toBe('x');
  });

  it('refuses a linked folder anywhere below the workspace, even one pointing inside it; a path written outside is the caller\'s', async () => {
    await mkdir(path.join(root, 'd/real'), { recursive: true });
    await symlink(path.join(root, 'd/real'), path.join(root, 'd/alias'));
    await symlink(outside, path.join(root, 'd/real/out'));
    await expect(writeFileSafely(path.join(root, 'd/alias/x.txt'), 'x', { workspace: root })).rejects.toThrow('the folder "d/alias" on its path is a symbolic link');
    await expect(writeFileSafely(path.join(root, 'd/real/out/deeper/x.txt'), 'x', { workspace: root, createDirectories: true })).rejects.toThrow('the folder "d/real/out" on its path is a symbolic link');
    await writeFile(path.join(root, 'd/file'), '');
    await expect(writeFileSafely(path.join(root, 'd/file/x.txt'), 'x', { workspace: root })).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readdir(outside)).toEqual(['precious.txt']);
    await writeFileSafely(path.join(outside, 'report.txt'), 'x', { workspace: root });
    expect(await readFile(path.join(outside, 'report.txt'), 'utf8')).toBe('x');
  });
});

describe('every write a run makes stays out of linked folders', () => {
  beforeEach(async () => {
    await mkdir(path.join(root, 'd'));
    await symlink(outside, path.join(root, 'd/link'));
  });

  it('--output-file through a linked folder is refused', async () => {
    for (const format of ['json', 'html', 'sarif']) {
      const run = await runMain(['--no-config', '-f', format, '-o', 'd/link/x.txt', 'brief.md'], { cwd: root });
      expect(run.code, format).toBe(2);
      expect(run.stderr).toBe('brieflint: cannot write output file "d/link/x.txt": the folder "d/link" on its path is a symbolic link (brieflint does not write through one)\n');
    }
    expect(await readdir(outside)).toEqual(['precious.txt']);
  });

  it('--cache-location through a linked folder is not written (a warning), and the report still stands', async () => {
    const run = await runMain(['--no-config', '--cache', '--concurrency', 'off', '--cache-location', 'd/link', 'brief.md'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('number-format');
    expect(run.stderr).toContain('the folder "d/link" on its path is a symbolic link');
    expect(await readdir(outside)).toEqual(['precious.txt']);
  });

  it('--fix does not write a brief reached through a folder linked out of the repository', async () => {
    await writeFile(path.join(outside, 'brief.md'), 'We bought 100,00000 chips.\n');
    const run = await runMain(['--no-config', '--fix', 'd/link/brief.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(await readFile(path.join(outside, 'brief.md'), 'utf8')).toBe('We bought 100,00000 chips.\n');
  });
});
