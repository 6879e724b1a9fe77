import { describe, expect, it } from 'vitest';
import { buildBrief, splitSentences } from '../../src/parse/index.js';
import type { Locale } from '../../src/quantity/types.js';

function sentences(text: string, locale: Locale = 'en'): string[] {
  return splitSentences(text, locale).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('splits after . ? ! followed by a space and a capital, a digit or a quote', () => {
    expect(sentences('It rose. It fell? Yes! 2025 was odd. "Quoted" too.')).toEqual([
      'It rose.',
      'It fell?',
      'Yes!',
      '2025 was odd.',
      '"Quoted" too.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('He said "no." Then (it ended.) Next')).toEqual(['He said "no."', 'Then (it ended.)', 'Next']);
  });

  it('does not split before a lower-case word, inside numbers, or on semicolons', () => {
    expect(sentences('Costs were 2.5 bn. and 1.500 units; Then more.')).toEqual(['Costs were 2.5 bn. and 1.500 units; Then more.']);
  });

  it('does not split after abbreviations', () => {
    const text = 'Costs, e.g. Staff, rose ca. 5 %, approx. 3 units, i.e. Many. Dr. Smith vs. Mr. Jones, No. 4, fig. 2, Smith et al. Found more.';
    expect(sentences(text)).toEqual([
      'Costs, e.g. Staff, rose ca. 5 %, approx. 3 units, i.e. Many.',
      'Dr. Smith vs. Mr. Jones, No. 4, fig. 2, Smith et al. Found more.',
    ]);
  });

  it('does not split after German, Dutch and French abbreviations', () => {
    expect(sentences('Gemäß Art. 3 Abs. 2 Nr. 4 bzw. Mio. Euro, z.B. Bund. Ende.', 'de')).toEqual([
      'Gemäß Art. 3 Abs. 2 Nr. 4 bzw. Mio. Euro, z.B. Bund.',
      'Ende.',
    ]);
    expect(sentences('Ruim 5 mln. Euro en 2 mld. Euro. Klaar.', 'nl')).toEqual(['Ruim 5 mln. Euro en 2 mld. Euro.', 'Klaar.']);
  });

  it('does not split after initials, ellipses or German ordinals', () => {
    expect(sentences('J. Smith wrote... Then more. Fin.')).toEqual(['J. Smith wrote... Then more.', 'Fin.']);
    expect(sentences('Am 3. Oktober 2025 trat es in Kraft. Danach nicht.', 'de')).toEqual([
      'Am 3. Oktober 2025 trat es in Kraft.',
      'Danach nicht.',
    ]);
  });

  it('does not split after legal citation abbreviations', () => {
    expect(sentences('Geändert durch Art. 1 G v. 15.2.2021 (BGBl. I S. 239) und (ABl. L 256), Rn. 34 gilt. Ende.', 'de')).toEqual([
      'Geändert durch Art. 1 G v. 15.2.2021 (BGBl. I S. 239) und (ABl. L 256), Rn. 34 gilt.',
      'Ende.',
    ]);
    expect(sentences('Regeling van 20 april 2012, nr. IVV/2012 (Stb. 2012, 5). Klaar.', 'nl')).toEqual([
      'Regeling van 20 april 2012, nr. IVV/2012 (Stb. 2012, 5).',
      'Klaar.',
    ]);
  });

  it('does not split a German date even when the document reads as English', () => {
    expect(sentences('Bekanntmachung vom 1. Oktober 1969. Next.', 'en')).toEqual(['Bekanntmachung vom 1. Oktober 1969.', 'Next.']);
    expect(sentences('The ratio is 4. This means more.', 'en')).toEqual(['The ratio is 4.', 'This means more.']);
  });

  it('keeps an enumerator that opens the text with its sentence', () => {
    expect(sentences('a. Verhoging van de bedragen. Klaar.', 'nl')).toEqual(['a. Verhoging van de bedragen.', 'Klaar.']);
    expect(sentences('4. De ontwikkeling. Klaar.', 'nl')).toEqual(['4. De ontwikkeling.', 'Klaar.']);
  });

  it('splits across a line break and trims the space between sentences', () => {
    const text = '  One.\nTwo.  ';
    expect(splitSentences(text, 'en')).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 11 },
    ]);
  });

  it('gives an empty text one empty sentence', () => {
    expect(splitSentences('', 'en')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('sentences in the Brief', () => {
  it('maps sentences to the source and to their figures', () => {
    const brief = buildBrief('Intro 12 items.\r\nThen *23* more. End 34.\n', { locale: 'en' });
    const [block] = brief.blocks;
    expect(block!.sentences.map((sentence) => sentence.text)).toEqual(['Intro 12 items.', 'Then 23 more.', 'End 34.']);
    for (const sentence of block!.sentences) {
      expect(sentence.block).toBe(block);
      expect(sentence.text).toBe(block!.text.slice(sentence.start, sentence.end));
      for (const figure of sentence.figures) {
        expect(figure.sentence).toBe(sentence);
        expect(figure.start).toBeGreaterThanOrEqual(sentence.start);
        expect(figure.end).toBeLessThanOrEqual(sentence.end);
      }
    }
    expect(brief.source.slice(block!.sentences[1]!.range.start, block!.sentences[1]!.range.end)).toBe('Then *23* more.');
    expect(block!.sentences.map((sentence) => sentence.figures.map((figure) => figure.text))).toEqual([['12'], ['23'], ['34']]);
  });

  it('keeps headings and table cells as one sentence each', () => {
    const brief = buildBrief('# Costs. Rose. Again.\n\n| A. B. C. |\n|---|\n| One. Two. |\n');
    for (const block of brief.blocks) expect(block.sentences.map((sentence) => sentence.text)).toEqual([block.text]);
  });
});
