/**
 * The one place where the core reader calls its sibling modules: number words (words.ts), and
 * dates and references (dates.ts, references.ts). Everything else in the reader depends only on
 * these three functions.
 */
import { scanDates } from './dates.js';
import { scanReferences, type ReferenceSpan } from './references.js';
import type { Locale, Quantity } from './types.js';
import { matchNumberWords, type WordNumber } from './words.js';

export type { WordNumber };

/** A number-word phrase starting exactly at `pos` ("one hundred and twenty-five thousand", "vier"). */
export function wordNumberAt(text: string, pos: number, locale: Locale): WordNumber | null {
  return matchNumberWords(text, pos, locale);
}

/** Dates, periods and year ranges, fully formed. */
export function datesIn(text: string, locale: Locale): Quantity[] {
  return scanDates(text, locale, () => referencesIn(text, locale));
}

/**
 * The last text's references. The reader asks for them twice per text (scanDates drops dates inside
 * references, then the reader skips them), and the scan is the reader's costliest step: one entry
 * is enough, since both calls come for the same text one after the other. The array is shared,
 * hence read-only.
 */
let lastReferences: { text: string; locale: Locale; spans: readonly ReferenceSpan[] } | undefined;

/** Spans that are not figures (legal references, section numbers, versions, phone numbers…). */
export function referencesIn(text: string, locale: Locale): readonly ReferenceSpan[] {
  if (lastReferences?.text === text && lastReferences.locale === locale) return lastReferences.spans;
  const spans = scanReferences(text, locale);
  lastReferences = { text, locale, spans };
  return spans;
}
