/**
 * Ranges in GitHub annotations follow the runner's rules, which drop an annotation silently (a debug
 * log line only) when they are broken: columns only on a single-line range, endColumn never before col.
 * endColumn stays exclusive and 1-based, the same number as in the JSON and SARIF output.
 */
import { describe, expect, it } from 'vitest';
import { annotation, lineLengths } from '../../src/report/github.js';
import { message } from './results.js';

describe('github annotation ranges', () => {
  it('gives line, col, endLine and the exclusive endColumn of a single-line range, as the JSON has them', () => {
    expect(annotation(message({ line: 4, column: 35, endLine: 4, endColumn: 44 }), 'a.md')).toBe(
      '::error file=a.md,line=4,col=35,endLine=4,endColumn=44,title=number-format::Malformed figure',
    );
  });

  it('gives only lines for a range over several lines (the runner rejects columns there)', () => {
    expect(annotation(message({ line: 4, column: 35, endLine: 6, endColumn: 3 }), 'a.md')).toBe(
      '::error file=a.md,line=4,endLine=6,title=number-format::Malformed figure',
    );
  });

  it('keeps the column of a range over several lines, on its first line, when the source is known', () => {
    const source = 'The report is due on 31\nApril 2026.\n';
    expect(annotation(message({ line: 1, column: 22, endLine: 2, endColumn: 11 }), 'a.md', lineLengths(source))).toBe(
      '::error file=a.md,line=1,col=22,endLine=1,endColumn=24,title=number-format::Malformed figure',
    );
  });

  it('keeps an empty range (endColumn = col) and drops an end before the start', () => {
    expect(annotation(message({ line: 2, column: 5, endLine: 2, endColumn: 5 }), 'a.md')).toContain('line=2,col=5,endLine=2,endColumn=5,');
    expect(annotation(message({ line: 2, column: 5, endLine: 1, endColumn: 9 }), 'a.md')).toContain('file=a.md,line=2,col=5,title=');
  });
});
