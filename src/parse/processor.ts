/**
 * The Markdown parser, built once per process: parsing is the expensive part, and the processor is reusable.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Processor } from 'unified';
import { checkParseLimits, PARSE_LIMITS, type TableSpan } from './limits.js';
import { parseTablesInParts, TABLE_PART_ROWS } from './table-chunks.js';

/**
 * GitHub Flavored Markdown as remark-gfm reads it, except literal autolinks (a bare `www.…`, `https://…`
 * or e-mail address becoming a link). Finding those costs about 7 % of a lint: a tokenizer check at
 * every letter plus a find-and-replace over every text node. brieflint gains nothing from them: the
 * quantity reader recognises addresses in plain text itself (quantity/references.ts), as it must for
 * table cells and headings anyway, so the digits in an address are never read as figures either way.
 */
function gfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ]);
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfmWithoutLiteralAutolinks);

/**
 * Parses Markdown to mdast. Shapes the parser would take minutes on are refused first (see limits.ts),
 * and a stack overflow on absurdly deep nesting becomes an error that says so.
 */
export function parseMarkdown(text: string, tablePartRows = TABLE_PART_ROWS): Root {
  const tables: TableSpan[] = [];
  const beyondLimits = checkParseLimits(text, PARSE_LIMITS, tables);
  if (beyondLimits) throw beyondLimits;
  // A long table is parsed in parts (table-chunks.ts), so the parser's memory per cell is released.
  const long = tables.filter((table) => !table.broken && table.rowStarts.length > tablePartRows);
  return (long.length > 0 ? parseTablesInParts(text, long, tablePartRows, parseWithinLimits) : undefined) ?? parseWithinLimits(text);
}

/** Parses text whose whole document has passed the limits (incremental.ts parses slices of one). */
export function parseWithinLimits(text: string): Root {
  try {
    return processor.parse(text);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new Error('document nests too deeply', { cause: error });
    throw error;
  }
}
