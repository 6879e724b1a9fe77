/**
 * GitHub Actions workflow commands: one `::error …::message` (or `::warning`) per message, which the
 * runner turns into annotations on the pull request's diff, then one plain summary line for the log.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { splitLines } from './lines.js';
import { visibleControls } from './log-safe.js';
import { portablePath } from './paths.js';
import { countOf, isError, problemSummary, sumTotals } from './summary.js';

/**
 * Escaping of a command's message (data), as @actions/core does; other controls (ESC, C1, bidi
 * overrides) are shown as escapes, as everywhere (log-safe.ts): the runner's own escapes cover only
 * line breaks, so a raw ESC in a file name would drive the log viewer.
 */
export function escapeData(text: string): string {
  return visibleControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: as data, and also ":" and "," that would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function positionProperties(message: LintMessage, lineLength?: (line: number) => number | undefined): Array<[string, number]> {
  // A fatal message may have no place in the file (line 0); GitHub then annotates the file itself.
  if (!(message.line >= 1)) return [];
  const properties: Array<[string, number]> = [['line', message.line]];
  // An end before the start is no range at all: the start alone.
  const endValid = message.endLine === undefined || message.endLine >= message.line;
  const endLine = endValid ? message.endLine : undefined;
  // The runner drops the whole annotation (only a debug log says why) when col/endColumn come with a
  // range over several lines: GitHub takes columns on single-line ranges only. A figure broken over two
  // lines ("31⏎April 2026") is annotated on its first line, from its column to the line's end, so the
  // annotation keeps its column; without the source, the lines alone.
  const singleLine = endLine === undefined || endLine === message.line;
  const firstLineEnd = singleLine ? undefined : lineLength?.(message.line);
  if (!singleLine && firstLineEnd !== undefined && message.column >= 1 && firstLineEnd + 1 >= message.column) {
    return [...properties, ['col', message.column], ['endLine', message.line], ['endColumn', firstLineEnd + 1]];
  }
  if (singleLine && message.column >= 1) properties.push(['col', message.column]);
  if (endLine !== undefined) properties.push(['endLine', endLine]);
  if (endValid && singleLine && message.endColumn !== undefined && message.endColumn >= Math.max(1, message.column)) {
    properties.push(['endColumn', message.endColumn]);
  }
  return properties;
}

/** Lengths of a text's lines, 1-based, split once and only when asked. */
export function lineLengths(source: string | undefined): (line: number) => number | undefined {
  let lines: string[] | undefined;
  return (line) => (source === undefined ? undefined : (lines ??= splitLines(source))[line - 1]?.length);
}

/** `lineLength`: of the file's lines, to keep the column of a range over several lines (see positionProperties). */
export function annotation(message: LintMessage, file: string, lineLength?: (line: number) => number | undefined): string {
  const command = isError(message) ? 'error' : 'warning';
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ...positionProperties(message, lineLength),
    ['title', message.ruleId ?? 'brieflint'],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command} ${list}::${escapeData(message.message)}`;
}

function summaryLine(results: readonly LintResult[]): string {
  const totals = sumTotals(results);
  const files = countOf(totals.filesLinted, 'file');
  if (totals.errors + totals.warnings === 0) return `brieflint: no problems in ${files}`;
  return `brieflint: ${problemSummary(totals)} in ${countOf(totals.filesWithProblems, 'file')} of ${files}`;
}

export default function github(results: LintResult[], context: FormatterContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = portablePath(result.filePath, context.cwd);
    const lineLength = lineLengths(result.source);
    for (const message of result.messages) lines.push(annotation(message, file, lineLength));
  }
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}
