/**
 * A table cell's context: its table, its column header, its row's label and the notes around the
 * table (caption, "totals may not sum due to rounding").
 */
import type { Brief, Range, Table, TableCell, TextBlock } from '../parse/types.js';
import { firstStartingFrom, lastEndingBy } from '../parse/gaps.js';
import { conceptPattern } from '../lexicon/index.js';

export interface CellContext {
  table: Table;
  cell: TableCell;
  /** The column's header text ('' when the header cell is empty). */
  header: string;
  /** The first cell of the row: the row's label. */
  rowLabel: string;
  /** The paragraphs right before and after the table. */
  notes: string;
  /** The notes say figures are rounded. */
  roundingNote: boolean;
}

const contexts = new WeakMap<Brief, Map<TextBlock, CellContext>>();

/** The context of a table cell's block, or undefined for a block outside tables. Built once per brief. */
export function cellContext(brief: Brief, block: TextBlock): CellContext | undefined {
  let byBlock = contexts.get(brief);
  if (!byBlock) {
    byBlock = new Map();
    for (const table of brief.tables) {
      const notes = [table.before?.text ?? '', table.after?.text ?? ''].join('\n');
      const roundingNote = conceptPattern(brief.locale, 'roundingNote').test(notes);
      for (const row of [table.header, ...table.rows]) {
        for (const cell of row) {
          const header = table.header[cell.column]?.text.trim() ?? '';
          byBlock.set(cell, { table, cell, header, rowLabel: row[0]?.text.trim() ?? '', notes, roundingNote });
        }
      }
    }
    contexts.set(brief, byBlock);
  }
  return byBlock.get(block);
}

const notesIndexes = new WeakMap<Brief, Map<Table, string>>();

/**
 * The text of the notes an author writes about a table: its caption, the paragraphs right before and
 * after it, and up to three paragraphs on either side in the same section, never past the previous or
 * next table (the "because of interactions" note often stands two paragraphs above the table it
 * explains). Built for every table of a brief at once, in one sweep (sorted ends and starts, paragraphs
 * per section), so a brief of many tables is read in linear time.
 */
export function tableNotes(brief: Brief, table: Table): string {
  let byTable = notesIndexes.get(brief);
  if (!byTable) {
    byTable = notesIndex(brief);
    notesIndexes.set(brief, byTable);
  }
  return byTable.get(table) ?? '';
}

function notesIndex(brief: Brief): Map<Table, string> {
  const byEnd = brief.tables.map((table) => table.range).sort((a, b) => a.end - b.end);
  const byStart = brief.tables.map((table) => table.range).sort((a, b) => a.start - b.start);
  const sections = new Map<string, TextBlock[]>();
  for (const block of brief.blocks) {
    if (block.kind !== 'paragraph') continue;
    const key = sectionKey(block.headingPath);
    const section = sections.get(key);
    if (section) section.push(block);
    else sections.set(key, [block]);
  }
  const ranges = new Map<string, Range[] | null>();
  const byTable = new Map<Table, string>();
  for (const table of brief.tables) {
    // The end of the last table before this one, and the start of the first after it.
    const previousEnd = byEnd[lastEndingBy(byEnd, table.range.start)]?.end ?? 0;
    const nextStart = byStart[firstStartingFrom(byStart, table.range.end)]?.start ?? brief.source.length;
    const key = sectionKey(table.headingPath);
    const section = sections.get(key) ?? [];
    if (!ranges.has(key)) ranges.set(key, inOrder(section));
    const { before, after } = neighbours(section, ranges.get(key)!, table.range, previousEnd, nextStart);
    const texts = [table.before?.text ?? '', table.after?.text ?? '', ...before.map((block) => block.text), ...after.map((block) => block.text)];
    byTable.set(table, texts.join('\n'));
  }
  return byTable;
}

function sectionKey(headingPath: readonly string[]): string {
  return headingPath.join('\u0000');
}

/** The paragraphs' ranges when their starts and ends never go back (as the walk reads them), else null. */
function inOrder(blocks: readonly TextBlock[]): Range[] | null {
  const ranges = blocks.map((block) => block.range);
  const ordered = ranges.every((range, index) => index === 0 || (range.start >= ranges[index - 1]!.start && range.end >= ranges[index - 1]!.end));
  return ordered ? ranges : null;
}

/**
 * The last three paragraphs of the section between the previous table and this one, and the first
 * three up to the next: found by bisection when the paragraphs are in order, else by the plain filter.
 */
function neighbours(
  section: readonly TextBlock[],
  ranges: readonly Range[] | null,
  table: Range,
  previousEnd: number,
  nextStart: number,
): { before: TextBlock[]; after: TextBlock[] } {
  if (!ranges) {
    return {
      before: section.filter((block) => block.range.end <= table.start && block.range.start >= previousEnd).slice(-3),
      after: section.filter((block) => block.range.start >= table.end && block.range.end <= nextStart).slice(0, 3),
    };
  }
  const before: TextBlock[] = [];
  for (let index = lastEndingBy(ranges, table.start); index >= 0 && before.length < 3 && ranges[index]!.start >= previousEnd; index--) {
    before.unshift(section[index]!);
  }
  const after: TextBlock[] = [];
  for (let index = firstStartingFrom(ranges, table.end); index < ranges.length && after.length < 3 && ranges[index]!.end <= nextStart; index++) {
    after.push(section[index]!);
  }
  return { before, after };
}
