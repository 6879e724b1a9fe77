/**
 * Behaviour an ESLint user relies on at the edges: option combinations ESLint refuses, odd files on
 * disk (FIFOs, symlink loops), and the exact JSON key order. The cases run main() in-process; a FIFO
 * is read by the built CLI in its own process, where a blocking open would hang that process, not the runner.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../engine/helpers.js';
import { BROKEN_BRIEF, CLEAN_BRIEF, parseJsonReport, runCli, runMain } from './helpers.js';

const WARN_CONFIG = '{"rules": {"number-format": "warn"}}';

describe('--print-config', () => {
  it('refuses other paths and standard input, as ESLint does', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, 'b.md': CLEAN_BRIEF });
    const withPaths = await runMain(['--print-config', 'a.md', 'b.md'], { cwd: root });
    expect(withPaths).toMatchObject({ code: 2, stdout: '' });
    expect(withPaths.stderr).toBe('brieflint: --print-config must be used with exactly one file name (and no other paths)\n');
    const withStdin = await runMain(['--print-config', 'a.md', '--stdin'], { cwd: root, input: CLEAN_BRIEF });
    expect(withStdin).toMatchObject({ code: 2, stdout: '' });
    expect(withStdin.stderr).toBe('brieflint: --print-config is not available for standard input\n');
  });
});

describe('--max-warnings', () => {
  it('says "too many warnings" only when no error already explains exit 1', async () => {
    const root = await tempTree({
      'warn/a.md': BROKEN_BRIEF,
      'warn/.brieflintrc.json': WARN_CONFIG,
      'error.md': BROKEN_BRIEF,
    });
    const both = await runMain(['warn/a.md', 'error.md', '--max-warnings', '0'], { cwd: root });
    expect(both).toMatchObject({ code: 1, stderr: '' });
    const warningsOnly = await runMain(['warn/a.md', '--max-warnings', '0'], { cwd: root });
    expect(warningsOnly).toMatchObject({ code: 1, stderr: 'brieflint found too many warnings (maximum: 0).\n' });
  });
});

describe('--rule', () => {
  it('rejects an empty value instead of ignoring it', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    const run = await runMain(['--rule', '', 'a.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('brieflint: Invalid --rule \'\': expected "rule-id: severity"\n');
  });

  it('tells a syntax error in the flag by its column, without calling the JSON the user typed YAML', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    const run = await runMain(['--rule', '{"number-format": ', 'a.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^brieflint: Invalid --rule '\{"number-format": ': [^\n]+ \(at column 19\)\n$/);
  });
});

describe('config files', () => {
  it('names a JSON syntax error as file:line:column, like a YAML one', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.json': '{\n  "rules": {"number-format": "warn"}\n' });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^brieflint: Invalid JSON in \.brieflintrc\.json:3:1: [^\n]+\n$/);
    expect(run.stderr).not.toContain('position');
  });

  it('accepts // and /* */ comments in JSON config files, as ESLint did in .eslintrc.json', async () => {
    const root = await tempTree({
      'a.md': BROKEN_BRIEF,
      '.brieflintrc.json': '{\n  // drafts are noisy\n  "rules": {"number-format": "warn"} /* until May */\n}\n',
    });
    const run = await runMain(['a.md', '-f', 'json'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(parseJsonReport(run.stdout)[0]!.warningCount).toBe(1);
    // package.json stays strict JSON: npm reads it too.
    const npm = await tempTree({ 'a.md': CLEAN_BRIEF, 'package.json': '{"brieflint": {} // no\n}' });
    expect((await runMain(['a.md'], { cwd: npm })).code).toBe(2);
  });

  it('suggests the key meant by a misspelt config key or rule option', async () => {
    const root = await tempTree({
      'a.md': CLEAN_BRIEF,
      '.brieflintrc.json': '{"rulez": {}, "overrides": [{"files": ["*.md"], "rules": {"number-format": ["warn", {"allowlakh": true}]}}]}',
    });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('brieflint: Invalid config in .brieflintrc.json: unknown key "rulez" (did you mean "rules"?)\n');
    const options = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.json': '{"rules": {"number-format": ["warn", {"allowlakh": true}]}}' });
    expect((await runMain(['a.md'], { cwd: options })).stderr).toBe(
      'brieflint: Invalid config in .brieflintrc.json: rules.number-format[1]: unknown key "allowlakh" (did you mean "allowLakh"?)\n',
    );
  });
});

describe('paths', () => {
  it('leaves out what a "!pattern" matches, as markdownlint-cli2 does', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF, 'drafts/b.md': BROKEN_BRIEF, 'drafts/deep/c.md': BROKEN_BRIEF, 'docs/d.md': BROKEN_BRIEF });
    const names = async (args: string[]) =>
      parseJsonReport((await runMain([...args, '-f', 'json'], { cwd: root })).stdout).map((result) =>
        path.relative(root, result.filePath).split(path.sep).join('/'),
      );
    expect(await names(['**/*.md', '!drafts'])).toEqual(['a.md', 'docs/d.md']);
    expect(await names(['.', '!**/c.md', '!docs/'])).toEqual(['a.md', 'drafts/b.md']);
    // Only negations: the current directory minus them, as a bare `brieflint` lints it.
    expect(await names(['!drafts/**', '!a.md'])).toEqual(['docs/d.md']);
    const none = await runMain(['drafts', '!drafts'], { cwd: root });
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('no files to lint');
  });
});

describe('empty paths and --quiet', () => {
  it('refuses an empty path (an unset variable in a script) instead of linting the whole directory', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, 'docs/b.md': BROKEN_BRIEF });
    const run = await runMain(['', 'a.md'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'brieflint: cannot lint "": an empty path names no file\n' });
    for (const option of ['--stdin-filename', '--config', '--print-config', '--output-file']) {
      const empty = await runMain(['--stdin', option, ''], { cwd: root, input: CLEAN_BRIEF });
      expect(empty).toMatchObject({ code: 2, stdout: '', stderr: `brieflint: ${option} needs a file name, got ""\n` });
    }
  });

  it('drops suppressed warnings too under --quiet, as ESLint does', async () => {
    const brief = `<!-- brieflint-disable-next-line number-format -- quoted -->\n${BROKEN_BRIEF.replace('# Chips\n\n', '')}`;
    const root = await tempTree({ 'a.md': brief, '.brieflintrc.json': WARN_CONFIG });
    const resultsOf = async (args: string[]) =>
      JSON.parse((await runMain(['a.md', '-f', 'json', ...args], { cwd: root })).stdout) as Array<{ suppressedMessages: unknown[] }>;
    expect((await resultsOf([]))[0]?.suppressedMessages).toHaveLength(1);
    // Under --quiet the file has no error left, so (as ESLint's getErrorResults) it is left out altogether.
    expect(await resultsOf(['--quiet'])).toEqual([]);
  });
});

describe('--no-warn-ignored', () => {
  it('leaves a named but ignored file out instead of warning, so a hook with --max-warnings 0 passes', async () => {
    const root = await tempTree({ 'drafts/x.md': BROKEN_BRIEF, 'a.md': CLEAN_BRIEF, '.brieflintignore': 'drafts/\n' });
    const warned = await runMain(['drafts/x.md', 'a.md', '--max-warnings', '0'], { cwd: root });
    expect(warned.code).toBe(1);
    const quiet = await runMain(['drafts/x.md', 'a.md', '--max-warnings', '0', '--no-warn-ignored', '-f', 'json'], { cwd: root });
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect(parseJsonReport(quiet.stdout).map((result) => path.basename(result.filePath))).toEqual(['a.md']);
    // Only ignored files named: nothing to report, and not "no files to lint" either.
    expect(await runMain(['drafts/x.md', '--no-warn-ignored'], { cwd: root })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const stdin = await runMain(['--stdin', '--stdin-filename', 'drafts/x.md', '--no-warn-ignored'], { cwd: root, input: BROKEN_BRIEF });
    expect(stdin).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('drops paths and globs that match nothing, as ESLint does; nothing left is exit 0', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF, 'empty/notes.txt': 'x' });
    const some = await runMain(['--no-error-on-unmatched-pattern', 'docs/**/*.md', 'missing.md', 'a.md', '-f', 'json'], { cwd: root });
    expect(some).toMatchObject({ code: 1, stderr: '' });
    expect(parseJsonReport(some.stdout).map((result) => path.basename(result.filePath))).toEqual(['a.md']);
    const none = await runMain(['--no-error-on-unmatched-pattern', 'docs/**/*.md', 'empty', '-f', 'json'], { cwd: root });
    expect(none).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
    // Without the flag, both are still errors.
    expect((await runMain(['docs/**/*.md', 'a.md'], { cwd: root })).code).toBe(2);
  });
});

describe('ignore files in a repository', () => {
  it('applies the root .gitignore when run from a subdirectory, as git does', async () => {
    const root = await tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'drafts/\n', 'docs/a.md': BROKEN_BRIEF, 'docs/drafts/x.md': BROKEN_BRIEF });
    const docs = path.join(root, 'docs');
    const walked = await runMain(['.', '-f', 'json'], { cwd: docs });
    expect(parseJsonReport(walked.stdout).map((result) => path.relative(docs, result.filePath))).toEqual(['a.md']);
    const named = await runMain(['drafts/x.md', '-f', 'json'], { cwd: docs });
    expect(named.code).toBe(0);
    expect(parseJsonReport(named.stdout)[0]!.messages[0]!.message).toMatch(/^File ignored because of a matching ignore pattern/);
  });
});

describe('odd files on disk', () => {
  it('does not wait on a FIFO named on the command line: a fatal message, exit 2', async () => {
    const root = await tempTree({ 'ok.md': BROKEN_BRIEF });
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    const run = await runCli(['pipe.md', 'ok.md', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(2);
    const results = parseJsonReport(run.stdout);
    expect(results.map((result) => [path.basename(result.filePath), result.messages[0]?.message])).toEqual([
      ['ok.md', expect.stringContaining('100,00000')],
      ['pipe.md', 'Cannot read file: not a regular file'],
    ]);
    // A FIFO found by walking or by a glob is not Markdown on disk: skipped, never opened.
    expect((await runCli(['.'], { cwd: root })).code).toBe(1);
    expect((await runCli(['*.md'], { cwd: root })).code).toBe(1);
    // Three cold runs of the command: 4 s on a loaded machine alone, past 20 s with the whole suite
    // beside it at load 30. The bound only catches a hang (a FIFO opened and waited on forever).
  }, 90_000);

  it('walks a directory symlink loop once, and names a symlink that points at itself in plain words', async () => {
    const root = await tempTree({ 'docs/a.md': BROKEN_BRIEF });
    await symlink('..', path.join(root, 'docs', 'up'));
    await symlink('self.md', path.join(root, 'self.md'));
    const walk = await runMain(['docs', '-f', 'json'], { cwd: root });
    expect(walk.code).toBe(1);
    expect(parseJsonReport(walk.stdout).every((result) => result.filePath.endsWith('a.md'))).toBe(true);
    const loop = await runMain(['self.md', 'docs/a.md'], { cwd: root });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('brieflint: cannot lint "self.md": too many levels of symbolic links\n');
  }, 20_000);

  it('names the output file that is a directory, without Node\'s error codes', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF });
    await mkdir(path.join(root, 'reports'));
    const run = await runMain(['a.md', '-o', 'reports'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'brieflint: cannot write output file "reports": is a directory\n' });
  });
});

describe('--format json', () => {
  it('orders each result\'s keys as ESLint does (source before usedDeprecatedRules)', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF, 'b.md': CLEAN_BRIEF });
    const run = await runMain(['.', '-f', 'json'], { cwd: root });
    const [broken, clean] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    const counts = ['errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'];
    expect(Object.keys(broken!)).toEqual(['filePath', 'messages', 'suppressedMessages', ...counts, 'source', 'usedDeprecatedRules']);
    expect(Object.keys(clean!)).toEqual(['filePath', 'messages', 'suppressedMessages', ...counts, 'usedDeprecatedRules']);
  });
});

describe('--format sarif', () => {
  it('keeps an ignored file and an unused directive as notices at their own level; only a fatal fails the run', async () => {
    const root = await tempTree({
      'a.md': `<!-- brieflint-disable-next-line number-format -->\n${CLEAN_BRIEF}`,
      'skip.md': CLEAN_BRIEF,
      '.brieflintignore': 'skip.md\n',
    });
    type Invocation = { executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; descriptor: { id: string } }> };
    const invocationOf = (stdout: string) => (JSON.parse(stdout) as { runs: Array<{ invocations: Invocation[] }> }).runs[0]!.invocations[0]!;
    const notices = await runMain(['a.md', 'skip.md', '--report-unused-directives-severity', 'warn', '-f', 'sarif'], { cwd: root });
    expect(notices.code).toBe(0);
    expect(invocationOf(notices.stdout)).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        expect.objectContaining({ level: 'warning', descriptor: { id: 'brieflint/notice' } }),
        expect.objectContaining({ level: 'warning', descriptor: { id: 'brieflint/notice' } }),
      ],
    });
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    const fatal = await runCli(['pipe.md', '-f', 'sarif'], { cwd: root });
    expect(fatal.code).toBe(2);
    expect(invocationOf(fatal.stdout)).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [expect.objectContaining({ level: 'error', descriptor: { id: 'brieflint/fatal' } })],
    });
  });
});
