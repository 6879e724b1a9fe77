/**
 * The vocabulary by language and concept (see ./types.ts), and the patterns built from it.
 *   vocabulary(locale).total           the words as data, e.g. for rule docs
 *   conceptPattern(locale, 'total')    whole-word pattern, built once and shared
 *   conceptSource(locale, 'total')     the bare alternation, to embed in a rule's larger pattern
 *   anyLanguage('change')              one list for text that may quote another language
 */
import type { Locale } from '../quantity/types.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { alternation, wordPattern } from './pattern.js';
import type { Concept, Vocabulary } from './types.js';

export { alternation, wordPattern, wordsSource, WORD_END, WORD_START } from './pattern.js';
export type { Concept, Vocabulary } from './types.js';

const VOCABULARIES: Record<Locale, Vocabulary> = { en, nl, de, fr };

export function vocabulary(locale: Locale): Vocabulary {
  return VOCABULARIES[locale];
}

/** The words of a concept in one language. */
export function wordsFor(locale: Locale, concept: Concept): readonly string[] {
  return VOCABULARIES[locale][concept];
}

/** The words of a concept in every language, each once (briefs quote English in a Dutch text). */
export function anyLanguage(concept: Concept): readonly string[] {
  return [...new Set((['en', 'nl', 'de', 'fr'] as const).flatMap((locale) => VOCABULARIES[locale][concept]))];
}

/** The bare alternation of a concept's words (no boundaries), to embed in a larger pattern. */
export function conceptSource(locale: Locale, concept: Concept): string {
  return alternation(wordsFor(locale, concept));
}

const compiled = new Map<string, RegExp>();

/** A whole-word, case-insensitive pattern for a concept in one language (or 'any'), built once. */
export function conceptPattern(locale: Locale | 'any', concept: Concept, at?: 'start' | 'end'): RegExp {
  const key = `${locale}\u0000${concept}\u0000${at ?? ''}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    const words = locale === 'any' ? anyLanguage(concept) : wordsFor(locale, concept);
    pattern = wordPattern(words, at ? { at } : {});
    compiled.set(key, pattern);
  }
  return pattern;
}
