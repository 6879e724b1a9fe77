/**
 * Clauses and gaps. A gap is the text between two figures (or before one), as connector patterns
 * read it; a clause is the stretch of a sentence around a figure up to a comma, semicolon, colon,
 * bracket or dash.
 */
import { boundedText, firstStartingFrom } from '../parse/gaps.js';
import type { Figure, Sentence } from '../parse/types.js';
import type { Locale } from '../quantity/types.js';
import { qualifiedStart } from './figures.js';

export { boundedText, MAX_GAP_LENGTH } from '../parse/gaps.js';

/** How far a clause reaches from its figure at most, so that a run-on "sentence" of 100 KB stays linear. */
export const CLAUSE_REACH = 240;

/** A clause ends at a comma or dash followed by a blank, a semicolon, colon or bracket. */
export const CLAUSE_END = /,\s|;|:\s|[()]|\s[–—]\s/u;

/** The text between two figures of one block: from the first's end to the second's qualifier words ("about"). */
export function gapBetween(first: Figure, second: Figure, locale: Locale): string {
  return boundedText(first.block.text, first.end, qualifiedStart(second, locale));
}

/** Where the clause around block offsets [at, to) starts and ends, within its sentence and not before `from`. */
export function clauseAround(sentence: Sentence, from: number, at: number, to: number = at): { start: number; end: number } {
  const text = sentence.block.text;
  let start = at;
  const earliest = Math.max(from, sentence.start, at - CLAUSE_REACH);
  while (start > earliest && !/[;:(—–]/u.test(text[start - 1]!)) start--;
  let end = to;
  const latest = Math.min(sentence.end, to + CLAUSE_REACH);
  while (end < latest && !/[,;:()—–]/u.test(text[end]!) && !/[.!?]\s/u.test(text.slice(end, end + 2))) end++;
  return { start, end };
}

/** The figures of a sentence that lie within [start, end) of its block's text (found by bisection: figures are in order). */
export function figuresWithin(sentence: Sentence, start: number, end: number): Figure[] {
  const figures = sentence.figures;
  const within: Figure[] = [];
  for (let index = firstStartingFrom(figures, start); index < figures.length && figures[index]!.end <= end; index++) within.push(figures[index]!);
  return within;
}
