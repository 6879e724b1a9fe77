/**
 * The one pattern builder for vocabulary: lists of words (./types.ts) become alternations with
 * Unicode-aware boundaries. `\b` is never used: it knows only ASCII letters, so "Quantité" or "à"
 * at a word's edge never match it. A boundary here is "no letter or digit on that side".
 */

/**
 * Letters or digits on neither side: the edges of a word in any script. A hyphen between letters joins
 * a compound, so "up" in "levelling-up" or "total" in "sub-total" is no word of its own.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-‐])';
export const WORD_END = '(?![\\p{L}\\p{N}]|[-‐][\\p{L}\\p{N}])';

/** The entries as one non-capturing alternation, in the order written (authors put longer phrases first where it matters). */
export function alternation(entries: readonly string[]): string {
  if (entries.length === 0) return '(?!)';
  return `(?:${entries.join('|')})`;
}

/** The entries as whole words: not inside a longer word on either side. */
export function wordsSource(entries: readonly string[]): string {
  return `${WORD_START}${alternation(entries)}${WORD_END}`;
}

/**
 * A case-insensitive Unicode pattern for the entries as whole words. `at`: 'start' anchors it at the
 * text's start (after blanks), 'end' at its end (before blanks); `flags` adds flags such as 'g'.
 */
export function wordPattern(entries: readonly string[], options: { at?: 'start' | 'end'; flags?: string } = {}): RegExp {
  const words = wordsSource(entries);
  const source = options.at === 'start' ? `^\\s*${words}` : options.at === 'end' ? `${words}\\s*$` : words;
  return new RegExp(source, `iu${options.flags ?? ''}`);
}

/**
 * Plain words (the date words, ./types.ts DateVocabulary) as one alternation: escaped, each once,
 * longest first, a blank matching any run of one to three blanks. A word with an apostrophe is listed
 * in both forms ("d'ici" and "d’ici"). For a pattern with Unicode-aware boundaries
 * (`(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`, flag `u`; never `\b`).
 */
export function literalAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f\\u2009\\t\\n]{1,3}'))
    .join('|');
}
