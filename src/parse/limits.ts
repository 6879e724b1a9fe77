/**
 * Shapes the Markdown parser (micromark) cannot read in linear time, refused before parsing with a
 * message instead of a hang. All three are micromark's own algorithms, measured on 100 KB inputs:
 * - emphasis: `resolveAllAttention` matches each closing `*`/`_`/`~` against the openers before it
 *   and splices the event list per match; "*a " × 33 000 + "*" × 33 000 did not finish in 10 minutes;
 * - a paragraph of many lines: `resolveAllText` splices the event list once per line ("a b\n" × 25 000:
 *   seconds, growing with the square of the lines);
 * - nesting: each line re-checks every open container (`> ` × 20 000 overflows the stack after seconds).
 * The limits are far above anything written by hand: a paragraph of 5 000 lines, 1 000 emphasis
 * markers in one paragraph (or one table row), 2 000 nested quotes or lists.
 * Fenced code, HTML blocks and frontmatter are not scanned (micromark does not read them as text),
 * and table rows count one by one (a table's cells are parsed cell by cell).
 */

export const PARSE_LIMITS = {
  paragraphLines: 5_000,
  emphasisRuns: 1_000,
  nesting: 2_000,
} as const;

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
function containers(line: string): { depth: number; listItem: boolean } {
  let depth = 0;
  let listItem = false;
  let index = 0;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++;
    const char = line[index];
    if (char === '>') {
      depth++;
      index++;
      continue;
    }
    if ((char === '-' || char === '*' || char === '+') && (line[index + 1] === ' ' || line[index + 1] === '\t')) {
      depth++;
      listItem = true;
      index += 2;
      continue;
    }
    let digits = 0;
    while (digits < 10 && line[index + digits]! >= '0' && line[index + digits]! <= '9') digits++;
    if (digits > 0 && (line[index + digits] === '.' || line[index + digits] === ')') && (line[index + digits + 1] === ' ' || line[index + digits + 1] === '\t')) {
      depth++;
      listItem = true;
      index += digits + 2;
      continue;
    }
    return { depth, listItem };
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

/** The reason `text` is beyond the parser's limits, or undefined when it is safe to parse. */
export function checkParseLimits(text: string): ParseLimitError | undefined {
  let lineNumber = 0;
  let start = 0;
  let fence: string | undefined;
  let frontmatter = text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n') || text.startsWith('+++\r\n');
  /** The paragraph being read: its first line, its lines, its emphasis runs; kind of run. */
  let runStart = 0;
  let runLines = 0;
  let runEmphasis = 0;
  let runKind: 'none' | 'text' | 'table' | 'html' = 'none';
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    lineNumber++;
    start = end + 1;
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
    const { depth, listItem } = containers(line);
    if (depth > PARSE_LIMITS.nesting) {
      return new ParseLimitError(`line ${lineNumber} nests ${depth} blockquotes or lists; brieflint reads at most ${PARSE_LIMITS.nesting} levels`, lineNumber);
    }
    if (line.trim() === '') {
      runKind = 'none';
      continue;
    }
    // Each list item is a paragraph of its own.
    if (runKind === 'none' || (listItem && runKind === 'text')) {
      runKind = /^ {0,3}</.test(line) ? 'html' : 'text';
      runStart = lineNumber;
      runLines = 0;
      runEmphasis = 0;
    }
    if (runKind === 'html') continue;
    const unquoted = line.replace(/^(?:[ \t]*>)*/, '');
    if (runKind === 'text' && unquoted.includes('-') && DASHES_ONLY.test(unquoted)) {
      // A delimiter row makes the run a table; "---" under text ends the paragraph (a heading or a rule).
      if (unquoted.includes('|')) runKind = 'table';
      else {
        runKind = 'none';
        continue;
      }
    }
    const runs = emphasisRuns(line);
    if (runKind === 'table') {
      if (runs > PARSE_LIMITS.emphasisRuns) return tooMuchEmphasis(lineNumber, 'line');
      continue;
    }
    runLines++;
    runEmphasis += runs;
    if (runLines > PARSE_LIMITS.paragraphLines) {
      return new ParseLimitError(`the paragraph at line ${runStart} runs over ${PARSE_LIMITS.paragraphLines} lines without a blank line; brieflint reads at most ${PARSE_LIMITS.paragraphLines}`, runStart);
    }
    if (runEmphasis > PARSE_LIMITS.emphasisRuns) return tooMuchEmphasis(runStart, 'paragraph');
  }
  return undefined;
}

function tooMuchEmphasis(line: number, where: 'line' | 'paragraph'): ParseLimitError {
  return new ParseLimitError(
    `the ${where} at line ${line} has more than ${PARSE_LIMITS.emphasisRuns} runs of emphasis markers (*, _, ~); brieflint reads at most ${PARSE_LIMITS.emphasisRuns}`,
    line,
  );
}
