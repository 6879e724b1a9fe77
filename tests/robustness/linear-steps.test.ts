/**
 * Steps that were once super-linear, each timed on its own: the brief is built outside the timing,
 * and only the step (one rule's check) is measured, as CPU time, at a small and a large size. The
 * bound allows twice the linear growth (plus a floor for runs too short to time), so the test passes
 * on a loaded 2-core runner and fails on quadratic growth.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { buildBrief } from '../../src/parse/index.js';
import type { Brief } from '../../src/parse/types.js';
import { builtinRules, findRule } from '../../src/rules/index.js';
import { cpuMs } from '../helpers/timing.js';

const config = resolveConfig(null, { rules: builtinRules });

/** CPU milliseconds of one rule's check on a brief, the best of two runs (the first warms the code up). */
function checkTime(ruleId: string, brief: Brief): { ms: number; reports: number } {
  const rule = findRule(ruleId)!;
  let reports = 0;
  const run = () => rule.check(brief, { options: config.rules[ruleId]!.options, report: () => void reports++ });
  const ms = Math.min(cpuMs(run), cpuMs(run));
  return { ms, reports: reports / 2 };
}

/** Fails, for each rule, when the large size takes more than twice its share of the small one's time (and more than the floor). */
function expectLinear(ruleIds: string[], make: (count: number) => string, small: number, large: number, floor: number): Array<{ small: number; large: number }> {
  const briefs = [small, large].map((count) => buildBrief(make(count), { locale: 'en' }));
  return ruleIds.map((ruleId) => {
    const [atSmall, atLarge] = briefs.map((brief) => checkTime(ruleId, brief)) as [{ ms: number; reports: number }, { ms: number; reports: number }];
    expect(atLarge.ms, `${ruleId}: ${atLarge.ms.toFixed(0)} ms at ${large}, ${atSmall.ms.toFixed(0)} ms at ${small}`).toBeLessThan(
      Math.max(floor, 2 * (large / small) * atSmall.ms),
    );
    return { small: atSmall.reports, large: atLarge.reports };
  });
}

/**
 * Many one-cell tables with a note above each: every table's notes were found by scanning all tables
 * and blocks (6 400 tables: 0.9 s in each rule instead of 0.1 s). The tables are bare so that the
 * rules' own work per table stays small beside that scan; the last one's total is wrong, so both
 * rules must still read to the end.
 */
function manyTables(count: number): string {
  const parts: string[] = ['# Tables', ''];
  for (let index = 1; index < count; index++) parts.push('Note.', '', '| a |', '|---|', '');
  parts.push('Rounded.', '', '| Item | Amount | Share |', '|---|--:|--:|', '| A | 60 | 60 % |', '| B | 30 | 30 % |', '| Total | 100 | 100 % |', '');
  return parts.join('\n');
}

/**
 * Figures written the other locale's way, in a brief that states its locale: each one was matched
 * against every figure for a reading written elsewhere, and its paragraph's quotations were read
 * again for each.
 */
function manyMalformed(inOneParagraph: boolean) {
  return (count: number): string => {
    const sentences = Array.from({ length: count }, (_, index) => `Item ${index} costs €${1000 + index},5 of €${(20_000 + index).toLocaleString('en')}.`);
    return `---\nlang: en\n---\n\n${sentences.join(inOneParagraph ? ' ' : '\n\n')}\n`;
  };
}

describe('formerly super-linear steps run in linear time', () => {
  it('table notes (table-total, percent-sum): one index per brief, not a scan of every table and block per table', () => {
    // At 200 tables the scan costs little beside the rules' own work; at 32 times as many it was 200 times as dear.
    const reports = expectLinear(['table-total', 'percent-sum'], manyTables, 200, 6_400, 300);
    expect(reports).toEqual([{ small: 1, large: 1 }, { small: 1, large: 1 }]);
  }, 120_000);

  it.each([
    ['in separate paragraphs (a reading found elsewhere: one map of values)', false],
    ['in one long paragraph (its quotations read once)', true],
  ])('number-format on many malformed figures %s', (_name, inOneParagraph) => {
    // 2 000 figures: 7–9 s before, 0.1 s after.
    expect(expectLinear(['number-format'], manyMalformed(inOneParagraph), 250, 2_000, 400)).toEqual([{ small: 250, large: 2_000 }]);
  }, 120_000);
});
