import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../engine/helpers.js';
import { BROKEN_BRIEF, CLEAN_BRIEF, parseJsonReport, runMain } from './helpers.js';


const linted = (root: string, stdout: string) =>
  parseJsonReport(stdout).map((result) => path.relative(root, result.filePath).split(path.sep).join('/'));

describe('which files are linted', () => {
  const tree = {
    'README.md': CLEAN_BRIEF,
    'docs/a.md': CLEAN_BRIEF,
    'docs/b.markdown': CLEAN_BRIEF,
    'docs/notes.txt': BROKEN_BRIEF,
    'docs/build/out.md': BROKEN_BRIEF,
    'docs/drafts/wip.md': BROKEN_BRIEF,
    'docs/drafts/keep.md': CLEAN_BRIEF,
    'docs/.gitignore': 'build/\n',
    '.brieflintignore': 'docs/drafts/*\n!docs/drafts/keep.md\n',
    '.gitignore': 'private.md\n',
    'private.md': BROKEN_BRIEF,
    'node_modules/pkg/README.md': BROKEN_BRIEF,
  };

  it('walks directories for Markdown, honouring .gitignore (nested), .brieflintignore and node_modules', async () => {
    const root = await tempTree(tree);
    const run = await runMain(['.', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(linted(root, run.stdout)).toEqual(['README.md', 'docs/a.md', 'docs/b.markdown', 'docs/drafts/keep.md']);
  });

  it('expands globs and lints a named file whatever its extension, once', async () => {
    const root = await tempTree(tree);
    const run = await runMain(['docs/*.md', 'docs/**/*.markdown', 'docs/notes.txt', 'docs/a.md', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(linted(root, run.stdout)).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/notes.txt']);
  });

  it('warns about an ignored file that is named explicitly, as ESLint does', async () => {
    const root = await tempTree(tree);
    const run = await runMain(['private.md', 'node_modules/pkg/README.md', 'README.md', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    const results = parseJsonReport(run.stdout);
    expect(linted(root, run.stdout)).toEqual(['README.md', 'node_modules/pkg/README.md', 'private.md']);
    expect(results[2]!.messages).toEqual([
      { ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern (.gitignore). Use "--no-warn-ignored" to suppress this warning.', line: 1, column: 1 },
    ]);
    expect(results[1]!.messages[0]!.message).toContain('node_modules');
    const strict = await runMain(['private.md', '--max-warnings', '0'], { cwd: root });
    expect(strict.code).toBe(1);
  });

  it('shows paths relative to the working directory in the default format', async () => {
    const root = await tempTree({ 'docs/deep/broken.md': BROKEN_BRIEF });
    const run = await runMain(['docs'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(path.join('docs', 'deep', 'broken.md'));
  });
});
