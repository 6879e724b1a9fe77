import { describe, expect, it } from 'vitest';
import { buildBrief, type TableCell } from '../../src/parse/index.js';

function cellSource(source: string, cell: TableCell): string {
  return source.slice(cell.range.start, cell.range.end);
}

const TABLE = [
  'Table 1: spending by year',
  '',
  '| Item | 2024 | 2025 |',
  '|:-----|-----:|:----:|',
  '| Staff | [4.7](https://x.org/9) | 5.1 |',
  '|  a \\| b  |   | `99` |',
  '| **Total** | 10 |',
  '',
  '<!-- brieflint-disable table-total -->',
  '',
  'Figures may not sum due to rounding.',
  '',
].join('\n');

describe('tables', () => {
  const brief = buildBrief(TABLE, { locale: 'en' });
  const [table] = brief.tables;

  it('reads the header row and the body rows with alignment', () => {
    expect(brief.tables).toHaveLength(1);
    expect(table!.align).toEqual(['left', 'right', 'center']);
    expect(table!.header.map((cell) => cell.text)).toEqual(['Item', '2024', '2025']);
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Staff', '4.7', '5.1'],
      ['a | b', '', '\uFFFC'],
      ['Total', '10'],
    ]);
  });

  it('numbers cells by row (0 = header) and column', () => {
    expect(table!.header.every((cell) => cell.header && cell.row === 0 && cell.kind === 'tableCell')).toBe(true);
    const total = table!.rows[2]![1]!;
    expect([total.row, total.column, total.header]).toEqual([3, 1, false]);
  });

  it('gives each cell the exact range of its content, without pipes and padding', () => {
    expect(table!.header.map((cell) => cellSource(brief.source, cell))).toEqual(['Item', '2024', '2025']);
    expect(table!.rows[0]!.map((cell) => cellSource(brief.source, cell))).toEqual(['Staff', '[4.7](https://x.org/9)', '5.1']);
    expect(table!.rows[1]!.map((cell) => cellSource(brief.source, cell))).toEqual(['a \\| b', '', '`99`']);
    expect(cellSource(brief.source, table!.rows[2]![0]!)).toBe('**Total**');
    expect(brief.source.slice(table!.range.start, table!.range.end)).toBe(TABLE.split('\n').slice(2, 7).join('\n'));
  });

  it('reads figures in cells with context "table", never inside code', () => {
    const cellFigures = brief.figures.filter((figure) => figure.context === 'table').map((figure) => figure.block.text);
    expect(cellFigures).toContain('2024');
    expect(cellFigures).toContain('10');
    expect(cellFigures).not.toContain('\uFFFC');
    const linked = brief.figures.find((figure) => figure.block === table!.rows[0]![1]);
    expect(linked).toBeDefined();
    expect(brief.source.slice(linked!.range.start, linked!.range.end)).toBe(linked!.text);
  });

  it('finds the caption before and the note after, past comments and blank lines', () => {
    expect(table!.before?.text).toBe('Table 1: spending by year');
    expect(table!.after?.text).toBe('Figures may not sum due to rounding.');
  });

  it('leaves before and after unset when something else stands between', () => {
    const other = buildBrief('Caption\n\n---\n\n| a |\n|---|\n| 1 |\n\n```\ncode\n```\n\nNote\n');
    expect(other.tables[0]!.before).toBeUndefined();
    expect(other.tables[0]!.after).toBeUndefined();
  });

  it('marks a table in a blockquote as quoted and records its heading path', () => {
    const quoted = buildBrief('# Budget\n\n## Costs\n\n> | a |\n> |---|\n> | 1 |\n');
    expect(quoted.tables[0]!.quoted).toBe(true);
    expect(quoted.tables[0]!.headingPath).toEqual(['Budget', 'Costs']);
    expect(quoted.tables[0]!.rows[0]![0]!.headingPath).toEqual(['Budget', 'Costs']);
    expect(quoted.tables[0]!.rows[0]![0]!.quoted).toBe(true);
  });

  it('puts cell blocks in brief.blocks in row order', () => {
    const texts = brief.blocks.map((block) => block.text);
    expect(texts.indexOf('Item')).toBeLessThan(texts.indexOf('Staff'));
    expect(texts.indexOf('Staff')).toBeLessThan(texts.indexOf('Total'));
  });
});
