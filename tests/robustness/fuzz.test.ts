/**
 * Random Markdown with random figures, tables and frontmatter through the whole lint: it never
 * throws, never reports a position outside the file, and stays linear in time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';

const DIGITS = ['0', '1', '5', '9', '٣', '१', '１'];
const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '\t', '\u2003', ''];

const figure = fc
  .tuple(
    fc.constantFrom('', '€', '€ ', '$', '£', 'EUR ', '~', 'about ', 'ruim ', 'mehr als ', 'plus de '),
    fc.array(fc.constantFrom(...DIGITS), { minLength: 1, maxLength: 7 }),
    fc.constantFrom('', ',', '.', ' '),
    fc.array(fc.constantFrom(...DIGITS), { maxLength: 3 }),
    fc.constantFrom(...SPACES),
    fc.constantFrom('', '%', 'bn', 'mln', 'miljard', 'Mrd.', 'Md€', 'million', 'jobs', 'pp', 'x', 'March 2025', '–2026'),
  )
  .map(([before, whole, mark, fraction, space, after]) => `${before}${whole.join('')}${fraction.length ? mark + fraction.join('') : ''}${space}${after}`);

const word = fc.constantFrom(
  'The', 'budget', 'of which', 'out of', 'waarvan', 'davon', 'dont', 'van de', 'sur les', 'is', '=', '+', '−', '-', '×', '/', 'total',
  'Total', 'and', 'en', 'und', 'et', 'e.g.', '(', ')', ',', '.', ';', ':', '"', '“', '”', '*', '**', '_', '`', '[', ']', '<!-- brieflint-disable -->',
  '<!-- brieflint-disable-next-line sum-mismatch -->', '&nbsp;', '\\', '|', '>', '😀', 'é', '\u0000',
);

const sentence = fc.array(fc.oneof(figure, word), { maxLength: 14 }).map((parts) => parts.join(' '));

const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(figure, word), { minLength: 1, maxLength: 4 }), { maxLength: 6 }), fc.boolean())
  .map(([columns, rows, total]) => {
    const row = (cells: string[]) => `| ${Array.from({ length: columns }, (_, index) => cells[index] ?? '').join(' | ')} |`;
    const body = rows.map(row);
    if (total) body.push(row(['Total', ...rows.map((cells) => cells[1] ?? '')]));
    return [row(Array.from({ length: columns }, (_, index) => `h${index}`)), row(Array.from({ length: columns }, () => '---')), ...body].join('\n');
  });

const frontmatter = fc.constantFrom('', '---\nlang: nl\n---\n', '---\ntitle: x\nlocale: de-AT\n---\n', '---\n: : [\n---\n', '---\nlang: [\n', '+++\nlang = "fr"\n+++\n', '---\n---\n');

const block = fc.oneof(
  sentence,
  sentence.map((text) => `# ${text}`),
  sentence.map((text) => `- ${text}`),
  sentence.map((text) => `1. ${text}`),
  sentence.map((text) => `> ${text}`),
  sentence.map((text) => `    ${text}`),
  sentence.map((text) => `\`\`\`\n${text}\n\`\`\``),
  sentence.map((text) => `[^1]: ${text}`),
  table,
);

const document = fc
  .tuple(fc.boolean(), frontmatter, fc.array(block, { maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\n'))
  .map(([bom, front, blocks, separator]) => `${bom ? '\uFEFF' : ''}${front}${blocks.join(separator)}`);

/** ESLint's places: 1-based lines, 1-based columns, the end one past the last character. */
function expectInside(text: string, message: LintMessage): void {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  expect(inside(message.line, message.column), `${message.line}:${message.column} ${message.message}`).toBe(true);
  if (message.endLine !== undefined) {
    expect(inside(message.endLine, message.endColumn!), `end ${message.endLine}:${message.endColumn} ${message.message}`).toBe(true);
    expect(message.endLine * 1e6 + message.endColumn! >= message.line * 1e6 + message.column).toBe(true);
  }
  for (const related of message.related ?? []) expect(inside(related.line, related.column)).toBe(true);
  if (message.fix) expect(message.fix.range[0] >= 0 && message.fix.range[0] <= message.fix.range[1] && message.fix.range[1] <= text.length).toBe(true);
}

describe('random briefs through the whole lint', () => {
  it('never throw, never fail internally, and place every message inside the file', () => {
    fc.assert(
      fc.property(document, (text) => {
        const result = lintText(text, { config: {} });
        const internal = result.messages.filter((message) => message.fatal);
        expect(internal.map((message) => message.message)).toEqual([]);
        for (const message of result.messages) expectInside(text, message);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('stay linear: a random brief repeated 16 times takes at most 8 times as long as repeated 4 times', () => {
    const samples = fc.sample(document.filter((text) => text.length > 200), { numRuns: 3, seed: 42 });
    for (const sample of samples) {
      const paragraphs = `${sample.replace(/^\uFEFF/, '')}\n\n`;
      const time = (text: string): number => {
        const started = process.cpuUsage();
        lintText(text, { config: {} });
        const used = process.cpuUsage(started);
        return (used.user + used.system) / 1000;
      };
      const small = paragraphs.repeat(4);
      const large = paragraphs.repeat(16);
      time(small);
      const smallTime = Math.min(time(small), time(small));
      const largeTime = time(large);
      expect(largeTime, `${largeTime.toFixed(0)} ms vs ${smallTime.toFixed(0)} ms`).toBeLessThan(Math.max(300, 8 * smallTime));
    }
  }, 120_000);
});
