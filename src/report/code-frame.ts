/**
 * A code frame: the source line(s) of a message with the figure underlined (^^^), for stylish --verbose.
 *
 * Positions come in as ESLint's: 1-based lines and 1-based UTF-16 columns, endColumn exclusive, a tab
 * counting as one column. On screen a tab is wider and an astral character (emoji, some CJK) is two
 * UTF-16 units but one glyph, so both the line and its underline are laid out in display cells.
 */
import { lineCount, lineText } from './lines.js';

/** Where a message points, in ESLint's terms. */
export interface SourceSpan {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface FrameOptions {
  /** Tab stops every this many cells. */
  tabWidth: number;
  /** Longest code text shown per line (in cells); longer lines are cut around the figure with "…". */
  maxWidth: number;
  /** At most this many source lines of a multi-line span; the rest is elided. */
  maxLines: number;
}

export const defaultFrameOptions: FrameOptions = { tabWidth: 4, maxWidth: 100, maxLines: 3 };

/** One printed row: a source line ('code'), its underline ('marker'), or a note that lines were left out. */
export interface FrameRow {
  kind: 'code' | 'marker' | 'elided';
  /** Source line number for 'code' rows. */
  lineNumber?: number;
  text: string;
}


interface DisplayLine {
  cells: string[];
  /** cellOfUnit[i]: the first cell of UTF-16 unit i; cellOfUnit[text.length] === cells.length. */
  cellOfUnit: number[];
}

/** U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: marks, embeddings, overrides, isolates. */
function isBidiControl(codePoint: number): boolean {
  return codePoint === 0x061c || codePoint === 0x200e || codePoint === 0x200f || (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

function toDisplayLine(text: string, tabWidth: number): DisplayLine {
  const cells: string[] = [];
  const cellOfUnit: number[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    for (let unit = 0; unit < units; unit += 1) cellOfUnit.push(cells.length);
    if (codePoint === 0x09) {
      const spaces = tabWidth - (cells.length % tabWidth);
      for (let step = 0; step < spaces; step += 1) cells.push(' ');
    } else if (codePoint < 0x20 || codePoint === 0x7f) {
      // A control character drives the terminal (ESC) or breaks the line: its picture (␛, ␀, ␡) instead.
      cells.push(String.fromCodePoint(codePoint === 0x7f ? 0x2421 : 0x2400 + codePoint));
    } else if ((codePoint >= 0x80 && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029 || isBidiControl(codePoint)) {
      // C1 (U+009B opens a terminal command), separators, and bidi controls (they reorder what is read).
      cells.push('\uFFFD');
    } else {
      cells.push(String.fromCodePoint(codePoint));
    }
    index += units;
  }
  cellOfUnit.push(cells.length);
  return { cells, cellOfUnit };
}

/** The cells to show of a line: all of it when it fits, else a window that keeps the marked cells in view. */
function visibleWindow(length: number, markStart: number, markEnd: number, maxWidth: number): { from: number; to: number } {
  if (length <= maxWidth) return { from: 0, to: length };
  const markLength = markEnd - markStart;
  let from = markLength >= maxWidth ? markStart : Math.max(0, markStart - Math.floor((maxWidth - markLength) / 2));
  const to = Math.min(length, from + maxWidth);
  from = Math.max(0, to - maxWidth);
  return { from, to };
}

/** The code row and marker row of one line, marking UTF-16 units [startUnit, endUnit). */
/**
 * The part of a long line around the mark that can be shown, in UTF-16 units: a frame must cost what
 * it shows, not the line's length (16 000 findings on one 500 KB line were O(findings × line)).
 */
function lineWindow(text: string, startUnit: number, maxWidth: number): { from: number; to: number } {
  const reach = 4 * maxWidth;
  if (text.length <= 2 * reach) return { from: 0, to: text.length };
  const start = Math.min(Math.max(startUnit, 0), text.length);
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, start + reach);
  // Never half of a surrogate pair at either end.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from++;
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1]!)) to--;
  return { from, to };
}

function frameLine(line: string, lineNumber: number, lineStart: number, lineEnd: number, options: FrameOptions): FrameRow[] {
  const window = lineWindow(line, lineStart, options.maxWidth);
  const text = line.slice(window.from, window.to);
  const startUnit = lineStart - window.from;
  const endUnit = Math.min(lineEnd, window.to) - window.from;
  const display = toDisplayLine(text, options.tabWidth);
  const clampUnit = (unit: number) => Math.min(Math.max(unit, 0), text.length);
  const markStart = display.cellOfUnit[clampUnit(startUnit)] ?? 0;
  // At least one caret, so an empty span or a point at the end of the line still shows where it is.
  const markEnd = Math.max(display.cellOfUnit[clampUnit(endUnit)] ?? 0, markStart + 1);
  const { from, to } = visibleWindow(display.cells.length, markStart, markEnd, options.maxWidth);
  const cutBefore = from > 0 || window.from > 0 ? '…' : '';
  const cutAfter = to < display.cells.length || window.to < line.length ? '…' : '';
  const code = `${cutBefore}${display.cells.slice(from, to).join('')}${cutAfter}`;
  const caretsFrom = Math.max(markStart, from);
  const caretsTo = Math.min(markEnd, Math.max(to, markStart + 1));
  const marker = `${' '.repeat(cutBefore.length + caretsFrom - from)}${'^'.repeat(Math.max(1, caretsTo - caretsFrom))}`;
  return [
    { kind: 'code', lineNumber, text: code },
    { kind: 'marker', text: marker },
  ];
}

/**
 * The rows of a code frame for a span of `source`, or [] when the span does not lie in the source
 * (a fatal message at line 0, a source that was not kept).
 */
export function codeFrameRows(source: string, span: SourceSpan, options: FrameOptions = defaultFrameOptions): FrameRow[] {
  const lines = lineCount(source);
  if (!Number.isInteger(span.line) || span.line < 1 || span.line > lines) return [];
  const endLine = Math.min(Math.max(span.endLine ?? span.line, span.line), lines);
  const shownEnd = Math.min(endLine, span.line + options.maxLines - 1);
  const rows: FrameRow[] = [];
  for (let lineNumber = span.line; lineNumber <= shownEnd; lineNumber += 1) {
    const text = lineText(source, lineNumber);
    const startUnit = lineNumber === span.line ? span.column - 1 : 0;
    const endUnit =
      lineNumber !== endLine ? text.length : span.endColumn !== undefined ? span.endColumn - 1 : lineNumber === span.line ? span.column : text.length;
    rows.push(...frameLine(text, lineNumber, startUnit, endUnit, options));
  }
  if (shownEnd < endLine) rows.push({ kind: 'elided', text: `… ${endLine - shownEnd} more line${endLine - shownEnd === 1 ? '' : 's'}` });
  return rows;
}

/** The source text a span covers, whitespace runs collapsed and cut to maxLength with "…" (for "related:" lines). */
export function excerpt(source: string, span: SourceSpan, maxLength = 60): string {
  const endLine = span.endLine ?? span.line;
  if (span.line < 1 || endLine > lineCount(source) || endLine < span.line) return '';
  const parts: string[] = [];
  let collected = 0;
  for (let lineNumber = span.line; lineNumber <= endLine; lineNumber += 1) {
    const text = lineText(source, lineNumber);
    const start = lineNumber === span.line ? span.column - 1 : 0;
    const end = lineNumber === endLine && span.endColumn !== undefined ? span.endColumn - 1 : text.length;
    const part = text.slice(Math.max(0, start), Math.max(0, end));
    parts.push(part);
    collected += part.length + 1;
    // Enough to show: a related place over a whole table must not cost the table per message.
    if (collected > 4 * maxLength) break;
  }
  const flat = parts.join(' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= maxLength ? flat : `${characters.slice(0, maxLength - 1).join('')}…`;
}
