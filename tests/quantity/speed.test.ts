/**
 * The reader's speed work must not change what it reads: references are scanned once per text
 * (peers.ts hands them to scanDates), and slow patterns are skipped on texts that their gates
 * prove hold no match. These tests pin both down; the gates are checked on the forms closest to
 * their edges (case, spacing, keyword variants).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/quantity/dates.js';
import { datesIn, referencesIn } from '../../src/quantity/peers.js';
import { scanReferences } from '../../src/quantity/references.js';
import type { Locale } from '../../src/quantity/types.js';

const LOCALES: Locale[] = ['en', 'nl', 'de', 'fr'];

/** Pieces of briefs where dates and references meet. */
const FRAGMENTS = [
  'Regulation (EU) 2021/694',
  'Directive 2019/1937',
  '11 February 2025',
  '11. Februar 2025',
  'Q4 2025',
  'first half of 2026',
  'mid-2026',
  '2027–2028',
  'https://example.org/2025-02-11/report',
  'Article 4(2)',
  'section 3.1.2',
  '€ 2.5 bn',
  'OJ L 166, 11.5.2021, p. 1',
  'Tel. +32 2 299 11 11',
  'v1.11.05.2025',
  'en',
  'the',
  ' ',
  ', ',
  '. ',
  '\n',
];

const briefText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(' '));

function spans(text: string, locale: Locale): string[] {
  return scanReferences(text, locale).map((span) => `${span.kind}:${text.slice(span.start, span.end)}`);
}

describe('references are scanned once per text', () => {
  it('scanDates reads the same with the references given, as a list or lazily, as when it scans them itself', () => {
    fc.assert(
      fc.property(briefText, fc.constantFrom(...LOCALES), (text, locale) => {
        const own = scanDates(text, locale);
        expect(scanDates(text, locale, scanReferences(text, locale))).toEqual(own);
        expect(scanDates(text, locale, () => scanReferences(text, locale))).toEqual(own);
      }),
    );
  });

  it('peers.ts returns what the scanners return, for one text after another and per locale', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(briefText, fc.constantFrom(...LOCALES)), { maxLength: 6 }), (texts) => {
        for (const [text, locale] of texts) {
          expect(datesIn(text, locale)).toEqual(scanDates(text, locale));
          expect(referencesIn(text, locale)).toEqual(scanReferences(text, locale));
        }
      }),
    );
  });

  it('keeps the last text: the second call for it is no second scan', () => {
    const text = 'Under Regulation (EU) 2021/694, by Q4 2025.';
    datesIn(text, 'en');
    expect(referencesIn(text, 'en')).toBe(referencesIn(text, 'en'));
    expect(referencesIn(text, 'nl')).toEqual(scanReferences(text, 'nl'));
    expect(referencesIn('Article 5 applies.', 'en').map((span) => span.kind)).toEqual(['article']);
  });
});

describe('gated patterns still find their spans', () => {
  it.each<[string, string, Locale]>([
    // Case-insensitive keyword chains, with the spaces a gate must look past.
    ['See SECTION 3 and Hoofdstuk\u00a05.', 'section:SECTION 3|section:Hoofdstuk\u00a05', 'nl'],
    ['Nach ABSCHNITTE 2 und 3 gilt', 'section:ABSCHNITTE 2 und 3', 'de'],
    ['under ARTICLE 4(2) and §\u00a05', 'article:ARTICLE 4(2)|article:§\u00a05', 'en'],
    ['considérants 12 à 14', 'article:considérants 12 à 14', 'fr'],
    // Versions in any case, with two spaces.
    ['VERSION  2.0 and Fassung 3.1', 'version:VERSION  2.0|version:Fassung 3.1', 'de'],
    // Phone numbers after their keyword, with and without a dot, colon and space.
    ['Tel.: +32 2 299 11 11', 'phone:+32 2 299 11 11', 'en'],
    ['Fax:030 1234567', 'phone:030 1234567', 'de'],
    ['Téléphone 01 23 45 67 89', 'phone:01 23 45 67 89', 'fr'],
    // Hashes: digits and letters mixed, the digit on either side.
    ['commit a3f9e2b1 and 3f9e2b1c', 'hash:a3f9e2b1|hash:3f9e2b1c', 'en'],
    // Identifiers: a letter right before a digit.
    ['the H2020 and BWBR0005537 sets', 'identifier:H2020|legal:BWBR0005537', 'en'],
    ['Maß5 läuft', 'identifier:Maß5', 'de'],
    // Times after "om"/"um", exponents after m and ft, footnotes after a sentence.
    ['De vergadering begint om\u00a010.30.', 'time:10.30', 'nl'],
    ['Treffen um 9.15 Uhr', 'time:9.15 Uhr', 'de'],
    ['an area of 500 m² and 20 ft³', 'exponent:²|exponent:³', 'en'],
    ['as the audit shows.12 The next point', 'footnote:12', 'en'],
  ])('%s', (text, expected, locale) => {
    expect(spans(text, locale).join('|')).toBe(expected);
  });
});

describe('gated date patterns still find their dates', () => {
  it.each<[string, string, Locale]>([
    ['on Monday, 11 February 2025', 'Monday, 11 February 2025', 'en'],
    ['by FEB. 11, 2025', 'FEB. 11, 2025', 'en'],
    ['from 20–21 March 2025', '20|21 March 2025', 'en'],
    ['over March–April 2025', 'March|April 2025', 'en'],
    ['in February of 2025 and Feb ’25', 'February of 2025|Feb ’25', 'en'],
    ['am 3.\u00a0Oktober\u00a02025', '3.\u00a0Oktober\u00a02025', 'de'],
    ['in de eerste helft van 2026', 'eerste helft van 2026', 'nl'],
    ['im zweiten Halbjahr 2026', 'zweiten Halbjahr 2026', 'de'],
    ['by end of the year 2027 and mid-2026', 'end of the year 2027|mid-2026', 'en'],
    ['fin 2027 et début ’26', 'fin 2027|début ’26', 'fr'],
    ['in spring 2026 and najaar 2025', 'spring 2026|najaar 2025', 'nl'],
  ])('%s', (text, expected, locale) => {
    expect(
      scanDates(text, locale)
        .map((quantity) => quantity.text)
        .join('|'),
    ).toBe(expected);
  });
});
