import { describe, expect, it } from 'vitest';
import { anyLanguage, conceptPattern, vocabulary, wordPattern } from '../../src/lexicon/index.js';
import type { Concept } from '../../src/lexicon/index.js';
import { byLanguage, dateWords, literalAlternation, withEnglish } from '../../src/lexicon/dates.js';

describe('lexicon', () => {
  it('has every concept in every language, each entry a valid pattern', () => {
    const concepts = Object.keys(vocabulary('en')) as Concept[];
    for (const locale of ['en', 'nl', 'de', 'fr'] as const) {
      expect(Object.keys(vocabulary(locale)).sort()).toEqual([...concepts].sort());
      for (const concept of concepts) for (const entry of vocabulary(locale)[concept]) expect(() => new RegExp(entry, 'iu')).not.toThrow();
    }
  });

  it('matches whole words at accented edges, where \\b fails', () => {
    expect(/\bquantité\b/i.test('Quantité')).toBe(false);
    expect(conceptPattern('any', 'countHeader').test('Quantité')).toBe(true);
    expect(conceptPattern('fr', 'toward').test('passé à 30')).toBe(true);
    expect(conceptPattern('fr', 'toward').test('déjà')).toBe(false);
  });

  it('does not match inside a longer word', () => {
    expect(conceptPattern('en', 'total').test('subtotals')).toBe(false);
    expect(conceptPattern('de', 'total').test('Gesamtkosten')).toBe(false);
    expect(wordPattern(['each']).test('beaches')).toBe(false);
    expect(wordPattern(['each']).test('… chips each.')).toBe(true);
  });

  it('reads guarded and phrasal entries', () => {
    expect(conceptPattern('en', 'total').test('together with the regions')).toBe(false);
    expect(conceptPattern('en', 'total').test('€ 5 bn together')).toBe(true);
    expect(conceptPattern('nl', 'total').test('alles bij elkaar')).toBe(true);
    expect(conceptPattern('fr', 'total').test('soit 30 au total')).toBe(true);
  });

  it('anchors at the start or end when asked', () => {
    expect(conceptPattern('en', 'partMarker', 'start').test('  of which 12')).toBe(true);
    expect(conceptPattern('en', 'partMarker', 'start').test('most of which')).toBe(false);
    expect(conceptPattern('de', 'partMarker', 'end').test('120 Anträge, davon ')).toBe(true);
  });

  it('merges a concept across languages once', () => {
    const words = anyLanguage('partMarker');
    expect(words).toContain('waarvan');
    expect(words).toContain('dont');
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('date words', () => {
  it('every language names the same date concepts: twelve months, seven weekdays, a between pair', () => {
    const concepts = Object.keys(dateWords('en')).sort();
    for (const locale of ['en', 'nl', 'de', 'fr'] as const) {
      const words = dateWords(locale);
      expect(Object.keys(words).sort(), locale).toEqual(concepts);
      expect(words.month, locale).toHaveLength(12);
      expect(words.weekday, locale).toHaveLength(7);
      expect(words.between, locale).toHaveLength(2);
      // Plain words, lower case (the reader matches case-insensitively); the builder escapes them.
      const plain = [...words.month.flat(), ...words.weekday.flat(), ...words.edge.map(([word]) => word), ...words.season.map(([word]) => word), ...words.timelineLead];
      for (const word of plain) expect(word, `${locale} "${word}"`).toBe(word.toLowerCase());
    }
  });

  it('are matched as whole words, with blanks of any kind between the words of a phrase', () => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${literalAlternation(withEnglish(byLanguage('timelineLead'), 'fr'))})(?![\\p{L}\\p{N}_])`, 'iu');
    expect(pattern.exec('Livraison au\u00a0plus\u00a0tard 2027')?.[0]).toBe('au\u00a0plus\u00a0tard');
    expect(pattern.exec('D’ici 2030')?.[0]).toBe('D’ici');
    expect(pattern.test('Entente 2030')).toBe(false);
  });
});
