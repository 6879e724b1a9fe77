import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintAndFix, MAX_FIX_PASSES } from '../../src/engine/fix.js';
import { writeFixedFile } from '../../src/engine/files.js';
import { lintText } from '../../src/engine/lint.js';
import { buildResult } from '../../src/engine/lint.js';
import numberStyle from '../../src/rules/number-style.js';
import { builtinRules } from '../../src/rules/index.js';
import { wordRule } from './helpers.js';

describe('applyFixes', () => {
  it('applies fixes in order of their start and leaves an overlapping one for the next pass', () => {
    const source = 'abcdefghij';
    const fixes = [
      { range: [6, 8] as [number, number], text: 'XY' },
      { range: [1, 3] as [number, number], text: '-' },
      { range: [2, 5] as [number, number], text: 'overlaps' },
      { range: [3, 3] as [number, number], text: 'touches' },
    ];
    expect(applyFixes(source, fixes)).toEqual({ output: 'a-defXYij', applied: 2 });
  });

  it('changes no character outside the ranges it applied', () => {
    const fix = fc.tuple(fc.nat(40), fc.nat(6), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }), fc.array(fix, { maxLength: 6 }), (source, raw) => {
        const fixes = raw.map(([start, length, text]) => ({
          range: [Math.min(start, source.length), Math.min(start + length, source.length)] as [number, number],
          text,
        }));
        const { output } = applyFixes(source, fixes);
        // Replay: the applied fixes, in order, rebuild the output from the untouched pieces.
        let rebuilt = '';
        let at = 0;
        let lastEnd = -1;
        for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
          if (fix.range[0] <= lastEnd) continue;
          rebuilt += source.slice(at, fix.range[0]) + fix.text;
          at = fix.range[1];
          lastEnd = fix.range[1];
        }
        expect(output).toBe(rebuilt + source.slice(at));
      }),
    );
  });
});

describe('lintAndFix', () => {
  const config = { rules: { 'no-word': ['warn', { word: 'TODO', fix: true }] } } as const;

  it('fixes pass by pass and reports what is left, with ESLint\'s output', () => {
    const result = lintText('TODO and TODO', { rules: [wordRule], config, fix: true });
    expect(result.output).toBe('DONE and DONE');
    expect(result.messages).toEqual([]);
    expect(result.source).toBeUndefined();
    expect(Object.keys(result).slice(-2)).toEqual(['output', 'usedDeprecatedRules']);
  });

  it('stops after ten passes when a rule keeps fixing', () => {
    let passes = 0;
    const lint = (text: string) => {
      passes++;
      return buildResult('<text>', [{ ruleId: 'grow', severity: 1, message: 'grow', line: 1, column: 1, fix: { range: [0, 0], text: 'x' } }], [], text);
    };
    const fixed = lintAndFix('a', lint);
    expect(fixed.output).toBe(`${'x'.repeat(MAX_FIX_PASSES)}a`);
    expect(passes).toBe(MAX_FIX_PASSES + 1);
  });

  it('never fixes a text that failed to parse', () => {
    const lint = (text: string) =>
      buildResult('<text>', [
        { ruleId: null, severity: 2, message: 'Parsing error', line: 1, column: 1, fatal: true },
        { ruleId: 'x', severity: 1, message: 'fix me', line: 1, column: 1, fix: { range: [0, 1], text: 'Z' } },
      ], [], text);
    expect(lintAndFix('a', lint)).toMatchObject({ output: 'a', fixed: false });
  });

  it('fixes only the rule types asked for (--fix-type)', () => {
    const text = 'Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.';
    expect(lintText(text, { fix: true, fixTypes: ['problem'] }).output).toBeUndefined();
    expect(lintText(text, { fix: true, fixTypes: ['style'] }).output).toBe('Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.');
  });
});

/** Filler with no digits, currency or percent signs: what must come through a fix untouched. */
const filler = fc.constantFrom(' and ', ', then ', '. Growth was ', ' of the budget; ', ' firms and ', ' (see the annex) ', ' — ', ' jobs.\n', ' jobs.\n\n', '.\n\nIn the next step ');
const figure = fc.constantFrom(
  '€ 20 bn', '€20bn', '€ 5 bn', 'EUR 3 billion', '25 %', '25%', '12 %', '3 per cent', '400 000', '400,000', '120,000',
  '−3 %', '-2 %', '€ 1,5 mld.', '1.234', '2025', '7,500',
);
const document = fc.record({
  parts: fc.array(fc.tuple(filler, figure), { minLength: 1, maxLength: 14 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

function render({ parts, crlf, bom, finalNewline }: { parts: Array<[string, string]>; crlf: boolean; bom: boolean; finalNewline: boolean }): { text: string; fillers: string[] } {
  const eol = (text: string) => (crlf ? text.replace(/\n/g, '\r\n') : text);
  const fillers = parts.map(([before]) => eol(before));
  const body = `Intro${parts.map(([, value], index) => fillers[index] + value).join('')}${finalNewline ? eol('\n') : ''}`;
  return { text: (bom ? '\uFEFF' : '') + body, fillers };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('--fix properties (number-style on generated briefs)', () => {
  const fixText = (text: string) => lintText(text, { rules: builtinRules, fix: true });

  it('is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const once = fixText(render(doc).text);
        const fixed = once.output ?? render(doc).text;
        expect(fixText(fixed).output).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing but figures, and keeps CRLF, the BOM and the final newline (or its absence)', () => {
    let changed = 0;
    fc.assert(
      fc.property(document, (doc) => {
        const { text, fillers } = render(doc);
        const output = fixText(text).output ?? text;
        // Every filler comes through, in order, with only figures between them.
        const shape = new RegExp(`^${doc.bom ? '\uFEFF' : ''}Intro${fillers.map((part) => `${escape(part)}[^\\n]*?`).join('')}(?:\\r?\\n)?$`, 'su');
        expect(output).toMatch(shape);
        expect(output.startsWith('\uFEFF')).toBe(doc.bom);
        expect(/\r?\n$/.test(output)).toBe(doc.finalNewline);
        expect(output.split('\r\n').length).toBe(text.split('\r\n').length);
        expect(output.split('\n').length).toBe(text.split('\n').length);
        if (output !== text) changed++;
      }),
      { numRuns: 150 },
    );
    // The generated briefs do get fixed: the property is not vacuous.
    expect(changed).toBeGreaterThan(10);
  });

  it('re-lints clean for number-style after a fix, and fixes the style figures only', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const { text } = render(doc);
        const fixed = fixText(text);
        expect(fixed.messages.filter((message) => message.ruleId === numberStyle.meta.id && message.fix)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('writeFixedFile', () => {
  it('replaces the file atomically and keeps its mode', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'brieflint-fix-'));
    const file = path.join(directory, 'brief.md');
    await writeFile(file, 'old');
    await chmod(file, 0o640);
    expect(await writeFixedFile(file, 'old', 'new')).toBeUndefined();
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('never writes a file that changed on disk since it was read', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'brieflint-fix-'));
    const file = path.join(directory, 'brief.md');
    await writeFile(file, 'edited meanwhile');
    expect(await writeFixedFile(file, 'old', 'new')).toEqual({ error: 'not fixed: the file changed on disk since it was read' });
    expect(await readFile(file, 'utf8')).toBe('edited meanwhile');
  });
});
