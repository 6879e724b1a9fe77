import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief, type Brief } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { cpuMs, timed } from '../helpers/timing.js';
import { readSource } from './helpers.js';

/** What must hold for any input: ranges inside the source, maps in order, figures where their text is. */
function expectConsistent(brief: Brief): void {
  const length = brief.source.length;
  const inside = (range: { start: number; end: number }): boolean => range.start >= 0 && range.start <= range.end && range.end <= length;
  for (const block of brief.blocks) {
    expect(inside(block.range)).toBe(true);
    let previous = -1;
    for (let i = 0; i <= block.text.length; i++) {
      const offset = block.sourceOffset(i);
      expect(offset).toBeGreaterThanOrEqual(previous);
      expect(offset).toBeLessThanOrEqual(length);
      previous = offset;
    }
    expect(block.sentences.length).toBeGreaterThan(0);
  }
  for (const figure of brief.figures) {
    expect(inside(figure.range)).toBe(true);
    expect(figure.block.figures).toContain(figure);
    expect(figure.sentence.figures).toContain(figure);
  }
  for (const comment of brief.comments) expect(inside(comment.range)).toBe(true);
  for (const range of brief.code) expect(inside(range)).toBe(true);
  for (const section of brief.sections) expect(inside(section.range)).toBe(true);
}

describe('robustness', () => {
  it('builds a Brief from an empty file', () => {
    const brief = buildBrief('');
    expect(brief.blocks).toEqual([]);
    expect(brief.figures).toEqual([]);
    expect(brief.sections).toEqual([]);
    expect(brief.locale).toBe('en');
    expect(brief.localeSource).toBe('default');
  });

  it('reads NUL bytes as the parser does, keeping the map aligned', () => {
    const brief = buildBrief('a\u0000b 42 units\n');
    expect(brief.blocks[0]!.text).toBe('a\uFFFDb 42 units');
    const block = brief.blocks[0]!;
    expect(block.sourceOffset(block.text.indexOf('42'))).toBe(4);
    expectConsistent(brief);
  });

  it('either reads or refuses 20 000 nested blockquotes, with a clear message', () => {
    const text = `${'>'.repeat(20_000)} 5 units\n`;
    let brief: Brief | undefined;
    try {
      brief = buildBrief(text);
    } catch (error) {
      expect((error as Error).message).toBe('line 1 nests 20000 blockquotes or lists; brieflint reads at most 2000 levels');
      return;
    }
    expect(brief.blocks[0]!.quoted).toBe(true);
  });

  it('reads 2 000 nested blockquotes without overflowing its own traversal', () => {
    const brief = buildBrief(`${'> '.repeat(2_000)}deep 7 units\n`);
    expect(brief.blocks.map((block) => [block.text, block.quoted])).toEqual([['deep 7 units', true]]);
    expectConsistent(brief);
  });

  // The whole lint of a 50 000-row table is timed in tests/robustness/pathological.test.ts; here a
  // fifth of that shows the Brief costs less than the parse it is built from.
  it('reads a 10 000-row table, spending less time than the Markdown parser itself', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => `| row ${index} | ${index * 3} |`);
    const text = ['| name | value |', '|---|--:|', ...rows, ''].join('\n');
    const parseTime = cpuMs(() => parseMarkdown(text));
    const { result: brief, ms: buildTime } = timed(() => buildBrief(text, { locale: 'en' }));
    expect(brief.tables[0]!.rows).toHaveLength(10_000);
    expect(brief.tables[0]!.rows[9_999]!.map((cell) => cell.text)).toEqual(['row 9999', '29997']);
    expect(buildTime - parseTime).toBeLessThan(parseTime);
  }, 240_000);

  it('reads a very long line', () => {
    const text = `${'word 12, '.repeat(50_000)}end.\n`;
    const brief = buildBrief(text, { locale: 'en' });
    expect(brief.blocks).toHaveLength(1);
    expect(brief.blocks[0]!.text.length).toBe(text.length - 1);
  }, 60_000);

  it('never throws and stays consistent on arbitrary Markdown-ish text', () => {
    const pieces = ['# ', '## ', '> ', '- ', '1. ', '| a | b |\n|---|---|\n| 1 | 2 |\n', '```\n', '`', '*', '_', '\\', '&amp;', '&#12;', '&nbsp;', '<!--', '-->', '<b>', '[', '](u)', '![i](p)',
      '\n', '\r\n', '\t', '    ', ' ', '€ 1,500.25', '12 %', '3. ', 'e.g. ', 'Word', '😀', '\u0000', '---\n', '+++\n', '{', '}', '"', ':', '[^1]', '[^1]: x\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, bom) => {
        const brief = buildBrief((bom ? '\uFEFF' : '') + parts.join(''));
        expectConsistent(brief);
        for (const figure of brief.figures) {
          const shown = readSource(brief.source.slice(figure.range.start, figure.range.end));
          if (!/[\n\r]/.test(shown)) expect(shown).toBe(figure.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
