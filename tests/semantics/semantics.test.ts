import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';
import type { Figure } from '../../src/parse/types.js';
import {
  cellContext,
  isQuoted,
  isTimeFigure,
  sameMeasure,
  samePeriod,
  sameUnit,
  semanticsOf,
  subjectOf,
  yearsIn,
} from '../../src/semantics/index.js';

function figureOf(text: string, written: string, locale: 'en' | 'nl' | 'de' | 'fr' = 'en'): Figure {
  const brief = buildBrief(text, { locale });
  const figure = brief.figures.find((candidate) => candidate.text === written);
  if (!figure) throw new Error(`no figure ${written} in ${brief.figures.map((f) => f.text).join(', ')}`);
  return figure;
}

describe('semantics', () => {
  it('is built once per brief', () => {
    const brief = buildBrief('Of the 30 agencies, 12 reported.', { locale: 'en' });
    expect(semanticsOf(brief)).toBe(semanticsOf(brief));
    expect(semanticsOf(brief).claims).toBe(semanticsOf(brief).claims);
  });

  it('reads part-of-whole claims, part first and whole first', () => {
    const brief = buildBrief('Of the 30 agencies, 12 reported. 6 of the 27 Member States agreed. The fund has € 50 bn, of which € 20 bn is public.', { locale: 'en' });
    expect(semanticsOf(brief).claims.partsOfWhole.map(({ part, whole }) => `${part.text} of ${whole.text}`)).toEqual([
      '12 of 30',
      '6 of 27',
      '€ 20 bn of € 50 bn',
    ]);
  });

  it('leaves quotations out of the author’s sentences', () => {
    const brief = buildBrief('> Of the 30 agencies, 40 reported.\n\nOwn words.', { locale: 'en' });
    expect(semanticsOf(brief).sentences.map((sentence) => sentence.text)).toEqual(['Own words.']);
    expect(semanticsOf(brief).claims.partsOfWhole).toEqual([]);
  });

  it('knows one unit by lemma, compound head, accents and synonyms', () => {
    expect(sameUnit('chips', 'chip')).toBe(true);
    expect(sameUnit('AI-chips', 'chips')).toBe(true);
    expect(sameUnit('Mitgliedstaaten', 'Mitgliedstaat', 'de')).toBe(true);
    expect(sameUnit('accelerators', 'chips')).toBe(true);
    expect(sameUnit('factories', 'chips')).toBe(false);
  });

  it('compares measures by currency, noun and symbol', () => {
    const whole = figureOf('The € 50 bn fund, of which 20 bn public.', '€ 50 bn');
    const part = figureOf('The € 50 bn fund, of which 20 bn public.', '20 bn');
    expect(sameMeasure(part, whole)).toBe(true);
    expect(sameMeasure(figureOf('2 GB, of which 750 GB.', '2'), figureOf('2 GB, of which 750 GB.', '750'))).toBe(true);
    expect(sameMeasure(figureOf('2 GB, of which 750 MB.', '2'), figureOf('2 GB, of which 750 MB.', '750'))).toBe(false);
    expect(sameMeasure(figureOf('€ 5 bn and $ 3 bn.', '€ 5 bn'), figureOf('€ 5 bn and $ 3 bn.', '$ 3 bn'))).toBe(false);
  });

  it('reads years and periods from the reader’s dates', () => {
    const brief = buildBrief('In 2026 the fund is worth £4.3bn; for 2027–2028 it is £5bn.', { locale: 'en' });
    expect([...yearsIn(brief.figures)].sort()).toEqual([2026, 2027, 2028]);
    expect(brief.figures.filter(isTimeFigure).map((figure) => figure.text)).toEqual(['2026', '2027–2028']);
    expect(samePeriod(new Set([2026]), new Set())).toBe(true);
    expect(samePeriod(new Set([2026]), new Set([2027]))).toBe(false);
  });

  it('gives a figure its subject: head, years, places and scope', () => {
    const figure = figureOf('For single parents, Germany pays € 500 million in child benefit in 2026.', '€ 500 million');
    const subject = subjectOf(figure, 'en');
    expect(subject.head).toBe('');
    expect([...subject.years]).toEqual([2026]);
    expect(subject.places).toContain('Germany');
    expect(subject.scope).toBe('single parents');
    expect(subjectOf(figureOf('The 400 000 chips arrive.', '400 000'), 'en').head).toBe('chips');
  });

  it('finds quotation spans', () => {
    expect(isQuoted(figureOf('The minister said: “we spend € 5 bn”, but we spend € 4 bn.', '€ 5 bn'))).toBe(true);
    expect(isQuoted(figureOf('The minister said: “we spend € 5 bn”, but we spend € 4 bn.', '€ 4 bn'))).toBe(false);
  });

  it('gives a table cell its header, row label and rounding note', () => {
    const brief = buildBrief('Figures are rounded.\n\n| Item | € m |\n|---|---|\n| Staff | 100 |\n', { locale: 'en' });
    const figure = brief.figures.find((candidate) => candidate.text === '100')!;
    const context = cellContext(brief, figure.block)!;
    expect(context.header).toBe('€ m');
    expect(context.rowLabel).toBe('Staff');
    expect(context.roundingNote).toBe(true);
    expect(cellContext(brief, brief.blocks[0]!)).toBeUndefined();
  });
});
