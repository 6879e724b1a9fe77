/**
 * The date words of every language (./types.ts DateVocabulary, kept in en.ts, nl.ts, de.ts and fr.ts
 * beside the rest of each language's vocabulary), by concept across languages, as the date reader
 * (quantity/dates.ts) and the date rules read them.
 *   dateWords(locale).edge                      one language's words for a concept
 *   byLanguage('month')                         a concept in every language
 *   withEnglish(byLanguage('stepLabel'), 'nl')  a language's words and English (briefs quote English)
 */
import type { Locale } from '../quantity/types.js';
import { deDates } from './de.js';
import { enDates } from './en.js';
import { frDates } from './fr.js';
import { nlDates } from './nl.js';
import type { DateVocabulary } from './types.js';

export { literalAlternation } from './pattern.js';

/** In this order where languages are joined (English first). */
const DATE_VOCABULARIES: Readonly<Record<Locale, DateVocabulary>> = { en: enDates, nl: nlDates, de: deDates, fr: frDates };

export function dateWords(locale: Locale): DateVocabulary {
  return DATE_VOCABULARIES[locale];
}

/** One concept in every language, by language. */
export function byLanguage<Concept extends keyof DateVocabulary>(concept: Concept): Record<Locale, DateVocabulary[Concept]> {
  return { en: enDates[concept], nl: nlDates[concept], de: deDates[concept], fr: frDates[concept] };
}

/** The English words and, since briefs quote English, a language's own words with them. */
export function withEnglish(table: Record<Locale, readonly string[]>, locale: Locale): string[] {
  return locale === 'en' ? [...table.en] : [...table[locale], ...table.en];
}

/** Words that join a range's two ends, in every language: a brief may quote another language's range. */
export const RANGE_WORDS: readonly string[] = Object.values(DATE_VOCABULARIES).flatMap((words) => words.rangeWord);

/** "between … and" in every language. */
export const BETWEEN_WORDS: ReadonlyArray<readonly [string, string]> = Object.values(DATE_VOCABULARIES).map((words) => words.between);
