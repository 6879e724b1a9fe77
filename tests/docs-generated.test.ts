/**
 * The generated parts of the rule docs (scripts/rule-docs.mjs): the Options table from each rule's
 * options schema and the Words section from src/lexicon must match the code, so the docs cannot drift.
 * `npm run docs` rewrites them.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { conceptDescriptions, conceptsOfRule, optionsTable, readable, staleDocs } from '../scripts/rule-docs.mjs';
import { ruleMetas } from '../src/rules/index.js';

describe('generated rule docs', () => {
  it('every docs/rules/<id>.md is up to date with its options schema and its vocabulary (run `npm run docs`)', () => {
    expect(staleDocs().map(({ file }: { file: string }) => file)).toEqual([]);
  });

  it('finds the concepts a rule reads in its own files and in the claims it judges', () => {
    const known = conceptDescriptions();
    expect(known.get('closing')).toMatch(/sums the figures before it/);
    // sum-mismatch reads sum claims (semantics/claims/sum.ts), which read "closing" words.
    expect(conceptsOfRule('sum-mismatch', known)).toEqual(expect.arrayContaining(['closing', 'roundingNote']));
    expect(conceptsOfRule('conflicting-figures', known)).toEqual(expect.arrayContaining(['summary', 'stage']));
    // date-invalid reads one concept, in its own file; timeline-order reads none.
    expect(conceptsOfRule('date-invalid', known)).toEqual(['identifierLabel']);
    expect(conceptsOfRule('timeline-order', known)).toEqual([]);
  });

  it('shows an entry as a reader reads it: guards dropped, groups plain, any word as …', () => {
    expect(readable('together(?!\\s+with(?![\\p{L}]))')).toBe('together');
    expect(readable('total(?:s|led|ed)?')).toBe('total(s|led|ed)?');
    expect(readable("(?:of|out of)(?:\\s+[\\p{L}][\\p{L}'’-]*){1,3}(?:\\s+of)?")).toBe('(of|out of)( …)( of)?');
    expect(readable('Gesamt\\p{L}*')).toBe('Gesamt…');
    expect(readable('e\\.g\\.')).toBe('e.g.');
  });

  it('lists each option with its default and meaning, or says there are none', () => {
    const meta = (id: string) => ruleMetas().find((rule) => rule.id === id)!;
    expect(optionsTable(meta('sum-mismatch'))).toMatch(/^\| `approximateSlack` \| `"0\.1"` \| How far an approximate figure/m);
    expect(optionsTable(meta('date-invalid'))).toBe('None.');
    for (const rule of ruleMetas()) expect(optionsTable(rule)).not.toMatch(/\|\s*\|$/m);
  });
});
