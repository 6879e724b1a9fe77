/**
 * `brieflint explain <id>` and `brieflint --init`, as a user runs them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocForTerminal } from '../../src/commands.js';
import { builtinRules } from '../../src/rules/index.js';
import { repoRoot, runCli, runMain } from './helpers.js';

describe('brieflint explain', () => {
  it('prints the rule\'s documentation page', async () => {
    const run = await runCli(['explain', 'table-total']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(repoRoot, 'docs/rules/table-total.md'), 'utf8'));
  });

  it('says which rule was meant when the id is misspelt, and exits 2', async () => {
    const run = await runMain(['explain', 'table-totl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "table-totl" (did you mean "table-total"?)');
    expect(run.stdout).toBe('');
  });

  it('needs exactly one id', async () => {
    expect((await runMain(['explain'])).code).toBe(2);
    expect((await runMain(['explain', 'table-total', 'sum-mismatch'])).code).toBe(2);
  });

  it('styles headings and code on a colour terminal, leaving the words as written', () => {
    const styled = renderDocForTerminal('# Title\n\nUse `x`.\n\n```markdown\n| a |\n```\n', true);
    expect(styled).toContain('\u001b[1m# Title\u001b[22m');
    expect(styled.replace(/\u001b\[\d+m/g, '')).toBe('# Title\n\nUse x.\n\n```markdown\n| a |\n```\n');
  });
});

describe('brieflint --init', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'brieflint-init-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('writes a starter config without asking when stdin is not a terminal, and the CLI accepts it', async () => {
    const run = await runCli(['--init'], { cwd: directory, input: '' });
    expect(run.code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(directory, '.brieflintrc.json'), 'utf8'));
    expect(config.locale).toBe('auto');
    expect(Object.keys(config.rules)).toEqual(builtinRules.map((rule) => rule.meta.id));
    writeFileSync(path.join(directory, 'brief.md'), 'We bought 100,00000 chips.\n');
    const lint = await runMain(['--format', 'json', 'brief.md'], { cwd: directory });
    expect(lint.code).toBe(1);
    expect(JSON.parse(lint.stdout)[0].messages[0].ruleId).toBe('number-format');
  });

  it('never overwrites an existing config', async () => {
    writeFileSync(path.join(directory, '.brieflintrc.json'), '{"rules": {}}\n');
    const run = await runMain(['--init'], { cwd: directory, input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.brieflintrc.json already exists here');
    expect(readFileSync(path.join(directory, '.brieflintrc.json'), 'utf8')).toBe('{"rules": {}}\n');
  });
});
