import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';
import { makePointAt, stripBom } from '../../src/parse/index.js';
import { lineStarts } from '../../src/parse/source.js';
import { blockWithText, indexIn, readSource } from './helpers.js';

describe('pointAt', () => {
  it('counts lines after \\n, \\r\\n and a lone \\r', () => {
    expect([...lineStarts('a\nb\r\nc\rd')]).toEqual([0, 2, 5, 7]);
  });

  it('puts the \\r of CRLF in the last column of its line', () => {
    const pointAt = makePointAt('ab\r\ncd');
    expect(pointAt(2)).toEqual({ line: 1, column: 3 });
    expect(pointAt(3)).toEqual({ line: 1, column: 4 });
    expect(pointAt(4)).toEqual({ line: 2, column: 1 });
    expect(pointAt(6)).toEqual({ line: 2, column: 3 });
  });

  it('counts a tab as one column and an emoji as two UTF-16 units', () => {
    const pointAt = makePointAt('x\n\t😀 42');
    expect(pointAt(2)).toEqual({ line: 2, column: 1 });
    expect(pointAt(3)).toEqual({ line: 2, column: 2 });
    expect(pointAt(6)).toEqual({ line: 2, column: 5 });
  });

  it('clamps offsets outside the text', () => {
    const pointAt = makePointAt('ab\ncd');
    expect(pointAt(-3)).toEqual({ line: 1, column: 1 });
    expect(pointAt(99)).toEqual({ line: 2, column: 3 });
    expect(makePointAt('')(0)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with the line and column remark gives every node', () => {
    const brief = buildBrief('# T\r\n\r\n\tx \r\n> a\r\n> b 😀 c\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n');
    const pending = [...brief.mdast.children] as Array<{ position?: { start: { line: number; column: number; offset?: number } }; children?: unknown[] }>;
    let checked = 0;
    while (pending.length > 0) {
      const node = pending.pop()!;
      const start = node.position?.start;
      if (start?.offset !== undefined) {
        expect(brief.pointAt(start.offset)).toEqual({ line: start.line, column: start.column });
        checked++;
      }
      if (Array.isArray(node.children)) pending.push(...(node.children as typeof pending));
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('BOM', () => {
  it('is stripped and remembered', () => {
    expect(stripBom('\uFEFFabc')).toEqual({ source: 'abc', hasBom: true });
    expect(stripBom('abc')).toEqual({ source: 'abc', hasBom: false });
  });

  it('does not shift offsets: they are into the BOM-less source', () => {
    const brief = buildBrief('\uFEFFCosts rose by 42 units.');
    expect(brief.hasBom).toBe(true);
    expect(brief.source).toBe('Costs rose by 42 units.');
    const block = blockWithText(brief, 'Costs rose by 42 units.');
    expect(block.sourceOffset(indexIn(block, '42'))).toBe(14);
    expect(brief.pointAt(14)).toEqual({ line: 1, column: 15 });
  });
});

describe('figure ranges', () => {
  const documents = {
    crlf: '# Plan\r\n\r\nThe fund holds 1,500\r\nunits and 2.5 % more.\r\n',
    bom: '\uFEFFThe fund holds 1,500 units.',
    tabs: '\tThe indented code 99 is not prose.\n\nA\ttab before 77 units.\n',
    emoji: 'Growth 😀📈 of 3,200 units and ünïcödé 45 more.\n',
    escapes: 'A cut of \\-485 and \\*12\\* and 7&nbsp;000 units &#8212; 31.\n',
    quoted: '> quoted\n> line with 640 units\n>  and 12 more\n',
    list: '- first 10\n  continued 20\n- second 30\n',
  };

  for (const [name, text] of Object.entries(documents)) {
    it(`shows each figure's text at its range (${name})`, () => {
      const brief = buildBrief(text, { locale: 'en' });
      expect(brief.figures.length).toBeGreaterThan(0);
      for (const figure of brief.figures) {
        const shown = readSource(brief.source.slice(figure.range.start, figure.range.end));
        expect(shown).toBe(figure.text);
        expect(figure.range.start).toBe(figure.block.sourceOffset(figure.start));
      }
    });
  }

  it('never reads digits inside indented code', () => {
    const brief = buildBrief(documents.tabs, { locale: 'en' });
    expect(brief.figures.some((figure) => figure.text.includes('99'))).toBe(false);
    expect(brief.code).toHaveLength(1);
  });

  it('maps a figure after multi-byte characters to the right column', () => {
    const brief = buildBrief('x\n\nÜber 😀 1234 units\n', { locale: 'en' });
    const figure = brief.figures.find((candidate) => candidate.text.includes('1234'));
    expect(figure).toBeDefined();
    expect(brief.source.slice(figure!.range.start, figure!.range.start + 4)).toBe('1234');
    expect(brief.pointAt(figure!.range.start)).toEqual({ line: 3, column: 9 });
  });
});
