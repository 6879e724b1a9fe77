/**
 * Pathological inputs through the whole lint: each must finish, and its time must grow linearly
 * with its length. Time is measured as CPU time at an eighth of the size and at the full size
 * (100 KB): linear work is 8× slower, quadratic 64×. The test allows 16× (plus a floor for runs too
 * short to time), so it passes on a loaded 2-core runner and fails on quadratic behaviour. For linear
 * work that is the bound a quarter with 8× gave (twice its time at the full size), at a third of the
 * small runs' cost; growth faster than linear stands out more (n^1.5: 23× here, 8× at a quarter).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { checkParseLimits, PARSE_LIMITS } from '../../src/parse/limits.js';
import { cpuMs, timed } from '../helpers/timing.js';

const FULL = 100_000;
const SMALL = FULL / 8;

const lint = (text: string) => lintText(text, { config: {} });

/** CPU milliseconds for one lint, the best of `runs`. */
function cpuTime(text: string, runs = 1): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) best = Math.min(best, cpuMs(() => lint(text)));
  return best;
}

/** Fails when the full size takes more than 16× the eighth (and more than the floor). */
function expectLinear(make: (size: number) => string, floor = 400): void {
  const eighth = make(SMALL);
  const full = make(FULL);
  // The best of two: the first run warms up the code paths this shape takes, the second is timed warm.
  const small = cpuTime(eighth, 2);
  const bound = Math.max(floor, (FULL / SMALL) * 2 * small);
  // The full size is timed once, cold; over the bound, once more warm (a shape that is linear but dear,
  // "a long run of |" at 350 ms, crossed the 400 ms floor on a loaded runner). Quadratic work fails both.
  let large = cpuTime(full);
  if (large >= bound) large = Math.min(large, cpuTime(full));
  expect(large, `${large.toFixed(0)} ms at ${full.length} characters, ${small.toFixed(0)} ms at ${eighth.length}`).toBeLessThan(bound);
}

const repeat = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.round(size / unit.length)));

describe('pathological inputs lint in linear time', () => {
  it.each<[string, (size: number) => string]>([
    ['digit/comma runs', (size) => repeat('1,', size)],
    ['digit/space runs', (size) => repeat('1 ', size)],
    ['digit/dot runs', (size) => repeat('1.', size)],
    ['one long number', (size) => repeat('1', size)],
    ['a decimal with a long run of zeros', (size) => `1.${'0'.repeat(size)}`],
    ['a long run of |', (size) => repeat('|', size)],
    ['a long run of [', (size) => repeat('[', size)],
    ['a long run of _', (size) => repeat('_', size)],
    ['blanks between figures and connectors', (size) => `5 + 5 ${'\t'.repeat(size)}= 10 and 7${' '.repeat(size)}, of which 3`],
    ['a long word before a figure', (size) => `${'a'.repeat(size)} 5 %`],
    ['percentages in one sentence', (size) => repeat('5 %, ', size)],
    ['a long sum', (size) => `${repeat('€ 1 bn + ', size)}= € 5 bn`],
    ['"of the" chains', (size) => `${repeat('of the ', size)}€ 5 bn`],
    ['a pipe table', (size) => `| a | b |\n|---|---|\n${repeat('| 1 | 2 |\n', size)}`],
    ['many short paragraphs', (size) => repeat('Budget € 5 bn, of which € 2 bn.\n\n', size)],
    // timeline-order once matched every arrowed part against every figure of its block (96 KB: 31 s).
    ['an arrowed timeline on one line', (size) => repeat('Q1 2025 → step 2026 → ', size)],
    // Product claims once looked for each rate's total, count and duration among all figures of the sentence.
    ['rates in one sentence', (size) => repeat('€ 5 per year, ', size)],
    ['per-item amounts in one sentence', (size) => repeat('€ 5 per school for 10 schools, ', size)],
    ['counts with an amount each', (size) => repeat('6 ships at € 1 bn each, ', size)],
    // conflicting-figures once compared each statement with every earlier one: one subject and year restated in every paragraph.
    ['one fact restated in every paragraph', (size) => `## Summary\n\nThe transfer fund is worth £1.8bn in 2026.\n\n## Body\n\n${repeat('In 2026 the transfer fund is worth £2.4bn, and the 1,420 applicants wait.\n\n', size)}`],
    // range-order split the rest of a sentence for each range; percent-sum tried every run of rows under every row.
    ['reversed ranges in one sentence', (size) => repeat('2025–2024, ', size)],
    ['a long column of shares with a total', (size) => `| a | 5 % |\n|---|---|\n${repeat('| x | 5 % |\n', size)}| Total | 100 % |\n`],
    // A red team's shapes: part-of-whole tested the rest of the sentence after every figure for a
    // subtraction ("1 1 1 …", 200 KB: 20 s), sum-mismatch read the whole block for a rounding note for
    // every operand ("1 + 1 + … = 3", 100,000 terms: 30 s).
    ['a written sum of many ones with a wrong total', (size) => `${repeat('1 + ', size)}1 = 3`],
    ['shares of millions with reversed years', (size) => repeat('5 % of 6 million (in 2020–2019) ', size)],
    ['an arrowed timeline of quarters on one line', (size) => repeat('Q1 2025 → ', size)],
  ])('%s', (_name, make) => {
    expectLinear(make);
  }, 120_000);
});

describe('shapes the Markdown parser is slow on are refused, quickly and with a message', () => {
  it.each<[string, string, RegExp]>([
    ['nested emphasis', `${'*a '.repeat(33_000)}b${'*'.repeat(33_000)}`, /^Parsing error: the paragraph at line 1 has more than 1000 runs of emphasis markers/],
    ['20 000 nested blockquotes', `${'>'.repeat(20_000)} 5 units\n`, /^Parsing error: line 1 nests 20000 blockquotes or lists; brieflint reads at most 2000 levels$/],
    ['a paragraph of 25 000 lines', 'a b\n'.repeat(25_000), /^Parsing error: the paragraph at line 1 runs over 5000 lines/],
  ])('%s', (_name, text, message) => {
    const { result, ms } = timed(() => lint(text));
    expect(ms).toBeLessThan(5_000);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.message).toMatch(message);
    expect(result.messages[0]!.fatal).toBe(true);
  });

  it('reads what stays under the limits', () => {
    const limit = PARSE_LIMITS.emphasisRuns;
    const emphasis = lintText(`${'*a '.repeat(limit / 2 - 1)}b${'*'.repeat(limit / 2 - 1)}`, { config: {} });
    expect(emphasis.fatalErrorCount).toBe(0);
    const nested = lintText(`${'> '.repeat(PARSE_LIMITS.nesting)}€ 5 bn + € 5 bn = € 11 bn\n`, { config: {} });
    expect(nested.fatalErrorCount).toBe(0);
    const lines = lintText('a b\n'.repeat(PARSE_LIMITS.paragraphLines), { config: {} });
    expect(lines.fatalErrorCount).toBe(0);
  }, 60_000);

  it('does not count fenced code, list items or table rows as one paragraph', () => {
    const code = `\`\`\`\n${'a b\n'.repeat(6_000)}\`\`\`\n`;
    const list = '- a b\n'.repeat(6_000);
    const table = `| a | b |\n|---|---|\n${'| *x* | _y_ |\n'.repeat(6_000)}`;
    const setextThenLines = `Title\n---\n${'a b\n'.repeat(PARSE_LIMITS.paragraphLines + 1)}`;
    for (const text of [code, list, table]) expect(checkParseLimits(text)).toBeUndefined();
    expect(checkParseLimits(setextThenLines)?.message).toBe('the paragraph at line 3 runs over 5000 lines without a blank line; brieflint reads at most 5000');
  });
});
