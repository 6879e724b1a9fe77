import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { tempTree } from '../engine/helpers.js';
import { BROKEN_BRIEF, CLEAN_BRIEF, parseJsonReport, repoRoot, runCli, runMain } from './helpers.js';

const STACK_LINE = /\n\s+at /;

describe('brieflint --version and --help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runMain(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('lists every option and every rule with its default severity and description', async () => {
    const run = await runMain(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--stdin-filename', '--format', '--output-file', '--quiet', '--max-warnings', '--config', '--no-config', '--rule', '--locale', '--print-config', '--fix', '--fix-dry-run', '--fix-type', '--no-color', '--debug', '--verbose', '--report-unused-directives', '--report-unused-directives-severity', '--no-warn-ignored', '--no-error-on-unmatched-pattern']) {
      expect(run.stdout).toContain(option);
    }
    expect(builtinRules.length).toBeGreaterThan(0);
    for (const rule of builtinRules) {
      expect(run.stdout).toMatch(new RegExp(`\\n  ${rule.meta.id} +${rule.meta.defaultSeverity} +${rule.meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    }
    expect(run.stdout).toMatch(/\nExit codes: 0 no errors .*, 1 errors or too many warnings,\n {2}2 usage, configuration, I\/O or internal failure\.\n/);
  });

  it('exits 2 with commander\'s message for an unknown option or a bad value', async () => {
    const unknown = await runMain(['--bogus', 'a.md']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    const locale = await runMain(['--locale', 'xx', 'a.md']);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('Allowed choices are auto, en, nl, de, fr');
    const maxWarnings = await runMain(['--max-warnings', 'many', 'a.md']);
    expect(maxWarnings.code).toBe(2);
    expect(maxWarnings.stderr).toContain('--max-warnings');
  });
});

describe('exit codes', () => {
  it('is 0 for a clean brief and 1 for a brief with errors', async () => {
    const root = await tempTree({ 'clean.md': CLEAN_BRIEF, 'broken.md': BROKEN_BRIEF });
    const clean = await runCli(['clean.md'], { cwd: root });
    expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const broken = await runCli(['broken.md'], { cwd: root });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('broken.md');
    expect(broken.stdout).toMatch(/3:23\s+error\s+"100,00000" is not a valid number.*number-format/);
  });

  it('finds the errors of the example brief', async () => {
    const run = await runMain(['fixtures/investai-brief.md', '-f', 'json']);
    expect(run.code).toBe(1);
    const [result] = parseJsonReport(run.stdout);
    expect(result!.filePath).toBe(path.join(repoRoot, 'fixtures', 'investai-brief.md'));
    expect(result!.messages).toContainEqual(expect.objectContaining({ ruleId: 'number-format', line: 22 }));
  });

  it('is 2, naming the path, when a path does not exist, and still lints the others', async () => {
    const root = await tempTree({ 'broken.md': BROKEN_BRIEF });
    const run = await runCli(['missing.md', 'broken.md', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: cannot lint "missing.md": no such file or directory\n');
    const results = parseJsonReport(run.stdout);
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount])).toEqual([['broken.md', 1]]);
  });

  it('is 2 with a clear message when no files match', async () => {
    const root = await tempTree({ 'docs/notes.txt': 'x', 'node_modules/a.md': BROKEN_BRIEF });
    const run = await runMain(['docs', '.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('brieflint: no files to lint: "docs", "." matched no Markdown files (*.md, *.markdown) that are not ignored\n');
    const glob = await runMain(['**/*.markdown'], { cwd: root });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('cannot lint "**/*.markdown": no files match this pattern');
  });

  it('lints the current directory when no path is given', async () => {
    const root = await tempTree({ 'sub/broken.md': BROKEN_BRIEF });
    const run = await runMain([], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(path.join('sub', 'broken.md'));
  });

  it('is 2 for a file it cannot read, with a fatal message in the report', async () => {
    const root = await tempTree({ 'ok.md': CLEAN_BRIEF });
    // A socket stats as "not a directory" but cannot be read, even by root.
    const net = await import('node:net');
    const socketPath = path.join(root, 'socket.md');
    const server = net.createServer().listen(socketPath);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const run = await runMain(['socket.md', 'ok.md', '-f', 'json'], { cwd: root });
      expect(run.code).toBe(2);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
      const unreadable = results.find((result) => result.filePath === socketPath)!;
      expect(unreadable.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 })]);
      expect(String(unreadable.messages[0]!.message)).toMatch(/^Cannot read file: /);
      expect(results.find((result) => result.filePath.endsWith('ok.md'))!.messages).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('--debug', () => {
  it('prints a stack trace only under --debug', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.json': '{"rules": {"number-format": "loud"}}' });
    const plain = await runMain(['a.md'], { cwd: root });
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = await runMain(['a.md', '--debug'], { cwd: root });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.trimEnd());
  });
});
