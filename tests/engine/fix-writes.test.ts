/**
 * Writes of --fix that lose nothing (issue 19): a save between the check and the rename, hard links,
 * owner and mode, read-only files, a brief reachable by two paths, temporary files of a killed run.
 */
import { chmod, chown, link, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandPaths, writeFixedFile } from '../../src/engine/files.js';
import { removeStaleTemporaries } from '../../src/engine/safe-write.js';

const made: string[] = [];
async function directory(): Promise<string> {
  const made_ = await mkdtemp(path.join(os.tmpdir(), 'brieflint-writes-'));
  made.push(made_);
  return made_;
}
afterEach(async () => {
  for (const entry of made.splice(0)) await rm(entry, { recursive: true, force: true });
});

describe('writeFixedFile', () => {
  it('reports, and keeps the editor\'s text, when the file is saved after the fix is written out', async () => {
    const root = await directory();
    const file = path.join(root, 'brief.md');
    await writeFile(file, 'old');
    const result = await writeFixedFile(file, 'old', 'fixed', () => writeFile(file, 'saved by the editor'));
    expect(result).toEqual({ error: 'not fixed: the file changed on disk since it was read' });
    expect(await readFile(file, 'utf8')).toBe('saved by the editor');
    // No temporary file is left behind.
    expect(await readdir(root)).toEqual(['brief.md']);
  });

  it('keeps hard links: every name of the file shows the fix', async () => {
    const root = await directory();
    const file = path.join(root, 'brief.md');
    await writeFile(file, 'old');
    await link(file, path.join(root, 'same.md'));
    expect(await writeFixedFile(file, 'old', 'new')).toBeUndefined();
    expect(await readFile(path.join(root, 'same.md'), 'utf8')).toBe('new');
    expect((await stat(file)).nlink).toBe(2);
  });

  it('checks a hard-linked file in place too', async () => {
    const root = await directory();
    const file = path.join(root, 'brief.md');
    await writeFile(file, 'old');
    await link(file, path.join(root, 'same.md'));
    expect(await writeFixedFile(file, 'old', 'new', () => writeFile(file, 'saved'))).toEqual({ error: 'not fixed: the file changed on disk since it was read' });
    expect(await readFile(file, 'utf8')).toBe('saved');
  });

  it('refuses a read-only file and leaves it as it is', async () => {
    const root = await directory();
    const file = path.join(root, 'brief.md');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    expect(await writeFixedFile(file, 'old', 'new')).toEqual({ error: 'not fixed: the file is read-only' });
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and the mode of a file brieflint (as root) does not own', async () => {
    const root = await directory();
    const file = path.join(root, 'brief.md');
    await writeFile(file, 'old');
    await chown(file, 65534, 65534);
    await chmod(file, 0o640);
    expect(await writeFixedFile(file, 'old', 'new')).toBeUndefined();
    const stats = await stat(file);
    expect([stats.uid, stats.gid, stats.mode & 0o777]).toEqual([65534, 65534, 0o640]);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('fixes a symbolic link\'s target and keeps the link', async () => {
    const root = await directory();
    await writeFile(path.join(root, 'brief.md'), 'old');
    await symlink('brief.md', path.join(root, 'alias.md'));
    expect(await writeFixedFile(path.join(root, 'alias.md'), 'old', 'new')).toBeUndefined();
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toBe('new');
    expect((await readdir(root)).sort()).toEqual(['alias.md', 'brief.md']);
  });
});

describe('a brief reachable by two paths', () => {
  it('is linted (and fixed) once, under its first path', async () => {
    const root = await directory();
    await writeFile(path.join(root, 'brief.md'), 'text');
    await symlink('brief.md', path.join(root, 'alias.md'));
    const { files } = await expandPaths(['.', 'brief.md'], { cwd: root });
    expect(files).toEqual([path.join(root, 'alias.md')]);
  });
});

/** A process id no process has now. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as { code?: string }).code === 'ESRCH') return pid;
    }
  }
}

describe('temporary files of a killed run', () => {
  it('are removed when their process is gone, and only then', async () => {
    const root = await directory();
    const dead = `.brief.md.brieflint-${deadPid()}-a1b2c3.tmp`;
    const ours = `.brief.md.brieflint-${process.pid}-a1b2c3.tmp`;
    const running = `.brief.md.brieflint-${process.ppid}-a1b2c3.tmp`;
    for (const name of ['brief.md', dead, ours, running, '.notes.tmp']) await writeFile(path.join(root, name), 'x');
    expect(await removeStaleTemporaries(root)).toBe(1);
    expect((await readdir(root)).sort()).toEqual([ours, running, '.notes.tmp', 'brief.md'].sort());
  });
});
