/**
 * The package's public entry, imported by name as a user would (`import … from 'brieflint'`), from
 * the build: the exports map, the types' entry and the contracts other people build on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function runModule(source: string): unknown {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

describe("import from 'brieflint'", () => {
  it('exports the public API', () => {
    const names = runModule(`import * as api from 'brieflint'; console.log(JSON.stringify(Object.keys(api).sort()));`);
    expect(names).toEqual(
      expect.arrayContaining([
        'extractQuantities',
        'detectLocale',
        'lintText',
        'lintFiles',
        'buildBrief',
        'builtinRules',
        'defineRule',
        'loadFormatter',
        'formatterNames',
      ]),
    );
  });

  it('extractQuantities reads the canonical example', () => {
    const quantities = runModule(`
      import { extractQuantities } from 'brieflint';
      const text = '€20 billion for four large-scale AI gigafactories equipped with 100,00000 next-generation AI chips each';
      console.log(JSON.stringify(extractQuantities(text).map(({ text, value, currency, kind, malformed }) => ({ text, value, currency, kind, malformed }))));
    `);
    expect(quantities).toEqual([
      { text: '€20 billion', value: '20000000000', currency: 'EUR', kind: 'amount' },
      expect.objectContaining({ text: 'four', value: '4' }),
      expect.objectContaining({ malformed: expect.objectContaining({ readings: ['100000', '10000000'] }) }),
    ]);
  });

  it('lintText gives ESLint-shaped results', () => {
    const result = runModule(`
      import { lintText } from 'brieflint';
      console.log(JSON.stringify(lintText('Four factories with 100,00000 chips each.')));
    `) as { messages: Array<Record<string, unknown>>; errorCount: number };
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'number-format', severity: 2, line: 1, column: 21 });
  });

  it('ships type declarations for the entry', () => {
    expect(existsSync(`${root}/dist/index.d.ts`)).toBe(true);
  });
});
