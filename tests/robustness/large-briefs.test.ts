/**
 * Large and unusual briefs through the whole lint: read to the end, correctly. (Apart from the
 * pathological shapes, so that the two long files run side by side on the suite's workers.)
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { timed } from '../helpers/timing.js';

describe('large and unusual briefs are linted correctly', () => {
  it('a 50 000-row table, in seconds', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => `| row ${index} | ${index * 3} |`);
    const text = ['| name | value |', '|---|--:|', ...rows, '| Total | 3 |', ''].join('\n');
    const { result, ms } = timed(() => lintText(text, { config: {} }));
    expect(ms).toBeLessThan(60_000);
    expect(result.fatalErrorCount).toBe(0);
    // Read to the end: the Total row (line 50 003) is checked against the 50 000 rows above it.
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([['table-total', 50_003]]);
    // The CPU-time bound above is the check; the wall-clock timeout only ends a hang (under a load of
    // 20 on two cores, 120 s of wall time was not enough for this work).
  }, 600_000);

  it('CRLF, a byte-order mark, tabs, unusual spaces and non-ASCII digits', () => {
    const line = 'Composition check: €\u00a050\u202fbn +\t€ 150 bn = € 250 bn.';
    const text = `\uFEFF# Budget\r\n\r\n${line}\r\n\r\nWe count ٣ and १२ items, and ０ more.\r\n`;
    const result = lintText(text, { config: {}, locale: 'en' });
    expect(result.fatalErrorCount).toBe(0);
    const sums = result.messages.filter((message) => message.ruleId === 'sum-mismatch');
    // The message writes each figure as the brief does, its no-break spaces included.
    expect(sums.map((message) => message.message.replace(/\s/g, ' '))).toEqual(['€ 50 bn + € 150 bn = € 200 bn, not € 250 bn']);
    const column = line.indexOf('€ 250') + 1;
    expect(sums[0]).toMatchObject({ line: 3, column, endLine: 3, endColumn: column + '€ 250 bn'.length });
  });

  it('an empty file and a file of blanks', () => {
    for (const text of ['', '\n', '\r\n\r\n', ' \t ', '\uFEFF']) expect(lintText(text, { config: {} }).messages).toEqual([]);
  });
});
