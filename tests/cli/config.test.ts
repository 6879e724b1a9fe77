import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../engine/helpers.js';
import { BROKEN_BRIEF, CLEAN_BRIEF, parseJsonReport, runMain } from './helpers.js';


const LAKH_BRIEF = 'The programme reaches 12,34,567 households.\n';

describe('bad config', () => {
  it('names the file and key path of an invalid severity, in one line, exit 2', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.json': '{"rules": {"number-format": "loud"}}' });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('brieflint: Invalid config in .brieflintrc.json: rules.number-format: expected "off" | "warn" | "error", got "loud"\n');
  });

  it('suggests the rule id meant by a typo', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.json': '{"rules": {"numbr-format": "warn"}}' });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: unknown rule "numbr-format" in .brieflintrc.json (did you mean "number-format"?)\n');
  });

  it('names the key path of a bad rule option', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.yml': 'rules:\n  number-format: [error, {allowLakh: maybe}]\n' });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules.number-format[1].allowLakh: expected boolean');
  });

  it('reports broken YAML with its line and column', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.yaml': 'locale: en\nrules:\n  number-format: [error\n' });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brieflint: Invalid YAML in \.brieflintrc\.yaml:\d+:\d+: .+\n$/);
  });

  it('reports a missing --config file', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF });
    const run = await runMain(['a.md', '-c', 'nope.json'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.json');
  });
});

describe('config files', () => {
  it('uses the nearest config upward and package.json#brieflint', async () => {
    const root = await tempTree({
      'package.json': JSON.stringify({ name: 'x', brieflint: { rules: { 'number-format': 'warn' } } }),
      'top.md': BROKEN_BRIEF,
      'strict/.brieflintrc.json': '{"rules": {"number-format": "error"}}',
      'strict/deep/a.md': BROKEN_BRIEF,
    });
    const run = await runMain(['.', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(parseJsonReport(run.stdout).map((result) => [path.relative(root, result.filePath), result.errorCount, result.warningCount])).toEqual([
      [path.join('strict', 'deep', 'a.md'), 1, 0],
      ['top.md', 0, 1],
    ]);
  });

  it('--config replaces discovery and --no-config ignores config files', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{"rules": {"number-format": "off"}}', 'warn.yaml': 'rules:\n  number-format: warn\n', 'a.md': BROKEN_BRIEF });
    expect((await runMain(['a.md'], { cwd: root })).code).toBe(0);
    const explicit = await runMain(['a.md', '-c', 'warn.yaml', '-f', 'json'], { cwd: root });
    expect(explicit.code).toBe(0);
    expect(parseJsonReport(explicit.stdout)[0]!.warningCount).toBe(1);
    const none = await runMain(['a.md', '--no-config'], { cwd: root });
    expect(none.code).toBe(1);
  });

  it('applies overrides by glob relative to the config file', async () => {
    const root = await tempTree({
      '.brieflintrc.json': JSON.stringify({ overrides: [{ files: ['drafts/**'], rules: { 'number-format': 'off' } }, { files: ['*.warn.md'], rules: { 'number-format': 'warn' } }] }),
      'drafts/x.md': BROKEN_BRIEF,
      'a.md': BROKEN_BRIEF,
      'sub/b.warn.md': BROKEN_BRIEF,
    });
    const run = await runMain(['.', '-f', 'json'], { cwd: root });
    expect(parseJsonReport(run.stdout).map((result) => [path.relative(root, result.filePath), result.errorCount, result.warningCount])).toEqual([
      ['a.md', 1, 0],
      [path.join('drafts', 'x.md'), 0, 0],
      [path.join('sub', 'b.warn.md'), 0, 1],
    ]);
  });

  it('skips files matched by config ignores', async () => {
    const root = await tempTree({ '.brieflintrc.yaml': 'ignores:\n  - archive/\n', 'archive/old.md': BROKEN_BRIEF, 'a.md': CLEAN_BRIEF });
    const run = await runMain(['.', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJsonReport(run.stdout).map((result) => path.relative(root, result.filePath))).toEqual(['a.md']);
  });
});

describe('--rule and --locale', () => {
  it('sets severities and options from the command line, over the config', async () => {
    const root = await tempTree({ 'a.md': BROKEN_BRIEF, 'lakh.md': LAKH_BRIEF, '.brieflintrc.json': '{"rules": {"number-format": "error"}}' });
    const warn = await runMain(['a.md', '--rule', 'number-format: warn', '-f', 'json'], { cwd: root });
    expect(warn.code).toBe(0);
    expect(parseJsonReport(warn.stdout)[0]!.warningCount).toBe(1);
    expect((await runMain(['a.md', '--rule', 'number-format: off'], { cwd: root })).code).toBe(0);
    // Later flags win.
    expect((await runMain(['a.md', '--rule', 'number-format: off', '--rule', 'number-format: 2'], { cwd: root })).code).toBe(1);
    expect((await runMain(['lakh.md'], { cwd: root })).code).toBe(1);
    expect((await runMain(['lakh.md', '--rule', 'number-format: [error, {"allowLakh": true}]'], { cwd: root })).code).toBe(0);
  });

  it('rejects a bad --rule with exit 2', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF });
    const typo = await runMain(['a.md', '--rule', 'numbr-format: warn'], { cwd: root });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "number-format"?');
    const severity = await runMain(['a.md', '--rule', 'number-format: loud'], { cwd: root });
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('rules.number-format: expected "off" | "warn" | "error", got "loud"');
  });

  it('--locale decides how figures are read', async () => {
    const root = await tempTree({ 'a.md': 'The budget is 1.234.567 euro, up 12,5 %.\n' });
    expect((await runMain(['a.md', '--locale', 'en'], { cwd: root })).code).toBe(1);
    expect((await runMain(['a.md', '--locale', 'nl'], { cwd: root })).code).toBe(0);
  });
});

describe('--print-config', () => {
  it('prints the resolved config for a file as JSON and exits 0', async () => {
    const root = await tempTree({
      '.brieflintrc.json': JSON.stringify({ locale: 'en', overrides: [{ files: ['*.nl.md'], locale: 'nl', rules: { 'number-format': ['warn', { allowLakh: true }] } }] }),
    });
    const run = await runMain(['--print-config', 'docs/brief.nl.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      configFile: path.join(root, '.brieflintrc.json'),
      locale: 'nl',
      messageLocale: 'auto',
      // Every registered rule is listed; the point here is the override on number-format.
      rules: expect.objectContaining({ 'number-format': ['warn', { allowLakh: true }] }),
    });
    const plain = JSON.parse((await runMain(['--print-config', 'a.md', '--rule', 'number-format: off'], { cwd: root })).stdout);
    expect(plain.locale).toBe('en');
    const english = JSON.parse((await runMain(['--print-config', 'a.md', '--message-locale', 'en'], { cwd: root })).stdout);
    expect(english.messageLocale).toBe('en');
    expect(plain.rules['number-format']).toEqual(['off', { allowLakh: false }]);
  });
});
