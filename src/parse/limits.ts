/**
 * Shapes the Markdown parser (micromark, mdast-util-from-markdown) cannot read in linear time or
 * memory, refused before parsing with a one-line message instead of a hang or a crash. Each is the
 * parser's own algorithm; the costs were measured on brieflint's whole lint (CPU time):
 * - emphasis: `resolveAllAttention` matches each closing `*`/`_`/`~` against the openers before it
 *   and splices the event list per match; "*a " × 33 000 + "*" × 33 000 did not finish in 10 minutes;
 * - a paragraph of many lines: `resolveAllText` splices the event list once per line ("a b\n" × 25 000:
 *   seconds, growing with the square of the lines);
 * - nesting on one line: each line re-checks every open container (`> ` × 20 000 overflows the stack);
 * - nested brackets: at each "]" the footnote-call check normalises the text back to its "[" (so
 *   "[" × n + "x" + "]" × n costs n²: 25 KB 1.8 s, 100 KB 51 s). The cost counted is the sum of the
 *   distances from each "]" to its "["; plain links keep it under the text's length;
 * - containers closed between paragraphs: each list, block quote or footnote definition that ends
 *   before more text rebuilds the document's whole event list so far (document.js, EditMap), so
 *   "- item\n\ntext\n\n" × 2 000 took 5 s and 8 000 footnote definitions between paragraphs 44 s.
 *   A block quote followed, after a blank line, by another quote or a list closes the same way, once
 *   per level it nests: "> claim\n\n" × 2 000 (70 KB) 2.4 s of parse, ten levels deep × 1 000 (53 KB)
 *   7 s, 1 999 levels deep × 300 paragraphs (1.2 MB) 94 s and 2.8 GB. The cost counted is the sum of
 *   the offsets at which such a container ends, times the block quotes it closes (measured: a quote
 *   three or ten deep costs three or ten times one a level deep, per offset);
 * - container markers: the parser keeps every marker's events until the whole document is read, about
 *   4.5 KB each ("> " × 1 999 on 40 lines of one paragraph: 526 MB), so the markers written in all
 *   are counted: 100 000 (≈ 2.6 s and 300 MB of lint at 1 999 levels × 49 lines) is 17 times the most
 *   in the corpus (5 917, a statute with a numbered list per paragraph);
 * - lists nested by indentation: `prepareList` walks each list's events, so a line costs its length
 *   times its nesting (a list 250 levels deep, 62 KB: 1.5 s; 1 000 levels, 1 MB: 47 s);
 * - table cells: every cell is a tree node with positions (about 1 KB each): a 4 MB table of 45 000
 *   columns ran out of heap after two minutes (exit 134). The parser's events take about 9.7 KB per
 *   cell more until the document is read, so a long top-level table is parsed in parts of 1 000 rows
 *   (table-chunks.ts; the guard records where its rows are): a 50 000-row table of five columns went
 *   from 3.0 GB to 1.9 GB.
 * The limits are far above anything written by hand: a paragraph of 5 000 lines, 1 000 emphasis
 * markers in one paragraph (or one table row), 2 000 nested quotes or lists on a line, bracket and
 * nesting costs of 8× the text (links inside links are 2×), containers closing at 40 million
 * characters of offsets in all, 100 000 container markers, 1 000 columns and 300 000 table cells.
 * The closing cost is no byte limit: it is micromark's own quadratic work, which brieflint cannot make
 * linear. 24 million refused a 290 KB brief (the 2.3 KB example brief 128 times, a list per copy:
 * 37.6 million). Whole-lint CPU on a loaded 2-core machine, the example brief repeated: 64× (147 KB,
 * 9.5 M) 2.8 s, 128× (293 KB, 37.6 M) 4.8 s, 256× (586 KB, 150 M) 11.1 s; footnotes between
 * paragraphs, the dearest shape per unit of cost: 1 000 (19 M) 3.1 s, 1 400 (38 M) 4.4 s, 2 000
 * (79 M) 7.9 s. So 40 million admits the 128× brief and keeps the worst shape under about 5 s there;
 * the 374 briefs and laws of the test corpus stay under 16 million (13.2 million since quotes closed by
 * other containers count too: a 190 KB German statute with a list in every article). Quotes cost less
 * per unit than lists (one deep: 0.034 s per million, so 40 million is about 1.4 s of parse).
 * Fenced code, HTML blocks and frontmatter are not scanned (micromark does not read them as text),
 * and table rows count one by one (a table's cells are parsed cell by cell).
 */

export const PARSE_LIMITS = {
  paragraphLines: 5_000,
  emphasisRuns: 1_000,
  nesting: 2_000,
  /** Sum of "]"-to-"[" distances, per character of text (plus a floor for short texts). */
  bracketCostPerCharacter: 8,
  /** Sum of list depth × line length, per character of text (plus the same floor). */
  listDepthCostPerCharacter: 8,
  /** Sum of the offsets at which a container closes before more text. */
  containerClosingCost: 40_000_000,
  containerMarkers: 100_000,
  tableColumns: 1_000,
  tableCells: 300_000,
} as const;

export type ParseLimits = { readonly [K in keyof typeof PARSE_LIMITS]: number };

/** Costs below this many characters are never refused: short texts parse fast whatever their shape. */
const COST_FLOOR = 1_000_000;

/** A document the parser would take too long on; the message says which line and which limit. */
export class ParseLimitError extends Error {
  constructor(
    message: string,
    /** 1-based line where the offending paragraph or line starts. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'ParseLimitError';
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A table's delimiter row ("|---|:--:|"), or a setext underline / thematic break ("---") without pipes. */
const DASHES_ONLY = /^[ \t|:-]+$/;

/** How many blockquote and list markers open the line ("> > - 1. x" → 4), and whether one is a list item's. */
function containers(line: string): { depth: number; quotes: number; listItem: boolean; opensWithList: boolean } {
  let depth = 0;
  let quotes = 0;
  let listItem = false;
  let opensWithList = false;
  let index = 0;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++;
    const char = line[index];
    if (char === '>') {
      depth++;
      quotes++;
      index++;
      continue;
    }
    if ((char === '-' || char === '*' || char === '+') && (line[index + 1] === ' ' || line[index + 1] === '\t')) {
      if (depth === 0) opensWithList = true;
      depth++;
      listItem = true;
      index += 2;
      continue;
    }
    let digits = 0;
    while (digits < 10 && line[index + digits]! >= '0' && line[index + digits]! <= '9') digits++;
    if (digits > 0 && (line[index + digits] === '.' || line[index + digits] === ')') && (line[index + digits + 1] === ' ' || line[index + digits + 1] === '\t')) {
      if (depth === 0) opensWithList = true;
      depth++;
      listItem = true;
      index += digits + 2;
      continue;
    }
    return { depth, quotes, listItem, opensWithList };
  }
}

/** Runs of emphasis markers in the line ("**a** _b_" → 4): each is one delimiter for micromark. */
function emphasisRuns(line: string): number {
  let runs = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if ((char === '*' || char === '_' || char === '~') && line[index - 1] !== char) runs++;
  }
  return runs;
}

/** A footnote definition's first line ("[^note]: …"): a container, as list items and quotes are. */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;
/** A list item's marker after its indentation, and the spaces after it. */
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/** Columns of leading white space (a tab to the next multiple of 4, as CommonMark counts it). */
function indentation(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** The cells of a table row: its unescaped pipes, less a leading and a trailing one, plus one. */
function cellsOf(row: string): number {
  const line = row.trim();
  let pipes = 0;
  let last = -1;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') index++;
    else if (line[index] === '|') {
      pipes++;
      last = index;
    }
  }
  return pipes + 1 - (line.startsWith('|') ? 1 : 0) - (last === line.length - 1 && last > 0 ? 1 : 0);
}

/** The running costs of the shapes micromark reads super-linearly (see the header). */
class ShapeCosts {
  bracket = 0;
  listDepth = 0;
  closing = 0;
  closings = 0;
  /** Block quote and list markers written, line by line. */
  containerMarkers = 0;
  tableCells = 0;
  private readonly openBrackets: number[] = [];
  private readonly listColumns: number[] = [];
  /** How many block quotes the last container line held (at least 1; 0: none open); whether its outermost is a list or a footnote. */
  private openDepth = 0;
  private openList = false;
  private openFootnote = false;
  private previousBlank = false;

  /** A new paragraph or table row: brackets never pair across it. */
  resetBrackets(): void {
    this.openBrackets.length = 0;
  }

  brackets(line: string, lineStart: number): void {
    for (let index = 0; index < line.length; index++) {
      const char = line[index];
      if (char === '\\') index++;
      else if (char === '[') this.openBrackets.push(lineStart + index);
      else if (char === ']' && this.openBrackets.length > 0) this.bracket += lineStart + index - this.openBrackets.pop()!;
    }
  }

  /**
   * Nesting by indentation, container markers, and containers (lists, quotes, footnotes) closed after
   * a blank line before more text: a paragraph, a heading, or another container that does not continue
   * them (a block quote after a list or a quote; a list item after a quote). Each closing costs the text
   * before it, once per block quote closed.
   */
  structure(line: string, lineStart: number, shape: { depth: number; quotes: number; opensWithList: boolean }): void {
    if (line.trim() === '') {
      this.previousBlank = true;
      return;
    }
    const indent = indentation(line);
    while (this.listColumns.length > 0 && this.listColumns[this.listColumns.length - 1]! > indent) this.listColumns.pop();
    const marker = LIST_MARKER.exec(line);
    if (marker) this.listColumns.push(indent + marker[2]!.length + Math.max(1, marker[3]!.length));
    this.listDepth += this.listColumns.length * (line.length + 1);
    this.containerMarkers += shape.depth;
    const footnote = FOOTNOTE_DEFINITION.test(line);
    const continues = (shape.opensWithList && this.openList) || (footnote && this.openFootnote);
    if (this.openDepth > 0 && this.previousBlank && indent < 2 && !continues) {
      this.closing += lineStart * this.openDepth;
      this.closings++;
      this.openDepth = 0;
    }
    if (shape.depth > 0 || footnote) {
      this.openDepth = Math.max(1, shape.quotes);
      this.openList = shape.opensWithList;
      this.openFootnote = footnote;
    }
    this.previousBlank = false;
  }
}

function indexOrEnd(text: string, char: string, from: number): number {
  const found = text.indexOf(char, from);
  return found === -1 ? text.length : found;
}

/**
 * A GFM table at the top level of the document, as the guard sees it: where its header line starts,
 * and each row line's start, end (before its line ending) and 1-based number. `broken` when a row line
 * is indented or quoted, so the table cannot be parsed in parts (processor.ts).
 */
export interface TableSpan {
  start: number;
  rowStarts: number[];
  rowEnds: number[];
  rowLines: number[];
  broken: boolean;
}

/**
 * The reason `text` is beyond the parser's limits, or undefined when it is safe to parse. The tables
 * that start a block at the top level, after a blank line, are added to `tables` when it is given.
 */
export function checkParseLimits(text: string, limits: ParseLimits = PARSE_LIMITS, tables?: TableSpan[]): ParseLimitError | undefined {
  let lineNumber = 0;
  let start = 0;
  let fence: string | undefined;
  let frontmatter = text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n') || text.startsWith('+++\r\n');
  /** The paragraph being read: its first line, its lines, its emphasis runs; kind of run. */
  let runStart = 0;
  let runLines = 0;
  let runEmphasis = 0;
  let runKind: 'none' | 'text' | 'table' | 'html' = 'none';
  /** Whether the run's first line could head a top-level table (after a blank line, unindented), and where it starts. */
  let runTopLevel = false;
  let runLineStart = 0;
  let previousBlank = true;
  let table: TableSpan | undefined;
  const costs = new ShapeCosts();
  const bracketBudget = limits.bracketCostPerCharacter * text.length + COST_FLOOR;
  const listBudget = limits.listDepthCostPerCharacter * text.length + COST_FLOOR;
  // Lines end at "\n", "\r\n" or a lone "\r", as micromark ends them (a brief of lone CRs is many lines
  // to the parser, so it must be to the guard). The next of each is kept, so each search runs once.
  let nextLineFeed = -1;
  let nextReturn = -1;
  while (start <= text.length) {
    if (nextLineFeed < start) nextLineFeed = indexOrEnd(text, '\n', start);
    if (nextReturn < start) nextReturn = indexOrEnd(text, '\r', start);
    const end = Math.min(nextLineFeed, nextReturn);
    const line = text.slice(start, end);
    const lineStart = start;
    lineNumber++;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    const afterBlank = previousBlank;
    previousBlank = line.trim() === '';
    let delimiterRow = false;
    if (frontmatter) {
      if (lineNumber > 1 && (line === '---' || line === '+++' || line === '...')) frontmatter = false;
      continue;
    }
    const fenceMark = FENCE.exec(line.replace(/^(?:[ \t]*>)*/, ''))?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      runKind = 'none';
      continue;
    }
    const shape = containers(line);
    const { depth, listItem } = shape;
    if (depth > limits.nesting) {
      return new ParseLimitError(`line ${lineNumber} nests ${depth} blockquotes or lists; brieflint reads at most ${limits.nesting} levels`, lineNumber);
    }
    costs.structure(line, lineStart, shape);
    if (costs.containerMarkers > limits.containerMarkers) {
      return new ParseLimitError(
        `the brief writes more than ${limits.containerMarkers} block quote and list markers by line ${lineNumber} (the parser keeps thousands of bytes for each); brieflint reads at most ${limits.containerMarkers}`,
        lineNumber,
      );
    }
    if (costs.listDepth > listBudget) {
      return new ParseLimitError(`the list at line ${lineNumber} nests too deeply for its length (a list nested by indentation costs the parser its depth × its length); brieflint refuses it`, lineNumber);
    }
    if (costs.closing > limits.containerClosingCost) {
      return new ParseLimitError(
        `the brief closes too many lists, block quotes or footnotes between paragraphs (${costs.closings} by line ${lineNumber}; each costs the parser the text before it); brieflint refuses it`,
        lineNumber,
      );
    }
    if (line.trim() === '') {
      runKind = 'none';
      continue;
    }
    // Each list item is a paragraph of its own.
    if (runKind === 'none' || (listItem && runKind === 'text')) {
      runKind = /^ {0,3}</.test(line) ? 'html' : 'text';
      runTopLevel = afterBlank && depth === 0 && indentation(line) === 0;
      runLineStart = lineStart;
      runStart = lineNumber;
      runLines = 0;
      runEmphasis = 0;
      costs.resetBrackets();
    }
    if (runKind === 'html') continue;
    const unquoted = line.replace(/^(?:[ \t]*>)*/, '');
    if (runKind === 'text' && unquoted.includes('-') && DASHES_ONLY.test(unquoted)) {
      // A delimiter row makes the run a table; "---" under text ends the paragraph (a heading or a rule).
      if (unquoted.includes('|')) {
        runKind = 'table';
        table = runTopLevel && runLines === 1 && depth === 0 && unquoted === line ? { start: runLineStart, rowStarts: [], rowEnds: [], rowLines: [], broken: false } : undefined;
        if (table) tables?.push(table);
        delimiterRow = true;
      } else {
        runKind = 'none';
        continue;
      }
    }
    if (runKind === 'table') costs.resetBrackets();
    costs.brackets(line, lineStart);
    if (costs.bracket > bracketBudget) {
      return new ParseLimitError(`the brackets ([…]) of the paragraph at line ${runStart} nest too deeply to parse in reasonable time; brieflint refuses them`, runStart);
    }
    const runs = emphasisRuns(line);
    if (runKind === 'table') {
      if (runs > limits.emphasisRuns) return tooMuchEmphasis(lineNumber, 'line', limits.emphasisRuns);
      if (table && (depth > 0 || indentation(line) >= 4 || line.trimStart().startsWith('>'))) table.broken = true;
      else if (table && !delimiterRow) {
        table.rowStarts.push(lineStart);
        table.rowEnds.push(end);
        table.rowLines.push(lineNumber);
      }
      const cells = cellsOf(line);
      costs.tableCells += cells;
      if (cells > limits.tableColumns) {
        return new ParseLimitError(`the table row at line ${lineNumber} has ${cells} columns; brieflint reads at most ${limits.tableColumns}`, lineNumber);
      }
      if (costs.tableCells > limits.tableCells) {
        return new ParseLimitError(`the tables hold more than ${limits.tableCells} cells by line ${lineNumber}; brieflint reads at most ${limits.tableCells}`, lineNumber);
      }
      continue;
    }
    runLines++;
    runEmphasis += runs;
    if (runLines > limits.paragraphLines) {
      return new ParseLimitError(`the paragraph at line ${runStart} runs over ${limits.paragraphLines} lines without a blank line; brieflint reads at most ${limits.paragraphLines}`, runStart);
    }
    if (runEmphasis > limits.emphasisRuns) return tooMuchEmphasis(runStart, 'paragraph', limits.emphasisRuns);
  }
  return undefined;
}

function tooMuchEmphasis(line: number, where: 'line' | 'paragraph', most: number): ParseLimitError {
  return new ParseLimitError(
    `the ${where} at line ${line} has more than ${most} runs of emphasis markers (*, _, ~); brieflint reads at most ${most}`,
    line,
  );
}
