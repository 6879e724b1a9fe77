/**
 * Counting problems across results and saying the totals the way ESLint does
 * ("✖ 3 problems (2 errors, 1 warning)"), shared by the formatters that print a summary.
 */
import type { LintMessage, LintResult } from '../engine/types.js';

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
  /** Files with at least one message. */
  filesWithProblems: number;
  filesLinted: number;
}

/** Sums the engine's own per-file counts (never recounts messages, so --quiet and fatal errors stay consistent). */
export function sumTotals(results: readonly LintResult[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0, filesWithProblems: 0, filesLinted: 0 };
  for (const result of results) {
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.fixableErrors += result.fixableErrorCount;
    totals.fixableWarnings += result.fixableWarningCount;
    totals.filesLinted += 1;
    if (result.messages.length > 0) totals.filesWithProblems += 1;
  }
  return totals;
}

/** "1 problem", "2 problems", "0 problems". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "3 problems (2 errors, 1 warning)". */
export function problemSummary(totals: Totals): string {
  const problems = totals.errors + totals.warnings;
  return `${countOf(problems, 'problem')} (${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')})`;
}

/** "1 error and 0 warnings potentially fixable with the --fix option.", or undefined when nothing is fixable. */
export function fixableSummary(totals: Totals): string | undefined {
  if (totals.fixableErrors === 0 && totals.fixableWarnings === 0) return undefined;
  return `${countOf(totals.fixableErrors, 'error')} and ${countOf(totals.fixableWarnings, 'warning')} potentially fixable with the --fix option.`;
}

/** Fatal messages (a file that could not be read or parsed) count as errors, as in ESLint. */
export function isError(message: LintMessage): boolean {
  return message.fatal === true || message.severity === 2;
}

/** The row a message without a rule id (a file that could not be linted) is counted under. */
export const NO_RULE = '(file could not be linted)';

/** Errors and warnings per rule id, sorted by id: the per-rule tables of the HTML report and the Action's summary. */
export function countsByRule(results: readonly LintResult[]): Array<[string, { errors: number; warnings: number }]> {
  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const result of results) {
    for (const message of result.messages) {
      const key = message.ruleId ?? NO_RULE;
      const counts = perRule.get(key) ?? { errors: 0, warnings: 0 };
      if (message.severity === 2) counts.errors += 1;
      else counts.warnings += 1;
      perRule.set(key, counts);
    }
  }
  return [...perRule].sort(([a], [b]) => a.localeCompare(b));
}
