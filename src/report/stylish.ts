/**
 * ESLint's "stylish" look: per file the path (underlined), then aligned `line:column  severity  message
 * rule-id` rows, then a summary. With `verbose`, each message is followed by a code frame with the
 * figure underlined and the places it relates to. Nothing at all when there are no messages.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult } from '../engine/types.js';
import { codeFrameRows, excerpt, type FrameRow } from './code-frame.js';
import type { FormatterContext } from './index.js';
import { guardLog, printable } from './log-safe.js';
import { displayPath } from './paths.js';
import { fixableSummary, isError, problemSummary, sumTotals } from './summary.js';

interface Row {
  message: LintMessage;
  line: string;
  column: string;
  severity: 'error' | 'warning';
  text: string;
  ruleId: string;
}

interface ColumnWidths {
  line: number;
  column: number;
  severity: number;
  text: number;
}

function toRow(message: LintMessage): Row {
  return {
    message,
    line: String(message.line || 0),
    column: String(message.column || 0),
    severity: isError(message) ? 'error' : 'warning',
    // As ESLint does: a single closing period adds nothing in a table.
    text: printable(message.message.replace(/([^ ])\.$/u, '$1')),
    ruleId: printable(message.ruleId ?? ''),
  };
}

/** The widest message the rule-id column is aligned after; longer ones run past it. */
const MAX_PADDED_TEXT = 100;

function widthsOf(rows: readonly Row[]): ColumnWidths {
  // A reduce, not Math.max(...rows): 150 000 findings are too many arguments for the stack, and the report would be lost.
  const widest = (pick: (row: Row) => string) => rows.reduce((most, row) => Math.max(most, pick(row).length), 0);
  return {
    line: widest((row) => row.line),
    column: widest((row) => row.column),
    severity: widest((row) => row.severity),
    // Messages are padded so rule ids line up, but never beyond a screen's width: one long message must not
    // pad every other line to its length (150 000 lines × a 12 KB message was a report of gigabytes).
    text: Math.min(widest((row) => row.text), MAX_PADDED_TEXT),
  };
}

/** Pads before colouring, so escape codes never disturb the alignment. */
function renderRow(row: Row, widths: ColumnWidths, chalk: ChalkInstance): string {
  const position = chalk.dim(`${row.line.padStart(widths.line)}:${row.column.padEnd(widths.column)}`);
  const severityText = row.severity.padEnd(widths.severity);
  const severity = row.severity === 'error' ? chalk.red(severityText) : chalk.yellow(severityText);
  if (row.ruleId === '') return `  ${position}  ${severity}  ${row.text}`;
  return `  ${position}  ${severity}  ${row.text.padEnd(widths.text)}  ${chalk.dim(row.ruleId)}`;
}

function renderFrameRows(rows: readonly FrameRow[], severity: Row['severity'], chalk: ChalkInstance): string[] {
  const numberWidth = rows.reduce((most, row) => Math.max(most, String(row.lineNumber ?? '').length), 0);
  const mark = severity === 'error' ? chalk.red : chalk.yellow;
  return rows.map((row) => {
    if (row.kind === 'code') return `    ${chalk.dim(`${String(row.lineNumber).padStart(numberWidth)} |`)} ${row.text}`;
    if (row.kind === 'marker') return `    ${chalk.dim(`${' '.repeat(numberWidth)} |`)} ${mark(row.text)}`;
    return `    ${chalk.dim(`${' '.repeat(numberWidth)} | ${row.text}`)}`;
  });
}

function renderRelated(message: LintMessage, source: string | undefined, chalk: ChalkInstance): string[] {
  return (message.related ?? []).map((place) => {
    const quoted = source === undefined ? '' : excerpt(source, place);
    const parts = [`${place.line}:${place.column}`];
    // Rules often quote the figure in the related message already; saying it twice is noise.
    if (quoted !== '' && !place.message.includes(quoted)) parts.push(`"${printable(quoted)}"`);
    if (place.message !== '') parts.push(printable(place.message));
    return `    ${chalk.dim('related:')} ${parts.join(' ')}`;
  });
}

function renderDetails(row: Row, source: string | undefined, chalk: ChalkInstance): string[] {
  const frame = source === undefined ? [] : codeFrameRows(source, row.message);
  return [...renderFrameRows(frame, row.severity, chalk), ...renderRelated(row.message, source, chalk)];
}

function renderFile(result: LintResult, context: FormatterContext, chalk: ChalkInstance): string {
  const rows = result.messages.map(toRow);
  const widths = widthsOf(rows);
  const lines = [chalk.underline(printable(displayPath(result.filePath, context.cwd)))];
  for (const row of rows) {
    lines.push(renderRow(row, widths, chalk));
    if (!context.verbose) continue;
    const details = renderDetails(row, result.source, chalk);
    if (details.length === 0) continue;
    for (const detail of details) lines.push(detail);
    lines.push('');
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}

export default function stylish(results: LintResult[], context: FormatterContext): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const totals = sumTotals(results);
  const problems = totals.errors + totals.warnings;
  const files = results.filter((result) => result.messages.length > 0);
  if (files.length === 0 && problems === 0) return '';
  const summaryStyle = totals.errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  const summary = [summaryStyle(`✖ ${problemSummary(totals)}`)];
  const fixable = fixableSummary(totals);
  if (fixable !== undefined) summary.push(summaryStyle(`  ${fixable}`));
  // Paths, ids and messages may come from a pull request: nothing in them may read as a CI command.
  return guardLog(`\n${files.map((result) => `${renderFile(result, context, chalk)}\n`).join('')}${summary.join('\n')}\n`);
}
