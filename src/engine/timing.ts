/**
 * Where the time goes, in ESLint's two shapes: `stats` on each result (ESLint's `--stats`: one pass per
 * lint of the text, a --fix run adding one per round of fixes) and the `TIMING=1` table of the slowest
 * rules and phases, summed over all files.
 *
 * Times are milliseconds of the thread's clock (performance.now), as ESLint's are: CPU time cannot be
 * told per thread, and worker threads lint files side by side.
 */
import type { LintResult } from './types.js';

export interface TimeTotal {
  total: number;
}

/**
 * One lint of a file's text. ESLint's keys (parse, rules, fix, total), and two of brieflint's own:
 * `brief`, reading the parsed tree into a Brief (prose, tables, every figure), and `semantics`, the
 * sentences and claims rules share (what a rule asks for first on its own, a figure's subject or a
 * table's notes, counts in that rule).
 */
export interface TimePass {
  parse: TimeTotal;
  brief: TimeTotal;
  semantics: TimeTotal;
  rules: Record<string, TimeTotal>;
  fix: TimeTotal;
  total: number;
}

/** ESLint's `stats` of a result: the time of each pass, and how many rounds of fixes were applied. */
export interface Stats {
  times: { passes: TimePass[] };
  fixPasses: number;
}

export const now = (): number => performance.now();

export function emptyPass(): TimePass {
  return { parse: { total: 0 }, brief: { total: 0 }, semantics: { total: 0 }, rules: {}, fix: { total: 0 }, total: 0 };
}

/** The TIMING table's rows for phases, set apart from rule ids by parentheses. */
const PHASES = ['parse', 'brief', 'semantics', 'fix'] as const;

/** Milliseconds per rule and phase, summed over the passes of every result that has stats. */
export function timingTotals(results: readonly LintResult[]): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      for (const phase of PHASES) add(`(${phase})`, pass[phase].total);
      for (const [ruleId, time] of Object.entries(pass.rules)) add(ruleId, time.total);
    }
  }
  return totals;
}

/**
 * How many rows TIMING asks for, as ESLint reads it: "all" for every one, a number above 10 for that
 * many, anything else 10.
 */
export function timingListSize(setting: string): number {
  if (setting.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const asked = Number.parseInt(setting, 10);
  return asked > 10 ? asked : 10;
}

/**
 * ESLint's TIMING table: the slowest first, the time in milliseconds with three decimals and its share
 * of the whole; a Markdown table, the first column left-aligned and the others right-aligned.
 */
export function timingTable(totals: ReadonlyMap<string, number>, listSize: number): string {
  const all = [...totals].filter(([, ms]) => ms > 0);
  const whole = all.reduce((sum, [, ms]) => sum + ms, 0);
  const rows = all
    .sort((a, b) => b[1] - a[1])
    .slice(0, listSize)
    .map(([name, ms]) => [name, ms.toFixed(3), `${((ms * 100) / whole).toFixed(1)}%`]);
  rows.unshift(['Rule', 'Time (ms)', 'Relative']);
  const widths = [0, 1, 2].map((column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), 0));
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join(' | '));
  const rule = `:${'-'.repeat(widths[0]!)}|${'-'.repeat(widths[1]! + 1)}:|${'-'.repeat(widths[2]!)}:`;
  lines.splice(1, 0, rule);
  return `${lines.join('\n')}\n`;
}
