import { chmod, copyFile, mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../engine/helpers.js';
import { parseJsonReport, repoRoot, runCli, runMain } from './helpers.js';

const STYLE_SLIP = 'Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.\n';
const STYLE_FIXED = 'Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.\n';

describe('--fix', () => {
  it('writes the fixed file, keeps its mode, and reports what is left', async () => {
    const root = await tempTree({ 'brief.md': STYLE_SLIP, 'clean.md': 'Nothing to fix here.\n' });
    await chmod(path.join(root, 'brief.md'), 0o600);
    const run = await runMain(['--fix', '--no-config', '.'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toBe(STYLE_FIXED);
    expect((await stat(path.join(root, 'brief.md'))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(root, 'clean.md'), 'utf8')).toBe('Nothing to fix here.\n');
    // No temporary file is left beside it.
    expect((await readdir(root)).sort()).toEqual(['brief.md', 'clean.md']);
  });

  it('keeps CRLF line ends and the BOM', async () => {
    const root = await tempTree({ 'brief.md': `\uFEFF# Title\r\n\r\n${STYLE_SLIP.replace('\n', '\r\n')}` });
    await runMain(['--fix', '--no-config', 'brief.md'], { cwd: root });
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toBe(`\uFEFF# Title\r\n\r\n${STYLE_FIXED.replace('\n', '\r\n')}`);
  });

  it('gives ESLint\'s JSON: output, and fixable counts before fixing', async () => {
    const root = await tempTree({ 'brief.md': STYLE_SLIP });
    const dry = parseJsonReport((await runMain(['--fix-dry-run', '--no-config', '-f', 'json', 'brief.md'], { cwd: root })).stdout);
    expect(dry[0]).toMatchObject({ messages: [], output: STYLE_FIXED, fixableWarningCount: 0 });
    expect(dry[0]).not.toHaveProperty('source');
    const plain = parseJsonReport((await runMain(['--no-config', '-f', 'json', 'brief.md'], { cwd: root })).stdout);
    expect(plain[0]).toMatchObject({ warningCount: 1, fixableWarningCount: 1, fixableErrorCount: 0 });
    expect(plain[0]!.messages[0]).toMatchObject({ ruleId: 'number-style', fix: { range: [42, 44], text: '3 %' } });
    expect(plain[0]).not.toHaveProperty('output');
  });

  it('--fix-type problem leaves style fixes alone', async () => {
    const root = await tempTree({ 'brief.md': STYLE_SLIP });
    const run = await runMain(['--fix', '--fix-type', 'problem', '--no-config', 'brief.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('number-style');
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toBe(STYLE_SLIP);
    await runMain(['--fix', '--fix-type', 'problem,style', '--no-config', 'brief.md'], { cwd: root });
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toBe(STYLE_FIXED);
  });

  it('refuses what cannot work, with exit 2', async () => {
    const both = await runMain(['--fix', '--fix-dry-run', 'x.md']);
    expect(both).toMatchObject({ code: 2, stderr: 'brieflint: --fix and --fix-dry-run cannot be used together\n' });
    const typeAlone = await runMain(['--fix-type', 'style', 'x.md']);
    expect(typeAlone).toMatchObject({ code: 2, stderr: 'brieflint: --fix-type needs --fix or --fix-dry-run\n' });
    const badType = await runMain(['--fix', '--fix-type', 'layout', 'x.md']);
    expect(badType).toMatchObject({ code: 2, stderr: 'brieflint: --fix-type: expected "problem" | "style", got "layout"\n' });
    const stdin = await runMain(['--fix', '--stdin'], { input: STYLE_SLIP });
    expect(stdin).toMatchObject({ code: 2, stderr: 'brieflint: --fix cannot write standard input: use --fix-dry-run\n' });
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff before the report and writes nothing', async () => {
    const root = await tempTree({ 'docs/brief.md': `# Title\n\n${STYLE_SLIP}` });
    const run = await runMain(['--fix-dry-run', '--no-config', 'docs'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '--- a/docs/brief.md',
        '+++ b/docs/brief.md',
        '@@ -1,3 +1,3 @@',
        ' # Title',
        ' ',
        '-Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.',
        '+Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(root, 'docs/brief.md'), 'utf8')).toBe(`# Title\n\n${STYLE_SLIP}`);
  });

  it('prints the fixed text of standard input', async () => {
    const run = await runMain(['--fix-dry-run', '--stdin', '--no-config'], { input: STYLE_SLIP });
    expect(run).toMatchObject({ code: 0, stdout: STYLE_FIXED, stderr: '' });
    const clean = await runMain(['--fix-dry-run', '--stdin', '--no-config'], { input: 'No figures.' });
    expect(clean).toMatchObject({ code: 0, stdout: 'No figures.' });
  });
});

describe('--fix on the fixtures', () => {
  const names = ['investai-brief.md', 'investai-brief.nl.md', 'investai-brief.planted.md', 'clean-brief.md'];

  it('re-lints with no fixable number-style message, and no other message added or removed', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'brieflint-fixtures-'));
    const realIn = async (folder: string) =>
      (await readdir(path.join(repoRoot, 'fixtures', folder))).filter((name) => name.endsWith('.md') && name !== 'PROVENANCE.md').map((name) => path.join('fixtures', folder, name));
    const sources = [...names.map((name) => path.join('fixtures', name)), ...(await realIn('real')), ...(await realIn('style'))];
    for (const source of sources) await copyFile(path.join(repoRoot, source), path.join(directory, path.basename(source)));
    const before = parseJsonReport((await runMain(['--no-config', '-f', 'json', '.'], { cwd: directory })).stdout);
    // The real slips are there to be fixed: three in the style fixtures, two in the planted brief.
    expect(before.flatMap((result) => result.messages.filter((message) => message.ruleId === 'number-style')).length).toBeGreaterThanOrEqual(5);
    // The fixes written by the installed command, end to end.
    await runCli(['--fix', '--no-config', '.'], { cwd: directory });
    const after = parseJsonReport((await runMain(['--no-config', '-f', 'json', '.'], { cwd: directory })).stdout);
    const others = (results: typeof before) =>
      results.map((result) => result.messages.filter((message) => message.ruleId !== 'number-style').map((message) => `${message.ruleId} line ${message.line}`));
    // What is left is what no fix may settle: a figure with two readings, offered as suggestions only.
    const left = after.flatMap((result) => result.messages.filter((message) => message.ruleId === 'number-style'));
    expect(left.filter((message) => message.fix !== undefined)).toEqual([]);
    expect(left.every((message) => message.message.startsWith('Did you mean') && message.suggestions?.length === 1)).toBe(true);
    expect(others(after)).toEqual(others(before));
    // Three lints of every fixture and a --fix run: over 30 s of wall time on a loaded 2-core machine.
  }, 180_000);
});
