import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, ignoredByConfig, readBriefFile } from '../../src/engine/files.js';
import { tempTree } from './helpers.js';

const relativeTo = (root: string, files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

describe('expandPaths', () => {
  it('walks directories for *.md and *.markdown only, skipping node_modules and .git', async () => {
    const root = await tempTree({
      'a.md': '',
      'B.MD': '',
      'docs/c.markdown': '',
      'docs/notes.txt': '',
      'node_modules/pkg/readme.md': '',
      'docs/node_modules/x.md': '',
      '.git/info.md': '',
      '.hidden/d.md': '',
    });
    const { files, errors, ignored } = await expandPaths(['.'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['.hidden/d.md', 'B.MD', 'a.md', 'docs/c.markdown']);
    expect(errors).toEqual([]);
    expect(ignored).toEqual([]);
  });

  it('lints a named file of any extension, deduplicates and sorts', async () => {
    const root = await tempTree({ 'z.md': '', 'notes.txt': '', 'sub/y.md': '' });
    const { files } = await expandPaths(['z.md', 'notes.txt', 'sub', 'sub/y.md', './z.md', path.join(root, 'z.md')], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['notes.txt', 'sub/y.md', 'z.md']);
  });

  it('applies nested .gitignore and .brieflintignore like git, including re-includes', async () => {
    const root = await tempTree({
      '.gitignore': 'build/\n*.draft.md\n',
      '.brieflintignore': 'archive/**\n',
      'build/out.md': '',
      'a.draft.md': '',
      'a.md': '',
      'archive/old.md': '',
      'team/.gitignore': '!keep.draft.md\nlocal.md\n',
      'team/keep.draft.md': '',
      'team/other.draft.md': '',
      'team/local.md': '',
      'local.md': '',
    });
    const { files } = await expandPaths(['.'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['a.md', 'local.md', 'team/keep.draft.md']);
  });

  it('reports explicitly named ignored files separately, with the ignore source', async () => {
    const root = await tempTree({ '.gitignore': 'build/\n', 'build/out.md': '', 'node_modules/m.md': '', 'sub/.brieflintignore': 'x.md\n', 'sub/x.md': '' });
    const { files, ignored } = await expandPaths(['build/out.md', 'node_modules/m.md', 'sub/x.md'], { cwd: root });
    expect(files).toEqual([]);
    expect(ignored.map((entry) => [path.relative(root, entry.filePath).split(path.sep).join('/'), entry.reason])).toEqual([
      ['build/out.md', '.gitignore'],
      ['node_modules/m.md', 'node_modules'],
      ['sub/x.md', 'sub/.brieflintignore'.split('/').join(path.sep)],
    ]);
  });

  it('expands globs (any extension the glob names), minus ignored files', async () => {
    const root = await tempTree({ '.gitignore': 'secret.md\n', 'docs/a.md': '', 'docs/deep/b.md': '', 'docs/c.txt': '', 'secret.md': '', 'node_modules/n.md': '' });
    const { files, errors } = await expandPaths(['docs/**/*.md', '*.md', 'docs/*.txt', '**/n.md'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['docs/a.md', 'docs/c.txt', 'docs/deep/b.md']);
    // "**/n.md" only matches inside node_modules: nothing matched, so it is named.
    expect(errors).toEqual([{ path: '**/n.md', message: 'cannot lint "**/n.md": no files match this pattern', unmatched: true }]);
  });

  it('names each missing path and keeps the others', async () => {
    const root = await tempTree({ 'a.md': '' });
    const { files, errors } = await expandPaths(['nope.md', 'a.md', 'gone/'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['a.md']);
    expect(errors.map((error) => error.message)).toEqual([
      'cannot lint "nope.md": no such file or directory',
      'cannot lint "gone/": no such file or directory',
    ]);
  });

  it('honours an extra ignore source for files and directories', async () => {
    const root = await tempTree({ 'a.md': '', 'skip/b.md': '', 'c.md': '' });
    const seen: string[] = [];
    const { files, ignored } = await expandPaths(['.', 'c.md'], {
      cwd: root,
      extraIgnore: async (absolutePath, isDirectory) => {
        seen.push(`${path.basename(absolutePath)}${isDirectory ? '/' : ''}`);
        return path.basename(absolutePath) === 'skip' || path.basename(absolutePath) === 'c.md' ? 'config' : undefined;
      },
    });
    expect(relativeTo(root, files)).toEqual(['a.md']);
    expect(ignored.map((entry) => entry.reason)).toEqual(['config']);
    expect(seen).toContain('skip/');
    expect(seen).not.toContain('b.md');
  });

  it('lets errors of the extra ignore source (bad config) through instead of calling the path unreadable', async () => {
    const root = await tempTree({ 'sub/a.md': '' });
    const failing = async () => {
      throw new Error('bad config');
    };
    await expect(expandPaths(['.'], { cwd: root, extraIgnore: failing })).rejects.toThrow('bad config');
  });

  it('survives a symlink loop', async () => {
    const root = await tempTree({ 'a/x.md': '' });
    await symlink(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    const { files } = await expandPaths(['.'], { cwd: root });
    expect(relativeTo(root, files)).toEqual(['a/x.md']);
  });
});

describe('ignoredByConfig', () => {
  it('matches gitignore-style patterns relative to the config directory', () => {
    const config = { baseDir: '/repo', ignores: ['drafts/', '*.tmp.md', '!keep.tmp.md'] };
    expect(ignoredByConfig(config, '/repo/drafts', true)).toBe(true);
    expect(ignoredByConfig(config, '/repo/drafts', false)).toBe(false);
    expect(ignoredByConfig(config, '/repo/x/a.tmp.md', false)).toBe(true);
    expect(ignoredByConfig(config, '/repo/keep.tmp.md', false)).toBe(false);
    expect(ignoredByConfig(config, '/elsewhere/a.tmp.md', false)).toBe(false);
  });
});

describe('readBriefFile', () => {
  it('reads UTF-8 and turns failures into a message', async () => {
    const root = await tempTree({ 'a.md': '€ 5\n' });
    expect(await readBriefFile(path.join(root, 'a.md'))).toEqual({ text: '€ 5\n' });
    expect(await readBriefFile(path.join(root, 'missing.md'))).toEqual({ error: 'Cannot read file: no such file or directory' });
    expect(await readBriefFile(root)).toEqual({ error: 'Cannot read file: is a directory' });
  });
});
