/**
 * Numbers that label rather than count: a number after a noun that numbers things ("Section 3",
 * "Absatz 1 oder 3", "Satz 3 und 4", "Nummer 5", "Positionen 2701, 2702 und 2704 bis 2715", "artikel 8
 * lid 4", "alinéa 2"), and the numbers listed after it. The quantity reader drops the references it is
 * sure of (quantity/references.ts); the ones it keeps as bare numbers must still never be a term of a
 * sum, a part or a whole: "3 is part of 1" is a list of paragraphs, not arithmetic.
 */
import { conceptSource, WORD_END, WORD_START } from '../lexicon/index.js';
import { perLocale } from '../parse/figures.js';
import type { Figure } from '../parse/types.js';
import type { Locale } from '../quantity/types.js';

/** How far before a number its reference noun may stand (a chain "§ 13a Absatz 1 Satz 3 und 4" is short). */
const REACH = 100;

/**
 * A reference noun, then numbers (each maybe followed by another reference noun) joined by commas,
 * slashes, dashes, spaces ("2710 19 43") or list words ("und", "oder", "bis", "and", "to"), up to the
 * figure. Each number must be followed by a separator, so the repetition cannot split one number two ways.
 */
const REFERENCE_BEFORE = perLocale((locale) => {
  const noun = String.raw`(?:${conceptSource(locale, 'reference')})`;
  const joiner = String.raw`(?:\s*[,/–-]\s*|\s+(?:${conceptSource(locale, 'coordination')}|${conceptSource(locale, 'toward')})\s+|\s+)`;
  return new RegExp(String.raw`${WORD_START}${noun}\s?(?:\d{1,6}[a-z]?${joiner}(?:${noun}${WORD_END}\s?)?){0,12}$`, 'iu');
});

/** A bare number (no unit, currency or scale word) right after a reference noun or its list: a label, not a quantity. */
export function isReferenceNumber(figure: Figure, locale: Locale): boolean {
  if (figure.unit || figure.currency || figure.scale || (figure.kind !== 'number' && figure.kind !== 'range')) return false;
  if (!/^\d{1,6}[a-z]?(?:\s*(?:[-–]|\p{L}+)\s*\d{1,6}[a-z]?)?$/u.test(figure.text)) return false;
  const before = figure.block.text.slice(Math.max(0, figure.start - REACH), figure.start);
  return REFERENCE_BEFORE[locale].test(before);
}
