import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesTable, RESERVED_RULE_IDS, RULES_END, RULES_START, withRulesTable } from '../src/docs/rules-table.js';
import { ruleMetas } from '../src/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

describe('README', () => {
  it('Quick start holds exactly one fenced block of exactly two commands', () => {
    const quickStart = section('Quick start');
    const blocks = [...quickStart.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)];
    expect(blocks).toHaveLength(1);
    const commands = blocks[0]![1]!.trim().split('\n');
    expect(commands).toHaveLength(2);
    expect(commands[1]).toBe('npm test');
    const example = /npx brieflint (\S+)/.exec(commands[0]!)?.[1];
    expect(example && existsSync(new URL(`../${example}`, import.meta.url))).toBe(true);
    expect(example?.startsWith('fixtures/')).toBe(true);
  });

  it('the rule table is the one rendered from rule metadata', () => {
    expect(readme).toContain(RULES_START);
    expect(readme).toContain(RULES_END);
    expect(withRulesTable(readme, ruleMetas())).toBe(readme);
    for (const meta of ruleMetas()) expect(renderRulesTable(ruleMetas())).toContain(`\`${meta.id}\``);
  });

  it('every built-in rule uses one of the rule ids fixed by the foundation issue', () => {
    for (const meta of ruleMetas()) expect(RESERVED_RULE_IDS as readonly string[]).toContain(meta.id);
  });

  it('every rule has a doc page', () => {
    for (const meta of ruleMetas()) {
      expect(existsSync(new URL(`../docs/rules/${meta.id}.md`, import.meta.url)), meta.id).toBe(true);
    }
  });
});
