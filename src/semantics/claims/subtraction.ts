/**
 * A written subtraction of a figure ("minus $28,743", "less $104 billion", "abzüglich 5 Mio.", "moins 3
 * millions"): the figure it leads to is a difference, so its figures are neither the terms of a sum nor
 * parts of a whole. Only right before a figure: "less than", "moins de", "au moins une fois" compare.
 */
import { conceptSource, WORD_END, WORD_START } from '../../lexicon/index.js';
import { perLocale } from '../../parse/figures.js';
import { firstStartingFrom } from '../../parse/gaps.js';
import type { Locale } from '../../quantity/types.js';
import type { Sentence } from '../../parse/types.js';

export const SUBTRACTION = perLocale(
  (locale) =>
    new RegExp(String.raw`(?<!(?:au|du)\s)${WORD_START}(?:${conceptSource(locale, 'minus')})${WORD_END}\s?(?:\p{Sc}\s?)?\p{N}`, 'iu'),
);

const SUBTRACTIONS = perLocale((locale) => new RegExp(SUBTRACTION[locale].source, 'giu'));
const subtractionsBySentence = new WeakMap<Sentence, Array<{ start: number; end: number }>>();

/**
 * Whether a written subtraction stands wholly in [from, to) of a sentence's block text. The sentence is
 * read once and its subtractions found by bisection: testing the rest of the sentence after each figure
 * was quadratic ("1 1 1 …" on one line, 200 KB: 20 s).
 */
export function subtractionBetween(sentence: Sentence, from: number, to: number, locale: Locale): boolean {
  let found = subtractionsBySentence.get(sentence);
  if (!found) {
    found = [];
    for (const match of sentence.text.matchAll(SUBTRACTIONS[locale])) {
      found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
    }
    subtractionsBySentence.set(sentence, found);
  }
  // Found left to right without overlap, their ends are in order too: the first from `from` ends first.
  const first = found[firstStartingFrom(found, from)];
  return first !== undefined && first.end <= to;
}
