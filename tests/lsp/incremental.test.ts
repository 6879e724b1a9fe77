/**
 * The language server's section-by-section parse must give the tree a whole parse gives, whatever
 * the edit: random edits (fast-check) to real briefs, including the constructs that carry over a
 * section's end (open fences, open HTML comments, definitions, front matter with blank lines).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalParser } from '../../src/lsp/incremental.js';
import { parseMarkdown } from '../../src/parse/processor.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/real');
const briefs = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(fixtures, name), 'utf8').replace(/\r\n?/g, '\n'));

const SNIPPETS = ['x', '\n', '\n\n', '\n\n# Heading\n\n', '```', '\n```\n', '~~~~', '<!--', '-->', '<pre>', '[a]: /b', '- ', '> ', '|', '\n---\n', '    ', '#', '€ 20 bn'];

const edit = fc.record({
  brief: fc.nat({ max: briefs.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(change.at * text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

/** A whole parse as JSON (undefined fields dropped, as the section parse never sets them either). */
const asJson = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;

describe('incremental parse', () => {
  it('gives the whole parse’s tree after each of a series of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const parser = new IncrementalParser();
        let text = briefs[edits[0]!.brief]!;
        parser.parse(text);
        for (const change of edits) {
          text = applyEdit(text, change);
          const tree = parser.parse(text);
          if (tree) expect(asJson(tree)).toEqual(asJson(parseMarkdown(text)));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('parses only the section a keystroke changed', () => {
    const parser = new IncrementalParser();
    const text = briefs.map((brief) => brief.replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n# Next\n\n');
    expect(parser.parse(text)).toBeDefined();
    const sections = parser.parsedSections!;
    expect(sections).toBeGreaterThan(10);
    const at = text.indexOf('\n\n', text.length / 2);
    const typed = `${text.slice(0, at)}x${text.slice(at)}`;
    expect(asJson(parser.parse(typed))).toEqual(asJson(parseMarkdown(typed)));
    expect(parser.parsedSections).toBe(1);
  });

  it.each([
    ['front matter with blank lines and # comments', '---\ntitle: x\n\n# a YAML comment\nyear: 2025\n---\n\n# Brief\n\nText 12.\n\n# More\n\nText 13.\n'],
    ['a fence left open over a heading', '# A\n\n```\ncode\n\n# not a heading\n```\n\n# B\n\nText 12.\n'],
    ['a fence never closed', '# A\n\n~~~~\ncode\n\n# not a heading\n\n# nor this\n'],
    ['an HTML comment over a heading', '# A\n\n<!-- note\n\n# not a heading\n-->\n\n# B\n\nText 12.\n'],
    ['references to definitions in other sections', '# A\n\nSee [the law][law] and note[^1].\n\n# B\n\n[law]: https://example.org\n[^1]: A note with 12 %.\n'],
    ['a closed fence before a heading', '# A\n\n```\ncode\n```\n\n# B\n\nText 12.\n'],
  ])('reads %s as a whole parse does', (_name, text) => {
    expect(asJson(new IncrementalParser().parse(text))).toEqual(asJson(parseMarkdown(text)));
  });

  it('leaves to the engine what it cannot cut safely', () => {
    const parser = new IncrementalParser();
    expect(parser.parse('Text [law].\n\n# H\n\n```\n[law]: x\n```\n')).toBeUndefined();
    expect(parser.parse('a\r\n\r\n# b\r\n')).toBeUndefined();
    expect(parser.parse('\uFEFF# a\n')).toBeUndefined();
  });
});
