/**
 * A table cell's context: its table, its column header, its row's label and the notes around the
 * table (caption, "totals may not sum due to rounding").
 */
import type { Brief, Table, TableCell, TextBlock } from '../parse/types.js';
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
