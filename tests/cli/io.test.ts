import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../engine/helpers.js';
import { BROKEN_BRIEF, CLEAN_BRIEF, parseJsonReport, runCli, runMain, runShell } from './helpers.js';


const ANSI = /\u001b\[\d+(;\d+)*m/;
/** Many malformed figures, so the JSON report is far larger than a pipe buffer (64 KiB). */
const MANY_PROBLEMS = Array.from({ length: 600 }, (_, index) => `Line ${index}: 100,00000 chips.\n\n`).join('');

describe('standard input', () => {
  it('reads "-" as <text> without a file name', async () => {
    const run = await runCli(['-', '-f', 'json'], { input: BROKEN_BRIEF });
    expect(run.code).toBe(1);
    const [result] = parseJsonReport(run.stdout);
    expect(result!.filePath).toBe('<text>');
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual([['number-format', 3]]);
  });

  it('uses --stdin-filename for the path, config and overrides', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{"overrides": [{"files": ["drafts/**"], "rules": {"number-format": "warn"}}]}' });
    const run = await runMain(['--stdin', '--stdin-filename', 'drafts/brief.md', '-f', 'json'], { cwd: root, input: BROKEN_BRIEF });
    expect(run.code).toBe(0);
    const [result] = parseJsonReport(run.stdout);
    expect(result!.filePath).toBe(path.join(root, 'drafts', 'brief.md'));
    expect(result!.warningCount).toBe(1);
    const clean = await runMain(['--stdin'], { cwd: root, input: CLEAN_BRIEF });
    expect(clean).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses --stdin-filename without --stdin, and stdin mixed with paths', async () => {
    const alone = await runMain(['--stdin-filename', 'a.md', 'a.md']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('brieflint: --stdin-filename needs --stdin (or -)\n');
    const mixed = await runMain(['-', 'a.md'], { input: CLEAN_BRIEF });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('standard input cannot be combined with paths');
  });
});

describe('output', () => {
  it('writes the report to --output-file, creating directories, and nothing to stdout', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    const run = await runMain(['a.md', '-f', 'json', '-o', 'reports/deep/out.json'], { cwd: root });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    const written = parseJsonReport(await readFile(path.join(root, 'reports/deep/out.json'), 'utf8'));
    expect(written[0]!.errorCount).toBe(1);
  });

  it('exits 2 when the output file cannot be written', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, 'taken': 'a file, not a directory' });
    const run = await runMain(['a.md', '-o', 'taken/out.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: cannot write output file "taken/out.txt": a part of the path is not a directory\n');
  });

  it('rejects an unknown format with exit 2', async () => {
    const run = await runMain(['fixtures/clean-brief.md', '-f', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: unknown format "xml" (choose one of stylish, json, sarif, github, html)\n');
  });

  it('selects the formatter with -f', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    // Through the built CLI: each formatter is a module of the bundle, initialised only when asked for.
    const github = await runCli(['a.md', '-f', 'github'], { cwd: root });
    expect(github.stdout).toMatch(/^::error file=.*a\.md,line=3,col=23,endLine=3,endColumn=32,title=number-format::/m);
    const sarif = JSON.parse((await runMain(['a.md', '-f', 'sarif'], { cwd: root })).stdout) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('does not cut large output written to a pipe', async () => {
    const root = await tempTree({ 'many.md': MANY_PROBLEMS });
    const toFile = await runMain(['many.md', '-f', 'json', '-o', 'report.json'], { cwd: root });
    expect(toFile.code).toBe(1);
    const expected = await readFile(path.join(root, 'report.json'), 'utf8');
    expect(expected.length).toBeGreaterThan(100_000);
    const piped = await runShell('brieflint many.md -f json | cat', { cwd: root });
    expect(piped.stdout.length).toBe(expected.length);
    expect(piped.stdout === expected).toBe(true);
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const root = await tempTree({ 'many.md': MANY_PROBLEMS });
    const run = await runShell('brieflint many.md -f json 2>stderr.txt | head -c 10; echo " status=${PIPESTATUS[0]}"', { cwd: root });
    expect(run.stdout).toBe('[{"filePat status=1\n');
    expect(await readFile(path.join(root, 'stderr.txt'), 'utf8')).toBe('');
  });
});

describe('--quiet and --max-warnings', () => {
  const warnBrief = { 'a.md': BROKEN_BRIEF, '.brieflintrc.json': '{"rules": {"number-format": "warn"}}' };

  it('passes warnings when there is no limit, fails above --max-warnings', async () => {
    const root = await tempTree(warnBrief);
    const unlimited = await runMain(['a.md'], { cwd: root });
    expect(unlimited.code).toBe(0);
    expect(unlimited.stdout).toMatch(/warning\s+"100,00000"/);
    const zero = await runMain(['a.md', '--max-warnings', '0'], { cwd: root });
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe('brieflint found too many warnings (maximum: 0).\n');
    const one = await runMain(['a.md', '--max-warnings', '1'], { cwd: root });
    expect(one).toMatchObject({ code: 0, stderr: '' });
  });

  it('--quiet reports errors only', async () => {
    const root = await tempTree({ ...warnBrief, 'b.md': BROKEN_BRIEF, '.brieflintrc.json': '{"overrides": [{"files": ["a.md"], "rules": {"number-format": "warn"}}]}' });
    const run = await runMain(['.', '--quiet', '-f', 'json', '--max-warnings', '0'], { cwd: root });
    expect(run.code).toBe(1);
    // As ESLint's getErrorResults: a file left without errors is left out.
    expect(parseJsonReport(run.stdout).map((result) => [path.basename(result.filePath), result.messages.length, result.warningCount])).toEqual([
      ['b.md', 1, 0],
    ]);
    expect(run.stderr).toBe('');
    // As ESLint 9: --quiet hides warnings, but --max-warnings still counts them (a quiet CI gate).
    const onlyWarnings = await runMain(['a.md', '--quiet', '--max-warnings', '0'], { cwd: root });
    expect(onlyWarnings).toMatchObject({ code: 1, stdout: '', stderr: 'brieflint found too many warnings (maximum: 0).\n' });
    const quietOnly = await runMain(['a.md', '--quiet'], { cwd: root });
    expect(quietOnly).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});

describe('colour and --verbose', () => {
  it('colours only when asked or forced, never for a pipe by default', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    expect((await runCli(['a.md'], { cwd: root })).stdout).not.toMatch(ANSI);
    expect((await runMain(['a.md', '--color'], { cwd: root })).stdout).toMatch(ANSI);
    expect((await runCli(['a.md'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runMain(['a.md', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runMain(['a.md', '--color'], { cwd: root, env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('shows the source line under --verbose', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF });
    expect((await runMain(['a.md'], { cwd: root })).stdout).not.toContain('The gigafactories get');
    expect((await runMain(['a.md', '--verbose'], { cwd: root })).stdout).toContain('The gigafactories get 100,00000 chips each.');
  });
});

describe('--report-unused-directives', () => {
  it('reports a directive that silenced nothing only when asked', async () => {
    const root = await tempTree({ 'a.md': `<!-- brieflint-disable-next-line number-format -->\n${CLEAN_BRIEF}` });
    expect((await runMain(['a.md'], { cwd: root })).code).toBe(0);
    const asError = await runMain(['a.md', '--report-unused-directives', '-f', 'json'], { cwd: root });
    expect(asError.code).toBe(1);
    expect(parseJsonReport(asError.stdout)[0]!.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, line: 1, message: expect.stringContaining('Unused brieflint-disable-next-line') })]);
    const asWarning = await runMain(['a.md', '--report-unused-directives-severity', 'warn', '-f', 'json'], { cwd: root });
    expect(asWarning.code).toBe(0);
    expect(parseJsonReport(asWarning.stdout)[0]!.warningCount).toBe(1);
    const off = await runMain(['a.md', '--report-unused-directives-severity', 'off'], { cwd: root });
    expect(off).toMatchObject({ code: 0, stdout: '' });
    const bad = await runMain(['a.md', '--report-unused-directives-severity', 'loud'], { cwd: root });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('brieflint: --report-unused-directives-severity: expected "off" | "warn" | "error", got "loud"\n');
    const both = await runMain(['a.md', '--report-unused-directives', '--report-unused-directives-severity', 'warn'], { cwd: root });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be used together');
  });

  it('is a plain switch: the path after it is linted, not taken as its value', async () => {
    const root = await tempTree({ 'a.md': `<!-- brieflint-disable-next-line number-format -->\n${CLEAN_BRIEF}` });
    const run = await runMain(['--report-unused-directives', 'a.md', '-f', 'json'], { cwd: root });
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(parseJsonReport(run.stdout)[0]!.errorCount).toBe(1);
  });
});
