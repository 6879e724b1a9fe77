/**
 * GitHub Actions workflow commands: one `::error …::message` (or `::warning`) per message, which the
 * runner turns into annotations on the pull request's diff, then one plain summary line for the log.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { portablePath } from './paths.js';
import { countOf, isError, problemSummary, sumTotals } from './summary.js';

/** Escaping of a command's message (data), as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: as data, and also ":" and "," that would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function positionProperties(message: LintMessage): Array<[string, number]> {
  // A fatal message may have no place in the file (line 0); GitHub then annotates the file itself.
  if (!(message.line >= 1)) return [];
  const properties: Array<[string, number]> = [['line', message.line]];
  // An end before the start is no range at all: the start alone.
  const endValid = message.endLine === undefined || message.endLine >= message.line;
  const endLine = endValid ? message.endLine : undefined;
  // The runner drops the whole annotation (only a debug log says why) when col/endColumn come with a
  // range over several lines: GitHub takes columns on single-line ranges only, so there lines alone.
  const singleLine = endLine === undefined || endLine === message.line;
  if (singleLine && message.column >= 1) properties.push(['col', message.column]);
  if (endLine !== undefined) properties.push(['endLine', endLine]);
  if (endValid && singleLine && message.endColumn !== undefined && message.endColumn >= Math.max(1, message.column)) {
    properties.push(['endColumn', message.endColumn]);
  }
  return properties;
}

export function annotation(message: LintMessage, file: string): string {
  const command = isError(message) ? 'error' : 'warning';
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ...positionProperties(message),
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
    for (const message of result.messages) lines.push(annotation(message, file));
  }
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}
