import { describe, expect, it } from 'vitest';
import { buildBrief, type TableCell } from '../../src/parse/index.js';

const HTML = [
  'Table 2: budget (a caption)',
  '',
  '<table>',
  '  <thead>',
  '    <tr><th>Item</th><th>Amount</th></tr>',
  '  </thead>',
  '  <tbody>',
  '    <tr><td>Staff &amp; travel</td><td>&euro;&nbsp;1,200</td></tr>',
  '    <tr><td>Rent<sup>1</sup></td><td>',
  '      € 300',
  '    </td></tr>',
  '    <tr><td colspan="2">Note row</td></tr>',
  '    <tr><td><strong>Total</strong><td><b>€ 1,500</b>',
  '  </tbody>',
  '</table>',
  '',
  'After the table.',
  '',
].join('\n');

const at = (source: string, cell: TableCell, text: string): string => {
  const index = cell.text.indexOf(text);
  const range = cell.sourceRange!(index, index + text.length);
  return source.slice(range.start, range.end);
};

describe('HTML tables', () => {
  const brief = buildBrief(HTML, { locale: 'en' });
  const [table] = brief.tables;

  it('reads a <table> block as a table: header, rows, omitted end tags, colspan', () => {
    expect(brief.tables).toHaveLength(1);
    expect(table!.header.map((cell) => cell.text)).toEqual(['Item', 'Amount']);
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Staff & travel', '€\u00a01,200'],
      ['Rent\uFFFC', '€ 300'],
      ['Note row', ''],
      ['Total', '€ 1,500'],
    ]);
    expect(table!.before?.text).toBe('Table 2: budget (a caption)');
    expect(table!.after?.text).toBe('After the table.');
  });

  it('maps each figure back to its characters in the source, through entities and blank lines', () => {
    const [staff, rent, , total] = table!.rows;
    expect(at(HTML, staff![1]!, '€\u00a01,200')).toBe('&euro;&nbsp;1,200');
    expect(at(HTML, rent![1]!, '€ 300')).toBe('€ 300');
    expect(at(HTML, total![1]!, '€ 1,500')).toBe('€ 1,500');
    expect(staff![1]!.figures.map((figure) => [figure.value, HTML.slice(figure.range.start, figure.range.end)])).toEqual([['1200', '&euro;&nbsp;1,200']]);
  });

  it('does not glue a footnote marker onto a figure ("5<sup>1</sup>" is 5)', () => {
    const brief = buildBrief('<table><tr><th>A</th></tr><tr><td>5<sup>1</sup></td></tr></table>\n', { locale: 'en' });
    expect(brief.tables[0]!.rows[0]![0]!.figures.map((figure) => figure.value)).toEqual(['5']);
  });

  it('leaves out a table whose cells span rows, and reads a nested table as text of its cell', () => {
    expect(buildBrief('<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="2">x</td><td>1</td></tr><tr><td>2</td></tr></table>\n').tables).toHaveLength(0);
    const nested = buildBrief('<table><tr><th>A</th></tr><tr><td><table><tr><td>9</td></tr></table></td></tr></table>\n');
    expect(nested.tables).toHaveLength(1);
    expect(nested.tables[0]!.rows[0]![0]!.text).toBe('');
  });

  it('reads no table from other HTML or from code', () => {
    expect(buildBrief('<div>\n<p>Total 5</p>\n</div>\n').tables).toHaveLength(0);
    expect(buildBrief('```html\n<table><tr><td>1</td></tr></table>\n```\n').tables).toHaveLength(0);
  });
});
