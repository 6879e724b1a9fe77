/**
 * Lines of a source text as Markdown counts them (CommonMark line endings: LF, CR, CRLF), so line
 * numbers here agree with the parser's and the engine's. Columns are 1-based UTF-16 columns.
 */

export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** 1-based line and column of a UTF-16 offset (clamped into the text). */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  const target = Math.min(Math.max(offset, 0), source.length);
  let line = 1;
  let lineStart = 0;
  const lineEnd = /\r\n|\r|\n/g;
  for (let match = lineEnd.exec(source); match !== null && match.index < target; match = lineEnd.exec(source)) {
    // An offset between the CR and LF of a CRLF still belongs to the line the CRLF ends.
    if (match.index + match[0].length > target) break;
    line += 1;
    lineStart = match.index + match[0].length;
  }
  return { line, column: target - lineStart + 1 };
}
