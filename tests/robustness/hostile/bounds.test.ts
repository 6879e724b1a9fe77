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
import { lintText } from '../../../src/engine/lint.js';
import { buildBrief } from '../../../src/parse/index.js';
import type { LintMessage, LintResult } from '../../../src/engine/types.js';
import { loadFormatter } from '../../../src/report/index.js';
import { builtinRules } from '../../../src/rules/index.js';
import { cpuMs, timed } from '../../helpers/timing.js';

const RATIO = 8;

/** Fails when the large run takes more than 2 × 8× the small one (and more than the floor). */
function expectLinear(run: (size: number) => void, small: number, floor = 300): void {
  run(small); // warm the code paths this shape takes
  const smallMs = Math.min(cpuMs(() => run(small)), cpuMs(() => run(small)));
  // The best of two at the large size too: one collection of a large heap, or a loaded machine's cache
  // misses, added a third to one run (html: 334 ms against a 300 ms floor, 16 ms at the small size).
  const largeMs = Math.min(cpuMs(() => run(small * RATIO)), cpuMs(() => run(small * RATIO)));
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
    const small = setup(125);
    const large = setup(1_000);
    const apply = ({ brief, placed }: ReturnType<typeof setup>) => applyDirectives(brief, placed, { knownRuleIds: ['number-format'], reportUnusedDirectives: 2 });
    expect(apply(large).suppressed).toHaveLength(1_000);
    // Before: every message replayed every directive before it (16 000 pairs: 70 s).
    const smallMs = Math.min(cpuMs(() => apply(small)), cpuMs(() => apply(small)));
    const largeMs = cpuMs(() => apply(large));
    expect(largeMs, `${largeMs.toFixed(0)} ms at 1000 pairs, ${smallMs.toFixed(0)} ms at 125`).toBeLessThan(Math.max(100, 2 * RATIO * smallMs));
  });
});

describe('shapes the parser reads super-linearly are refused before parsing, quickly and with a message', () => {
  const lint = (text: string) => lintText(text, { config: {} });
  const nestedBrackets = (size: number) => `${'['.repeat(size / 2)}x${']'.repeat(size / 2)}`;
  const footnotesBetweenParagraphs = (count: number) => Array.from({ length: count }, (_, index) => `Claim ${index}[^${index}].\n\n[^${index}]: Source ${index}.\n\n`).join('');
  const listsBetweenParagraphs = (count: number) => Array.from({ length: count }, (_, index) => `- item ${index}\n\nClaim ${index} here.\n\n`).join('');
  const deepList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}\n`).join('');
  const quotesBetweenParagraphs = (count: number) => Array.from({ length: count }, (_, index) => `> Claim ${index} here.\n\n`).join('');
  const deepQuotes = (paragraphs: number) => `${'> '.repeat(1_999)}Claim.\n\n`.repeat(paragraphs);
  const deepQuoteLines = (lines: number) => `${'> '.repeat(1_999)}Claim.\n`.repeat(lines);
  const wideTable = (columns: number, rows: number) => `|${' 1 |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n${`|${' 1 |'.repeat(columns)}\n`.repeat(rows)}`;

  it.each<[string, (size: number) => string, number, RegExp, number?]>([
    // Before: 100 KB took 51 s; 8 000 footnotes (420 KB) 44 s; a list 1 000 deep (1 MB) 47 s; a 4 MB table of 45 000 columns ran out of heap (exit 134).
    ['nested brackets', nestedBrackets, 100_000, /^Parsing error: the brackets \(\[…\]\) of the paragraph at line 1 nest too deeply/],
    // (A quarter, not an eighth: 1 000 footnotes stay under the limit, at its cost of about 2 s.)
    ['footnotes between paragraphs', footnotesBetweenParagraphs, 8_000, /^Parsing error: the brief closes too many lists, block quotes or footnotes between paragraphs/, 4],
    ['a list nested by indentation', deepList, 1_000, /^Parsing error: the list at line \d+ nests too deeply for its length/],
    // Before: 2 000 quotes (70 KB) 2.4 s of parse, 4 000 ten deep (212 KB) 113 s; 300 paragraphs 1 999 deep (1.2 MB) 92 s and 2.8 GB.
    ['block quotes between paragraphs', quotesBetweenParagraphs, 16_000, /^Parsing error: the brief closes too many lists, block quotes or footnotes between paragraphs/, 4],
    ['paragraphs quoted 1 999 deep', deepQuotes, 300, /^Parsing error: the brief closes too many lists, block quotes or footnotes between paragraphs \(3 by line 7;/],
    // Before: the parser kept about 4.5 KB per marker (40 lines: 526 MB).
    ['lines quoted 1 999 deep in one paragraph', deepQuoteLines, 480, /^Parsing error: the brief writes more than 100000 block quote and list markers by line 51 /],
    ['a wide table', (columns) => wideTable(columns, 40), 45_000, /^Parsing error: the table row at line 2 has \d+ columns; brieflint reads at most 1000$/],
    ['a table of many cells', (rows) => wideTable(20, rows), 240_000, /^Parsing error: the tables hold more than 300000 cells by line \d+; brieflint reads at most 300000$/],
  ])('%s, at two sizes', (_name, make, full, message, ratio = RATIO) => {
    const times = [full / ratio, full].map((size) => {
      const text = make(size);
      const heapBefore = process.memoryUsage().heapUsed;
      const { result, ms } = timed(() => lint(text));
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2 });
      expect(result.messages[0]!.message).toMatch(message);
      return ms;
    });
    expect(times[1]!).toBeLessThan(Math.max(300, 2 * ratio * times[0]!));
    expect(times[1]!).toBeLessThan(3_000);
  });

  it('counts lines ended by a lone CR, as the parser does', () => {
    // Before: the guard split at "\n" only, so 25 000 lines ended by "\r" were one line to it and seconds to the parser.
    const { result, ms } = timed(() => lint('a b\r'.repeat(25_000)));
    expect(ms).toBeLessThan(2_000);
    expect(result.messages[0]!.message).toMatch(/^Parsing error: the paragraph at line 1 runs over 5000 lines/);
    expect(lint(`${'a b\r\n'.repeat(100)}\r\nFine.\r`).fatalErrorCount).toBe(0);
  });

  it('reads the same shapes at sizes written by hand', () => {
    for (const text of [nestedBrackets(2_000), footnotesBetweenParagraphs(100), listsBetweenParagraphs(100), deepList(30), quotesBetweenParagraphs(100), `${'> '.repeat(30)}Claim.\n`.repeat(100), wideTable(60, 10)]) {
      expect(lint(text).fatalErrorCount).toBe(0);
    }
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
        // "...[...(node.children)].reverse()" too: the array literal is spread as arguments all the same.
        const call = /\b(?:push|unshift|max|min|apply|fromCharCode|fromCodePoint)\((?:[^()[\]{}]*,\s*)?\.\.\.[[(.]*([A-Za-z_.]+)/.exec(line);
        if (!call || line.trimStart().startsWith('//')) return;
        const where = `${file.split(path.sep).join('/')}: ${call[1]}`;
        if (!bounded.some((allowed) => where.startsWith(allowed))) found.push(`${where} (line ${index + 1})`);
      });
    }
    expect(found).toEqual([]);
  });
});
