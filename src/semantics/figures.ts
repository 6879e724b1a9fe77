/**
 * Facts about single figures that several rules need: where a figure's qualifier words start, which
 * sentences are the author's own, which figures measure something.
 */
import type { Brief, Figure, Sentence } from '../parse/types.js';
import { qualifierBefore } from '../quantity/qualifiers.js';
import type { Locale } from '../quantity/types.js';
import { memoByLocale } from './memo.js';

/** Every sentence outside quotations: a quotation keeps its source's words, which the author cannot correct. */
export function* authorsSentences(brief: Brief): Generator<Sentence> {
  for (const block of brief.blocks) {
    if (!block.quoted) yield* block.sentences;
  }
}

/**
 * Start of a figure with the qualifier words before it ("about € 20 bn"), which belong to no gap.
 * Asked for each figure by several rules and claims: read once per figure (and locale).
 */
export const qualifiedStart: (figure: Figure, locale: Locale) => number = memoByLocale(
  (figure: Figure, locale: Locale) => qualifierBefore(figure.block.text, figure.start, locale)?.start ?? figure.start,
);

/** Kinds of figure that count or measure something; years, shares and multipliers are not. */
export const MEASURED: ReadonlySet<string> = new Set(['amount', 'count', 'number', 'range']);

/** A figure that can be a part, a whole or a term: a non-negative amount or count, not a share, date or label. */
export function measurable(figure: Figure): boolean {
  if (!MEASURED.has(figure.kind) || figure.malformed) return false;
  if (figure.unit === '%' || figure.unit === 'pp') return false;
  return [figure.value, figure.low, figure.high].every((value) => value === undefined || !value.startsWith('-'));
}
