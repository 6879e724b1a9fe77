/**
 * A long table is parsed in parts (src/parse/table-chunks.ts) so the parser's memory per cell is
 * released: the tree must be the one a whole parse builds, or the whole text is parsed.
 */
import { describe, expect, it } from 'vitest';
import { checkParseLimits, PARSE_LIMITS, type TableSpan } from '../../src/parse/limits.js';
import { parseMarkdown, parseWithinLimits } from '../../src/parse/processor.js';
import { parseTablesInParts } from '../../src/parse/table-chunks.js';

const rows = (count: number, row: (index: number) => string) => Array.from({ length: count }, (_, index) => row(index)).join('\n');
const table = (count: number, row: (index: number) => string = (index) => `| r${index} | ${index} |`) => `| a | b |\n|---|--:|\n${rows(count, row)}`;

const inParts: Record<string, string> = {
  'a plain table': `# T\n\n${table(10)}\n`,
  'a table that ends the text': table(7),
  'CRLF line endings': `Intro.\r\n\r\n${table(8).replace(/\n/g, '\r\n')}\r\n\r\nAfter.\r\n`,
  'links, footnote calls, code with a pipe, escaped pipes': `Intro [x] and [^n].\n\n${table(9, (index) => `| [x] r${index} [^n] \`a|b\` \\| | ${index} [y] |`)}\n\n[x]: https://example.org\n\n[^n]: A note.\n`,
  'rows short, long, without outer pipes': `| a | b | c |\n|---|--:|:-:|\n${rows(10, (index) => (index % 2 ? `| r${index} |` : `r${index} | 1 | 2 | 3 | 4`))}\n\n## After\n\nText 1, 2.\n`,
  'two tables': `${table(10)}\n\ntext\n\n| c |\n|---|\n${rows(11, (index) => `| x${index} |`)}\n\n> q\n`,
  'trailing spaces': `${table(10, (index) => `| r${index} | ${index} |   `)}\n`,
  'a fence after the rows': `${table(10)}\n\`\`\`\ncode\n\`\`\`\n`,
  'emphasis in cells': `${table(10, (index) => `| *r${index}* | **${index}** |`)}\n`,
  'after a list': `- item\n\n${table(10)}\n`,
};
const wholeOnly: Record<string, string> = {
  'a heading among the rows': `${table(5)}\n# Heading\n${rows(5, (index) => `| r${index} | ${index} |`)}\n`,
  'a comment among the rows': `${table(10, (index) => (index === 6 ? '<!-- brieflint-disable -->' : `| r${index} | ${index} |`))}\n`,
};

function longTables(text: string, partRows: number): TableSpan[] {
  const tables: TableSpan[] = [];
  expect(checkParseLimits(text, PARSE_LIMITS, tables)).toBeUndefined();
  return tables.filter((span) => !span.broken && span.rowStarts.length > partRows);
}

describe('a long table parsed in parts', () => {
  it.each(Object.entries(inParts))('%s: the tree of a whole parse, read in parts', (_name, text) => {
    for (const partRows of [1, 3, 4]) {
      const parsed: string[] = [];
      const tree = parseTablesInParts(text, longTables(text, partRows), partRows, (part) => {
        parsed.push(part);
        return parseWithinLimits(part);
      });
      expect(tree).toEqual(parseWithinLimits(text));
      expect(parseMarkdown(text, partRows)).toEqual(parseWithinLimits(text));
      // No part holds more than its rows, the header and the stand-ins (the first is the document).
      for (const part of parsed.slice(1)) expect(part.split('\n').filter((line) => line.includes('|')).length).toBeLessThanOrEqual(partRows + 2);
    }
  });

  it.each(Object.entries(wholeOnly))('%s: parsed whole, as a part would not read as rows', (_name, text) => {
    expect(parseTablesInParts(text, longTables(text, 3), 3, parseWithinLimits)).toBeUndefined();
    expect(parseMarkdown(text, 3)).toEqual(parseWithinLimits(text));
  });

  it('only tables that start a block at the top level, unquoted and unindented', () => {
    for (const text of [`> ${table(10).replace(/\n/g, '\n> ')}\n`, `Para\n${table(10)}\n`, `- item\n  ${table(10).replace(/\n/g, '\n  ')}\n`]) {
      expect(longTables(text, 3)).toEqual([]);
      expect(parseMarkdown(text, 3)).toEqual(parseWithinLimits(text));
    }
  });
});
