/**
 * A long table parsed in parts, so the parser's memory per cell is released part by part. micromark
 * keeps every event of a document until the whole of it is read (about 9.7 KB per table cell: a
 * 50 000-row table of five columns took 3 GB and 110 s); the tree it leaves keeps far less per cell.
 *
 * The document is parsed once with the rows after a table's first part blanked out (spaces, line
 * endings kept, so every offset, line and column stays where it was): to the parser those rows are
 * blank lines, which is where the table ended anyway, since its rows run to a blank line. Each later
 * part is parsed on its own under the table's header and delimiter rows, with a stand-in for each of
 * the document's definitions appended (as incremental.ts does for a slice), and its rows, moved to
 * their place, are added to the table. Whatever does not read back exactly as expected (a part that is
 * not one table of all its lines, a definition inside a container) makes the caller parse the whole
 * text at once.
 */
import type { Root, RootContent, Table } from 'mdast';
import { definitionsIn, lineEndings, move, standIn } from './incremental.js';
import type { TableSpan } from './limits.js';

/** Rows per part: a part of 1 000 rows of 20 columns is about 200 MB of events at most. */
export const TABLE_PART_ROWS = 1_000;

/** The text with each table's rows after its first part turned to spaces (line endings kept). */
function withLaterRowsBlank(text: string, tables: readonly TableSpan[], partRows: number): string {
  const pieces: string[] = [];
  let kept = 0;
  for (const table of tables) {
    const from = table.rowStarts[partRows]!;
    const to = table.rowEnds[table.rowEnds.length - 1]!;
    pieces.push(text.slice(kept, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    kept = to;
  }
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/**
 * The tree of `text` with its long tables parsed in parts of `partRows` rows, or undefined when that
 * cannot be shown to be the tree a whole parse builds. `tables` are the guard's top-level tables, in
 * order, each longer than one part.
 */
export function parseTablesInParts(text: string, tables: readonly TableSpan[], partRows: number, parse: (text: string) => Root): Root | undefined {
  const root = parse(withLaterRowsBlank(text, tables, partRows));
  const byStart = new Map<number, RootContent>();
  for (const node of root.children) {
    const offset = node.position?.start.offset;
    if (offset !== undefined) byStart.set(offset, node);
  }
  const definitions = text.includes(']:') ? definitionsIn(root.children, text) : [];
  if (!definitions) return undefined;
  const standIns: string[] = [];
  for (const definition of definitions) {
    const written = standIn(definition, text);
    if (written === undefined) return undefined;
    standIns.push(written);
  }
  const suffix = standIns.length > 0 ? `\n\n${standIns.join('\n\n')}\n` : '';
  for (const span of tables) {
    const table = byStart.get(span.start);
    if (table?.type !== 'table' || table.children.length !== partRows + 1 || table.position?.end.offset !== span.rowEnds[partRows - 1]) return undefined;
    const head = text.slice(span.start, span.rowStarts[0]);
    const headLines = lineEndings(head);
    for (let first = partRows; first < span.rowStarts.length; first += partRows) {
      const last = Math.min(first + partRows, span.rowStarts.length) - 1;
      const part = parse(`${head}${text.slice(span.rowStarts[first], span.rowEnds[last])}${suffix}`);
      const partTable = part.children[0] as Table | undefined;
      if (partTable?.type !== 'table' || part.children.length !== 1 + standIns.length || partTable.children.length !== last - first + 2) return undefined;
      const by = { offset: span.rowStarts[first]! - head.length, line: span.rowLines[first]! - (headLines + 1) };
      for (const row of partTable.children.slice(1)) {
        move(row, by);
        table.children.push(row);
      }
    }
    const end = table.children[table.children.length - 1]!.position!.end;
    table.position = { start: table.position.start, end: { ...end } };
  }
  return root;
}
