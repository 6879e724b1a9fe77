/**
 * HTML tables in Markdown (`<table>` blocks, as briefs rendered by GitHub or a static-site generator
 * often hold them), read as grids of cells with each character's place in the source. The HTML is
 * parsed by parse5, the WHATWG parser jsdom and hast use, so omitted end tags, implied `<tbody>`,
 * attributes and character references are read as a browser reads them; the reading of a cell's text
 * (entities, line prefixes) goes through the same aligner as Markdown text.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { alignValue } from './align.js';
import { OBJECT_REPLACEMENT, type FlatText } from './text-block.js';
import type { Range } from './types.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlCell {
  flat: FlatText;
  /** The cell's content in the source: between its tags, blanks trimmed. */
  range: Range;
}

export interface HtmlTableGrid {
  range: Range;
  /** Rows in document order; the first is the header, as in a GFM table. */
  rows: HtmlCell[][];
}

/** Elements whose text a reader does not read as the cell's text, or that would glue onto a figure ("5<sup>1</sup>"). */
const PLACEHOLDER_ELEMENTS = new Set(['sup', 'sub', 'img', 'svg', 'math', 'input', 'button', 'select', 'textarea']);
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'table']);
/** Elements that end a line of text inside a cell. */
const BREAKING_ELEMENTS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'hr']);

const TABLE_START = /<table[\s>/]/i;

/** The tables in source[from, to), an HTML block of the Markdown; [] when it holds none. */
export function htmlTablesIn(source: string, from: number, to: number): HtmlTableGrid[] {
  const html = source.slice(from, to);
  if (!TABLE_START.test(html)) return [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const tables: HtmlTableGrid[] = [];
  const pending: Node[] = [fragment];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isElement(node) && node.tagName === 'table') {
      const grid = readTable(node, source, from);
      if (grid) tables.push(grid);
      continue; // a table inside a table's cell is part of that cell, not a table of the brief
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
  }
  return tables.sort((a, b) => a.range.start - b.range.start);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childElements(element: Element, names: ReadonlySet<string>): Element[] {
  return element.childNodes.filter((child): child is Element => isElement(child) && names.has(child.tagName));
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const ROW = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

/**
 * The grid of one table; undefined when it cannot be laid out as rows of columns (a cell spanning
 * rows shifts every cell under it, and guessing there would foot the wrong figures).
 */
function readTable(table: Element, source: string, offset: number): HtmlTableGrid | undefined {
  const location = table.sourceCodeLocation;
  if (!location) return undefined;
  const rowElements = [...childElements(table, ROW), ...childElements(table, SECTIONS).flatMap((section) => childElements(section, ROW))].sort(
    (a, b) => (a.sourceCodeLocation?.startOffset ?? 0) - (b.sourceCodeLocation?.startOffset ?? 0),
  );
  const rows: HtmlCell[][] = [];
  for (const rowElement of rowElements) {
    const cells: HtmlCell[] = [];
    for (const cellElement of childElements(rowElement, CELLS)) {
      if (span(cellElement, 'rowspan') > 1) return undefined;
      const cell = readCell(cellElement, source, offset);
      if (!cell) return undefined;
      cells.push(cell);
      // A cell spanning columns: empty cells after it keep the columns under their headers.
      for (let extra = 1; extra < span(cellElement, 'colspan'); extra++) cells.push(emptyCell(cell.range.end));
    }
    rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  return { range: { start: offset + location.startOffset, end: offset + location.endOffset }, rows };
}

function span(element: Element, name: 'rowspan' | 'colspan'): number {
  const value = element.attrs.find((attribute) => attribute.name === name)?.value;
  const parsed = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, 1000) : 1;
}

function emptyCell(at: number): HtmlCell {
  return { flat: { text: '', starts: Int32Array.of(at), ends: Int32Array.of(at) }, range: { start: at, end: at } };
}

/** One character of a cell's text and where it was read. */
interface Placed {
  char: string;
  start: number;
  end: number;
}

function readCell(cell: Element, source: string, offset: number): HtmlCell | undefined {
  const location = cell.sourceCodeLocation;
  if (!location) return undefined;
  const contentStart = offset + (location.startTag?.endOffset ?? location.startOffset);
  const contentEnd = offset + (location.endTag?.startOffset ?? location.endOffset);
  const placed: Placed[] = [];
  const pending: Node[] = [...cell.childNodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    const at = node.sourceCodeLocation;
    if (!at) {
      if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
      continue;
    }
    const start = offset + at.startOffset;
    const end = offset + at.endOffset;
    if (node.nodeName === '#text' && 'value' in node) {
      const value = node.value;
      let index = 0;
      alignValue(value, source, start, end, (charStart, charEnd) => {
        placed.push({ char: value[index++]!, start: charStart, end: charEnd });
      });
    } else if (isElement(node)) {
      if (SKIPPED_ELEMENTS.has(node.tagName)) continue;
      if (PLACEHOLDER_ELEMENTS.has(node.tagName)) {
        placed.push({ char: OBJECT_REPLACEMENT, start, end });
        continue;
      }
      if (BREAKING_ELEMENTS.has(node.tagName)) placed.push({ char: '\n', start, end: start });
      for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
    }
  }
  return { flat: collapseBlanks(placed, contentStart), range: trimmedRange(source, contentStart, contentEnd) };
}

/** HTML's ASCII white space; a no-break space is text ("€&nbsp;1,200" stays one figure). */
const HTML_BLANK = /^[ \t\n\r\f]$/;

/** HTML's white-space collapsing: runs of blanks become one space, none at the ends; each kept character keeps its place. */
function collapseBlanks(placed: Placed[], emptyAt: number): FlatText {
  const kept: Placed[] = [];
  for (const item of placed) {
    const blank = HTML_BLANK.test(item.char);
    if (blank && (kept.length === 0 || HTML_BLANK.test(kept[kept.length - 1]!.char))) continue;
    kept.push(blank && item.char !== '\n' ? { ...item, char: ' ' } : item);
  }
  while (kept.length > 0 && HTML_BLANK.test(kept[kept.length - 1]!.char)) kept.pop();
  const starts = new Int32Array(kept.length + 1);
  const ends = new Int32Array(kept.length + 1);
  kept.forEach((item, index) => {
    starts[index] = item.start;
    ends[index] = item.end;
  });
  const after = kept.length > 0 ? kept[kept.length - 1]!.end : emptyAt;
  starts[kept.length] = after;
  ends[kept.length] = after;
  return { text: kept.map((item) => item.char).join(''), starts, ends };
}

function trimmedRange(source: string, start: number, end: number): Range {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(source[from]!)) from++;
  while (to > from && /\s/.test(source[to - 1]!)) to--;
  return { start: from, end: to };
}
