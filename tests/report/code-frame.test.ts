import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFrameRows, excerpt, type FrameRow } from '../../src/report/code-frame.js';
import { positionAt, splitLines } from '../../src/report/lines.js';

const texts = (rows: FrameRow[]) => rows.map((row) => row.text);

/** The characters of the code row that stand above the carets of the marker row. */
function underlined(rows: FrameRow[]): string {
  const [code, marker] = rows;
  const start = marker!.text.indexOf('^');
  return Array.from(code!.text).slice(start, marker!.text.length).join('');
}

describe('splitLines', () => {
  it('splits on LF, CRLF and lone CR, as Markdown does', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('codeFrameRows', () => {
  it('underlines exactly the figure', () => {
    const rows = codeFrameRows('x\nA pool of 400 000 accelerators.', { line: 2, column: 11, endLine: 2, endColumn: 18 });
    expect(rows).toEqual([
      { kind: 'code', lineNumber: 2, text: 'A pool of 400 000 accelerators.' },
      { kind: 'marker', text: '          ^^^^^^^' },
    ]);
  });

  it('expands tabs the same way in the line and in the underline', () => {
    const rows = codeFrameRows('\tab\tx 25 %', { line: 1, column: 7, endLine: 1, endColumn: 11 }, { tabWidth: 4, maxWidth: 100, maxLines: 3 });
    expect(texts(rows)).toEqual(['    ab  x 25 %', '          ^^^^']);
    expect(underlined(rows)).toBe('25 %');
  });

  it('counts an astral character as two columns but draws it as one cell', () => {
    // "🚀" is two UTF-16 units: the figure starts at column 5, not 4.
    const rows = codeFrameRows('🚀 x €20 bn', { line: 1, column: 6, endLine: 1, endColumn: 12 });
    expect(underlined(rows)).toBe('€20 bn');
  });

  it('marks one character when the message has no end', () => {
    expect(texts(codeFrameRows('abc', { line: 1, column: 2 }))).toEqual(['abc', ' ^']);
  });

  it('shows an empty span or a point past the end of the line as one caret', () => {
    expect(texts(codeFrameRows('abc', { line: 1, column: 4, endLine: 1, endColumn: 4 }))).toEqual(['abc', '   ^']);
  });

  it('underlines every line of a span that crosses lines', () => {
    const rows = codeFrameRows('one two\nthree four', { line: 1, column: 5, endLine: 2, endColumn: 6 });
    expect(rows).toEqual([
      { kind: 'code', lineNumber: 1, text: 'one two' },
      { kind: 'marker', text: '    ^^^' },
      { kind: 'code', lineNumber: 2, text: 'three four' },
      { kind: 'marker', text: '^^^^^' },
    ]);
  });

  it('elides the rest of a span longer than maxLines', () => {
    const source = ['a', 'b', 'c', 'd', 'e'].join('\n');
    const rows = codeFrameRows(source, { line: 1, column: 1, endLine: 5, endColumn: 2 }, { tabWidth: 4, maxWidth: 100, maxLines: 2 });
    expect(rows.filter((row) => row.kind === 'code').map((row) => row.lineNumber)).toEqual([1, 2]);
    expect(rows.at(-1)).toEqual({ kind: 'elided', text: '… 3 more lines' });
  });

  it('cuts a long line around the figure and keeps the underline under it', () => {
    const line = `${'word '.repeat(60)}€ 150 bn${' more'.repeat(60)}`;
    const column = line.indexOf('€') + 1;
    const rows = codeFrameRows(line, { line: 1, column, endLine: 1, endColumn: column + 8 }, { tabWidth: 4, maxWidth: 40, maxLines: 3 });
    const [code, marker] = texts(rows);
    expect(code!.startsWith('…')).toBe(true);
    expect(code!.endsWith('…')).toBe(true);
    expect(Array.from(code!).length).toBe(42);
    expect(marker!.trim()).toBe('^^^^^^^^');
    expect(underlined(rows)).toBe('€ 150 bn');
  });

  it('keeps the start of a figure longer than the window in view', () => {
    const line = `${'x'.repeat(50)}${'9'.repeat(80)}`;
    const rows = codeFrameRows(line, { line: 1, column: 51, endLine: 1, endColumn: 131 }, { tabWidth: 4, maxWidth: 20, maxLines: 3 });
    expect(texts(rows)).toEqual([`…${'9'.repeat(20)}…`, ` ${'^'.repeat(20)}`]);
  });

  it('gives nothing for a place that is not in the source', () => {
    expect(codeFrameRows('abc', { line: 0, column: 0 })).toEqual([]);
    expect(codeFrameRows('abc', { line: 2, column: 1 })).toEqual([]);
  });

  it('always puts the carets under the span (property)', () => {
    const lineText = fc.stringMatching(/^[a-z0-9 \t€,.]{1,60}$/);
    fc.assert(
      fc.property(lineText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const rows = codeFrameRows(text, { line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });
        const expanded = (s: string, offset: number) => {
          // Tab stops depend on where the text starts, so expand the prefix and the span together.
          let out = '';
          for (const ch of s) out += ch === '\t' ? ' '.repeat(4 - ((offset + out.length) % 4)) : ch;
          return out;
        };
        const before = expanded(text.slice(0, start), 0);
        expect(underlined(rows)).toBe(expanded(text.slice(start, end), before.length));
      }),
    );
  });
});

describe('excerpt', () => {
  it('quotes the source of a span, whitespace collapsed', () => {
    expect(excerpt('Some 100,000\n  chips each.', { line: 1, column: 6, endLine: 2, endColumn: 13 })).toBe('100,000 chips each');
  });

  it('cuts long excerpts with an ellipsis', () => {
    expect(excerpt('abcdefghij', { line: 1, column: 1, endLine: 1, endColumn: 11 }, 5)).toBe('abcd…');
  });

  it('is empty for places outside the source', () => {
    expect(excerpt('abc', { line: 3, column: 1, endLine: 3, endColumn: 2 })).toBe('');
  });
});

describe('positionAt', () => {
  const source = 'ab\r\ncd\ref\ngh';
  it('gives 1-based lines and columns under LF, CRLF and CR', () => {
    expect(positionAt(source, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(source, 4)).toEqual({ line: 2, column: 1 });
    expect(positionAt(source, 7)).toEqual({ line: 3, column: 1 });
    expect(positionAt(source, 10)).toEqual({ line: 4, column: 1 });
    expect(positionAt(source, source.length)).toEqual({ line: 4, column: 3 });
  });

  it('keeps the offset between CR and LF on the line the CRLF ends', () => {
    expect(positionAt(source, 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt(source, 3)).toEqual({ line: 1, column: 4 });
  });

  it('agrees with splitLines for every offset (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab\r\n]{0,30}$/), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        // Oracle: line starts from splitLines and the line ends between them.
        const lines = splitLines(text);
        const ends = text.match(/\r\n|\r|\n/g) ?? [];
        const starts = [0];
        lines.slice(0, -1).forEach((line, i) => starts.push(starts[i]! + line.length + ends[i]!.length));
        const line = starts.filter((start) => start <= offset).length;
        expect(positionAt(text, offset)).toEqual({ line, column: offset - starts[line - 1]! + 1 });
      }),
    );
  });
});
