import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/engine/config.js';
import { configForFile, lintFiles, lintStdin, lintText } from '../../src/engine/lint.js';
import { loadFormatter } from '../../src/report/index.js';
import { crashingRule, firstCharRule, hedgingRule, tempTree, testRules, wordRule } from './helpers.js';

const onlyWords = [wordRule, firstCharRule];

describe('lintText', () => {
  it('turns reports into ESLint messages with 1-based, end-exclusive positions', () => {
    const text = 'Intro line.\r\nA TODO here.\n';
    const result = lintText(text, { rules: [wordRule], config: { rules: { 'no-word': ['error', { fix: true }] } } });
    expect(result.filePath).toBe('<text>');
    expect(result.messages).toEqual([
      {
        ruleId: 'no-word',
        severity: 2,
        message: 'found TODO',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 7,
        fix: { range: [15, 19], text: 'DONE' },
        suggestions: [{ desc: 'remove it', fix: { range: [15, 19], text: '' } }],
        related: [{ message: 'start of file', line: 1, column: 1, endLine: 1, endColumn: 2 }],
      },
    ]);
    expect(text.slice(15, 19)).toBe('TODO');
    expect(result.errorCount).toBe(1);
    expect(result.fixableErrorCount).toBe(1);
    expect(result.warningCount).toBe(0);
    expect(result.source).toBe(text);
    expect(result.usedDeprecatedRules).toEqual([]);
  });

  it('uses default severities, sorts by position and counts warnings', () => {
    const result = lintText('TODO and TODO\n', { rules: onlyWords });
    // Ties keep the order of the rule list, as in ESLint.
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['no-word', 1, 1, 1],
      ['first-char', 2, 1, 1],
      ['no-word', 1, 1, 10],
    ]);
    expect(result.errorCount).toBe(1);
    expect(result.warningCount).toBe(2);
    expect(result.fixableWarningCount).toBe(0);
  });

  it('lets a report lower its severity to a warning, never raise it, and counts it as a warning', () => {
    const asError = lintText('SURE and MAYBE\n', { rules: [hedgingRule] });
    expect(asError.messages.map((m) => [m.message, m.severity])).toEqual([
      ['found SURE', 2],
      ['found MAYBE', 1],
    ]);
    expect([asError.errorCount, asError.warningCount]).toEqual([1, 1]);
    const asWarning = lintText('SURE and MAYBE\n', { rules: [hedgingRule], config: { rules: { hedging: 'warn' } } });
    expect(asWarning.messages.map((m) => m.severity)).toEqual([1, 1]);
    expect([asWarning.errorCount, asWarning.warningCount]).toEqual([0, 2]);
  });

  it('hands a lowered report to every formatter as a warning', async () => {
    const results = [lintText('MAYBE\n', { rules: [hedgingRule], filePath: 'brief.md' })];
    const context = { cwd: process.cwd(), color: false, verbose: false, rules: [hedgingRule.meta], version: '0.0.0' };
    const format = async (name: string): Promise<string> => (await loadFormatter(name))(results, context);
    const json = JSON.parse(await format('json')) as Array<{ warningCount: number; errorCount: number }>;
    expect([json[0]!.errorCount, json[0]!.warningCount]).toEqual([0, 1]);
    const sarif = JSON.parse(await format('sarif')) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.level)).toEqual(['warning']);
    expect(await format('github')).toMatch(/^::warning file=brief\.md,line=1,/);
    expect(await format('stylish')).toMatch(/1:1 +warning +found MAYBE +hedging/);
  });

  it('leaves out rules that are off and omits source when nothing is reported', () => {
    const result = lintText('nothing to see\n', { rules: onlyWords, config: { rules: { 'first-char': 'off' } } });
    expect(result.messages).toEqual([]);
    expect(result.source).toBeUndefined();
    expect(result.errorCount + result.warningCount).toBe(0);
  });

  it('reports a crashing rule once, naming it, and still runs the others', () => {
    const errors: string[] = [];
    const result = lintText('TODO\n', {
      rules: [crashingRule, wordRule],
      onInternalError: (error, where) => errors.push(`${where}: ${(error as Error).message}`),
    });
    expect(result.messages).toContainEqual({ ruleId: 'crasher', severity: 2, fatal: true, message: 'rule crasher crashed: boom', line: 1, column: 1 });
    expect(result.messages.some((m) => m.ruleId === 'no-word')).toBe(true);
    expect(result.fatalErrorCount).toBe(1);
    expect(errors).toEqual(['rule crasher: boom']);
  });

  it('applies inline directives and keeps the suppressed messages', () => {
    const text = 'TODO one\n\n<!-- brieflint-disable-next-line no-word -- known -->\nTODO two\n';
    const result = lintText(text, { rules: [wordRule] });
    expect(result.messages.map((m) => m.line)).toEqual([1]);
    expect(result.suppressedMessages).toHaveLength(1);
    expect(result.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'directive', justification: 'known' }]);
  });

  it('reports unused directives only when asked', () => {
    const text = '<!-- brieflint-disable-next-line no-word -->\nclean\n';
    expect(lintText(text, { rules: [wordRule] }).messages).toEqual([]);
    const reported = lintText(text, { rules: [wordRule], reportUnusedDirectives: 1 });
    expect(reported.messages).toHaveLength(1);
    expect(reported.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1 });
  });

  it('validates config data and throws ConfigError for mistakes', () => {
    expect(() => lintText('x', { rules: [wordRule], config: { rules: { 'no-wrd': 'warn' } } })).toThrow(ConfigError);
  });

  it('counts positions in UTF-16 code units after a BOM', () => {
    const result = lintText('\uFEFF€ 😀 TODO\n', { rules: [wordRule] });
    expect(result.messages[0]).toMatchObject({ line: 1, column: 6, endColumn: 10 });
  });
});

describe('lintFiles', () => {
  it('lints files with the nearest config and overrides, sorted, and collects missing paths', async () => {
    const root = await tempTree({
      '.brieflintrc.json': JSON.stringify({ rules: { 'first-char': 'off' }, overrides: [{ files: ['strict/**'], rules: { 'no-word': 'error' } }] }),
      'b.md': 'TODO\n',
      'strict/a.md': 'TODO\n',
      'sub/.brieflintrc.yaml': 'rules:\n  no-word: off\n',
      'sub/c.markdown': 'TODO\n',
      'notes.txt': 'TODO\n',
    });
    const outcome = await lintFiles(['.', 'missing.md'], { cwd: root, rules: onlyWords });
    expect(outcome.results.map((r) => path.relative(root, r.filePath))).toEqual(['b.md', path.join('strict', 'a.md'), path.join('sub', 'c.markdown')]);
    // Only the nearest config applies (no cascade): sub/ gets first-char back at its default.
    expect(outcome.results.map((r) => r.messages.map((m) => `${m.ruleId}:${m.severity}`))).toEqual([['no-word:1'], ['no-word:2'], ['first-char:2']]);
    expect(outcome.errors).toEqual([{ path: 'missing.md', message: 'cannot lint "missing.md": no such file or directory', unmatched: true }]);
  });

  it('applies --rule flags over every config and a read error becomes a fatal message', async () => {
    const root = await tempTree({ 'a.md': 'TODO\n' });
    await symlink(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
    const { parseRuleFlags } = await import('../../src/engine/config.js');
    const outcome = await lintFiles(['a.md', 'dangling.md'], {
      cwd: root,
      rules: onlyWords,
      noConfig: true,
      cliRules: await parseRuleFlags(['no-word: off'], onlyWords),
    });
    // The dangling link does not exist for stat: it is a missing path, not a crash.
    expect(outcome.errors.map((e) => e.path)).toEqual(['dangling.md']);
    expect(outcome.results[0]!.messages.map((m) => m.ruleId)).toEqual(['first-char']);
  });

  it('makes a fatal message of a file it cannot read', async () => {
    const root = await tempTree({ 'dir.md/inner.txt': 'x' });
    const outcome = await lintFiles(['dir.md/inner.txt', 'dir.md'], { cwd: root, rules: onlyWords, noConfig: true });
    expect(outcome.results).toHaveLength(1);
    expect(outcome.results[0]!.filePath).toBe(path.join(root, 'dir.md', 'inner.txt'));
    if (process.getuid?.() !== 0) {
      const { chmod } = await import('node:fs/promises');
      await writeFile(path.join(root, 'locked.md'), 'TODO');
      await chmod(path.join(root, 'locked.md'), 0o000);
      const locked = await lintFiles(['locked.md'], { cwd: root, rules: onlyWords, noConfig: true });
      expect(locked.results[0]!.messages).toEqual([
        { ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: permission denied', line: 1, column: 1 },
      ]);
      expect(locked.results[0]!.fatalErrorCount).toBe(1);
    }
  });

  it('warns about a named file that is ignored, as ESLint does', async () => {
    const root = await tempTree({ '.gitignore': 'drafts/\n', 'drafts/a.md': 'TODO\n', 'b.md': '' });
    const outcome = await lintFiles(['drafts/a.md', '.'], { cwd: root, rules: onlyWords, noConfig: true });
    expect(outcome.results.map((r) => path.relative(root, r.filePath))).toEqual(['b.md', path.join('drafts', 'a.md')]);
    const ignored = outcome.results[1]!;
    expect(ignored.messages).toEqual([
      { ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern (.gitignore). Use "--no-warn-ignored" to suppress this warning.', line: 1, column: 1 },
    ]);
    expect(ignored.warningCount).toBe(1);
  });

  it('lints standard input under its file name, or as <text>', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{"overrides": [{"files": ["*.nl.md"], "rules": {"no-word": "off"}}]}', '.brieflintignore': 'private/\n' });
    const named = await lintStdin('TODO\n', { cwd: root, rules: onlyWords, stdinFilename: 'brief.nl.md' });
    expect(named.filePath).toBe(path.join(root, 'brief.nl.md'));
    expect(named.messages.map((m) => m.ruleId)).toEqual(['first-char']);
    const anonymous = await lintStdin('TODO\n', { cwd: root, rules: onlyWords });
    expect(anonymous.filePath).toBe('<text>');
    expect(anonymous.messages.map((m) => m.ruleId)).toEqual(['no-word', 'first-char']);
    const ignored = await lintStdin('TODO\n', { cwd: root, rules: onlyWords, stdinFilename: 'private/x.md' });
    expect(ignored.messages[0]!.message).toContain('File ignored');
  });

  it('resolves the config for one file for --print-config', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{"locale": "fr", "overrides": [{"files": ["*.nl.md"], "locale": "nl"}]}' });
    expect((await configForFile('a.md', { cwd: root, rules: testRules })).locale).toBe('fr');
    expect((await configForFile('x/a.nl.md', { cwd: root, rules: testRules })).locale).toBe('nl');
    expect((await configForFile('a.md', { cwd: root, rules: testRules, locale: 'de' })).locale).toBe('de');
  });
});
