/**
 * Where the time goes: ESLint's `stats` on each result (`--stats`, lintText's `stats`) and its
 * `TIMING` table of the slowest rules and phases.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { timingListSize, timingTable, timingTotals } from '../../src/engine/timing.js';
import type { LintResult } from '../../src/engine/types.js';
import { builtinRules } from '../../src/rules/index.js';
import { parseJsonReport, repoRoot, runMain } from '../cli/helpers.js';

const BRIEF = '# Budget\n\nThe fund has € 50 bn + € 150 bn = € 250 bn, of which € 20 bn for chips.\n';
const STYLE_SLIP = 'Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.\n';
const STYLE_FIXED = 'Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.\n';
const ruleIds = builtinRules.map((rule) => rule.meta.id);

/** The shape and sense of one result's stats: every phase and enabled rule timed, the parts within the whole. */
function expectStats(result: LintResult, passes: number): void {
  expect(result.stats).toBeDefined();
  const stats = result.stats!;
  expect(Object.keys(stats)).toEqual(['times', 'fixPasses']);
  expect(stats.fixPasses).toBe(passes - 1);
  expect(stats.times.passes).toHaveLength(passes);
  for (const pass of stats.times.passes) {
    expect(Object.keys(pass)).toEqual(['parse', 'brief', 'semantics', 'rules', 'fix', 'total']);
    expect(Object.keys(pass.rules).sort()).toEqual([...ruleIds].sort());
    const parts = [pass.parse, pass.brief, pass.semantics, pass.fix, ...Object.values(pass.rules)].map((time) => time.total);
    for (const part of parts) expect(part).toBeGreaterThanOrEqual(0);
    // The whole pass holds its parts (a little slack for the clock's rounding).
    expect(pass.total + 0.01).toBeGreaterThanOrEqual(parts.reduce((sum, part) => sum + part, 0));
    expect(pass.parse.total).toBeGreaterThan(0);
  }
}

describe('stats (ESLint\'s --stats)', () => {
  it('lintText adds them only when asked', () => {
    expect(lintText(BRIEF, { config: {} })).not.toHaveProperty('stats');
    const result = lintText(BRIEF, { config: {}, stats: true });
    expectStats(result, 1);
    // The result is otherwise the same, and stats come last, as ESLint adds them.
    const { stats: _stats, ...rest } = result;
    expect(rest).toEqual(lintText(BRIEF, { config: {} }));
    expect(Object.keys(result).at(-1)).toBe('stats');
  });

  it('--stats puts them in the JSON report; a --fix run has a pass per round of fixes', async () => {
    const plain = parseJsonReport((await runMain(['--stdin', '--no-config', '-f', 'json'], { input: BRIEF })).stdout);
    expect(plain[0]).not.toHaveProperty('stats');
    const run = await runMain(['--stdin', '--no-config', '--stats', '-f', 'json'], { input: BRIEF });
    expect(run.code).toBe(1);
    expectStats(parseJsonReport(run.stdout)[0] as unknown as LintResult, 1);
    const fixed = parseJsonReport((await runMain(['--stdin', '--no-config', '--fix-dry-run', '--stats', '-f', 'json'], { input: STYLE_SLIP })).stdout);
    expect(fixed[0]).toMatchObject({ output: STYLE_FIXED });
    expectStats(fixed[0] as unknown as LintResult, 2);
  });

  it('cross from worker threads with each result (the built engine, where the worker script is)', async () => {
    const { lintFiles } = (await import(path.join(repoRoot, 'dist/engine/lint.js'))) as typeof import('../../src/engine/lint.js');
    const files = ['fixtures/clean-brief.md', 'fixtures/investai-brief.md'];
    const outcome = await lintFiles(files, { cwd: repoRoot, noConfig: true, concurrency: 2, stats: true });
    expect(outcome.results).toHaveLength(2);
    for (const result of outcome.results) expectStats(result, 1);
  }, 60_000);
});

describe('TIMING (ESLint\'s table of the slowest rules)', () => {
  it('is ESLint\'s table: the slowest first, milliseconds with three decimals, the share of the whole', () => {
    const totals = new Map([
      ['number-style', 2.139],
      ['(parse)', 136.659],
      ['table-total', 1.78],
      ['(report)', 0.789],
    ]);
    expect(timingTable(totals, 10)).toBe(
      [
        'Rule         | Time (ms) | Relative',
        ':------------|----------:|--------:',
        '(parse)      |   136.659 |    96.7%',
        'number-style |     2.139 |     1.5%',
        'table-total  |     1.780 |     1.3%',
        '(report)     |     0.789 |     0.6%',
        '',
      ].join('\n'),
    );
    // The share stays of the whole when rows are left out; the columns are as wide as the rows shown.
    expect(timingTable(totals, 1).split('\n')[2]).toBe('(parse) |   136.659 |    96.7%');
  });

  it('lists 10 rows, more when asked for more, or all', () => {
    expect(timingListSize('1')).toBe(10);
    expect(timingListSize('true')).toBe(10);
    expect(timingListSize('25')).toBe(25);
    expect(timingListSize('all')).toBe(Number.POSITIVE_INFINITY);
    expect(timingListSize('ALL')).toBe(Number.POSITIVE_INFINITY);
  });

  it('sums rules and phases over every pass of every file', () => {
    const first = lintText(BRIEF, { config: {}, stats: true });
    const second = lintText(STYLE_SLIP, { config: {}, stats: true, fix: true });
    const totals = timingTotals([first, second, lintText(BRIEF, { config: {} })]);
    const passes = [...first.stats!.times.passes, ...second.stats!.times.passes];
    expect(totals.get('(parse)')).toBeCloseTo(passes.reduce((sum, pass) => sum + pass.parse.total, 0), 6);
    expect(totals.get('number-style')).toBeCloseTo(passes.reduce((sum, pass) => sum + pass.rules['number-style']!.total, 0), 6);
    expect([...totals.keys()].sort()).toEqual(['(brief)', '(fix)', '(parse)', '(semantics)', ...ruleIds].sort());
  });

  it('TIMING=1 prints the table after the report; TIMING=all every rule and phase; the JSON is unchanged', async () => {
    const run = await runMain(['--stdin', '--no-config', '--no-color'], { input: BRIEF, env: { TIMING: '1' } });
    expect(run.code).toBe(1);
    const [report, table] = run.stdout.split(/(?=^Rule +\| Time \(ms\) \| Relative$)/m);
    expect(report).toContain('sum-mismatch');
    const rows = table!.trimEnd().split('\n');
    expect(rows[1]).toMatch(/^:-+\|-+:\|-+:$/);
    expect(rows).toHaveLength(12);
    const times = rows.slice(2).map((row) => Number(row.split('|')[1]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(rows.some((row) => row.startsWith('(parse) '))).toBe(true);

    const all = await runMain(['--stdin', '--no-config', '-f', 'json'], { input: BRIEF, env: { TIMING: 'all' } });
    const [json, allTable] = all.stdout.split(/(?=^Rule +\| Time \(ms\) \| Relative$)/m);
    expect(JSON.parse(json!)[0]).not.toHaveProperty('stats');
    const names = allTable!.trimEnd().split('\n').slice(2).map((row) => row.split('|')[0]!.trim());
    // Every rule and phase that took any time: the rules, parse, brief, semantics and report (no fix was asked for).
    expect(names.filter((name) => name.startsWith('('))).toEqual(expect.arrayContaining(['(parse)', '(brief)', '(semantics)', '(report)']));
    expect(names.length).toBeGreaterThanOrEqual(ruleIds.length);
    const shares = allTable!.trimEnd().split('\n').slice(2).map((row) => Number.parseFloat(row.split('|')[2]!));
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 0);
  });
});
