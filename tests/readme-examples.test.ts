/**
 * The README's other examples, run: the config file example loads, the inline directives are all
 * understood, and the programmatic example returns what its comments say (every `key: value` pair
 * written in a comment is found in the real output).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from 'brieflint';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function blockAfter(marker: string, language: string): string {
  const start = readme.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(start));
  return match![1]!;
}

/** Every value under `key` anywhere in `data`, as text. */
function valuesOf(data: unknown, key: string, found: string[] = []): string[] {
  if (Array.isArray(data)) for (const item of data) valuesOf(item, key, found);
  else if (data && typeof data === 'object') {
    for (const [name, value] of Object.entries(data)) {
      if (name === key && (typeof value !== 'object' || value === null)) found.push(String(value));
      else valuesOf(value, key, found);
    }
  }
  return found;
}

describe('README examples', () => {
  it('the config example is a valid config', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'brieflint-readme-'));
    try {
      // The example extends the config of the folder above it.
      mkdirSync(path.join(directory, 'team'));
      writeFileSync(path.join(directory, '.brieflintrc.json'), '{"rules": {"range-order": "warn", "number-format": "warn"}}');
      writeFileSync(path.join(directory, 'team/.brieflintrc.json'), blockAfter('## Configuration', 'json'));
      const config = await api.configForFile(path.join(directory, 'team/nl/brief.md'), { cwd: directory });
      expect(config.locale).toBe('nl');
      expect(config.rules['number-format']).toEqual({ severity: 'error', options: expect.objectContaining({ allowLakh: true }) });
      expect(config.rules['range-order']!.severity).toBe('warn');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('every inline directive example is understood', () => {
    const result = api.lintText(blockAfter('### Inline directives', 'markdown'));
    expect(result.messages.filter((message) => message.ruleId === null)).toEqual([]);
  });

  it('the programmatic example returns what its comments say', () => {
    const code = blockAfter('## Programmatic use', 'js');
    const calls = [...code.matchAll(/^(\w+\([^\n]*\)(?:\.\w+)?);\n((?:\/\/[^\n]*\n)+)/gm)];
    expect(calls.map((call) => call[1]!.split('(')[0])).toEqual(['extractQuantities', 'lintText']);
    for (const [, call, comment] of calls) {
      const [, name, argument, property] = /^(\w+)\('([^']*)'\)(?:\.(\w+))?$/.exec(call!)!;
      const output = (api as unknown as Record<string, (text: string) => unknown>)[name!]!(argument!);
      const actual = property ? (output as Record<string, unknown>)[property] : output;
      const pairs = [...comment!.matchAll(/(\w+): ('(?:[^'\\]|\\.)*'|-?\d+|true|false)/g)];
      expect(pairs.length).toBeGreaterThan(3);
      for (const [, key, literal] of pairs) {
        const expected = literal!.startsWith("'") ? literal!.slice(1, -1) : literal!;
        expect(valuesOf(actual, key!), `${name}: ${key}: ${literal}`).toContain(expected);
      }
    }
  });
});
