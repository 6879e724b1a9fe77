/**
 * Bounded time and memory on anything a pull request can hold under the size limit. Each shape is
 * generated here (nothing large is checked in) and run at two sizes, 8× apart; CPU time (never the
 * wall clock: a busy runner must not fail these) may grow 16× at most, plus a floor for runs too short
 * to time. Quadratic work grows 64×. Sizes are kept small enough for `npm test` on a loaded machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../../src/engine/directives.js';
import { buildBrief } from '../../../src/parse/index.js';
import type { LintMessage, LintResult } from '../../../src/engine/types.js';
import { loadFormatter } from '../../../src/report/index.js';
import { builtinRules } from '../../../src/rules/index.js';
import { cpuMs } from '../../helpers/timing.js';

const RATIO = 8;

/** Fails when the large run takes more than 2 × 8× the small one (and more than the floor). */
function expectLinear(run: (size: number) => void, small: number, floor = 300): void {
  run(small); // warm the code paths this shape takes
  const smallMs = Math.min(cpuMs(() => run(small)), cpuMs(() => run(small)));
  const largeMs = cpuMs(() => run(small * RATIO));
  expect(largeMs, `${largeMs.toFixed(0)} ms at ${small * RATIO}, ${smallMs.toFixed(0)} ms at ${small}`).toBeLessThan(Math.max(floor, 2 * RATIO * smallMs));
}

const context = { cwd: '/work', color: false, verbose: true, rules: builtinRules.map((rule) => rule.meta), version: 'test' };

/** One file with `count` findings on a long brief, each with a fix (SARIF turns fixes into regions). */
function manyFindings(count: number): LintResult[] {
  const line = 'We bought 100,00000 chips, then more.';
  const source = `${line}\n`.repeat(count);
  const messages: LintMessage[] = [];
  for (let index = 0; index < count; index++) {
    const start = index * (line.length + 1) + 10;
    messages.push({
      ruleId: 'number-format',
      severity: 2,
      message: 'Malformed figure',
      line: index + 1,
      column: 11,
      endLine: index + 1,
      endColumn: 20,
      fix: { range: [start, start + 9], text: '100,000' },
      related: [{ message: 'the whole brief', line: 1, column: 1, endLine: count, endColumn: 10 }],
    });
  }
  return [{ filePath: '/work/brief.md', messages, suppressedMessages: [], errorCount: count, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: count, fixableWarningCount: 0, source, usedDeprecatedRules: [] }];
}

describe('reports cost what they show', () => {
  it.each(['sarif', 'stylish', 'html'])('%s is linear in the findings of one file', async (name) => {
    const format = await loadFormatter(name);
    // Before: O(findings × file size), 111 s for SARIF and 33 s for stylish --verbose at 16 000 findings.
    expectLinear((size) => format(manyFindings(size), context), 500);
  });

  it('stylish prints 150 000 findings instead of losing the report', async () => {
    const format = await loadFormatter('stylish');
    const output = format(manyFindings(150_000), { ...context, verbose: false });
    expect(output).toContain('150000 problems');
  });

  it('a frame of a finding on a very long line shows a window of it', async () => {
    const format = await loadFormatter('stylish');
    const source = `${'word '.repeat(100_000)}100,00000 chips`;
    const results = [{ ...manyFindings(1)[0]!, source, messages: [{ ...manyFindings(1)[0]!.messages[0]!, column: 500_001, endColumn: 500_010, related: [] }] }];
    const output = format(results, context);
    expect(output).toMatch(/\| …(word )+100,00000 chips\n/);
    expect(output.length).toBeLessThan(2_000);
  });
});

describe('linting stays linear', () => {
  it('in the number of disable/enable directive pairs', () => {
    const pair = '<!-- brieflint-disable number-format -->\nWe bought 100,00000 chips.\n<!-- brieflint-enable number-format -->\n\n';
    const setup = (size: number) => {
      const brief = buildBrief(pair.repeat(size), { locale: 'en' });
      const placed = brief.figures.map((figure) => ({ range: figure.range, message: { ruleId: 'number-format', severity: 2 as const, message: 'x', line: brief.pointAt(figure.range.start).line, column: 1 } }));
      return { brief, placed };
    };
    const small = setup(250);
    const large = setup(2_000);
    const apply = ({ brief, placed }: ReturnType<typeof setup>) => applyDirectives(brief, placed, { knownRuleIds: ['number-format'], reportUnusedDirectives: 2 });
    expect(apply(large).suppressed).toHaveLength(2_000);
    // Before: every message replayed every directive before it (16 000 pairs: 70 s).
    const smallMs = Math.min(cpuMs(() => apply(small)), cpuMs(() => apply(small)));
    const largeMs = cpuMs(() => apply(large));
    expect(largeMs, `${largeMs.toFixed(0)} ms at 2000 pairs, ${smallMs.toFixed(0)} ms at 250`).toBeLessThan(Math.max(100, 2 * RATIO * smallMs));
  });
});

describe('no spread of unbounded length', () => {
  // `f(...items)` passes every item as an argument on the stack: past ~100 000 it throws a RangeError
  // (130 000 figures, a 150 000-row table, 150 000 findings all did). Bounded ones are listed with why.
  const bounded = [
    'report/diff.ts: showLine', // one or two lines
    'report/code-frame.ts: frameLine', // two rows
    'cli.ts: rules.map', // the built-in rules
    'rules/timeline-order.ts: arrowChains', // owned by the date rules' rewrite (issue 15)
  ];
  const source = path.resolve(import.meta.dirname, '../../../src');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

  it('in calls to push, unshift, Math.max or Math.min', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(path.join(source, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        // A spread that is an argument itself: after "(" or a top-level ",", not inside [...] or {...}.
        const call = /\b(?:push|unshift|max|min|apply|fromCharCode|fromCodePoint)\((?:[^()[\]{}]*,\s*)?\.\.\.\(?([A-Za-z_.]+)/.exec(line);
        if (!call || line.trimStart().startsWith('//')) return;
        const where = `${file.split(path.sep).join('/')}: ${call[1]}`;
        if (!bounded.some((allowed) => where.startsWith(allowed))) found.push(`${where} (line ${index + 1})`);
      });
    }
    expect(found).toEqual([]);
  });
});
