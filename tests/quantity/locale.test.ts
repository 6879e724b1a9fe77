import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../src/quantity/index.js';

describe('detectLocale', () => {
  it.each([
    [['De overheid investeert 1.234.567 euro.'], 'nl'],
    [['Het kabinet trekt € 1,5 miljard uit.'], 'nl'],
    [['€ 1.500,00 voor het project, 12,5 % van het budget'], 'nl'],
    [['Der Bund zahlt 1,5 Mrd. Euro und 12,5 % mehr.'], 'de'],
    [['Il faut 1,5 milliard d’euros.'], 'fr'],
    [['Une dépense de 400 000,5 euros.'], 'fr'],
    [['Spending rose to 1,234.5 million.'], 'en'],
    [['InvestAI mobilises € 2.5 bn.'], 'en'],
  ] as Array<[string[], string]>)('%j votes %s', (texts, locale) => {
    expect(detectLocale(texts)).toBe(locale);
  });

  it('returns undefined without evidence', () => {
    expect(detectLocale([])).toBeUndefined();
    // "1,500" and "4.800" can be read either way, and there are no words: no vote.
    expect(detectLocale(['1,500 / 4.800'])).toBeUndefined();
  });

  it('falls back to the language of the words when no figure decides', () => {
    expect(detectLocale(['We have 100 chips and 2025 plans for the region.'])).toBe('en');
    expect(detectLocale(['Het bedrag van de toeslag is niet hoger dan 100 per kind.'])).toBe('nl');
    expect(detectLocale(['Der Betrag ist nicht höher als 100 und wird mit 2 multipliziert.'])).toBe('de');
  });

  it('reads a round thousand or a three-decimal amount as grouping', () => {
    expect(detectLocale(['Budget 90,000 and 30,000 and 4.461,40'])).toBe('en');
    expect(detectLocale(['bedrag van € 88.270 en € 105.594 en 90.7%'])).toBe('nl');
    // Identifiers with a leading zero group vote for nothing.
    expect(detectLocale(['ID 0.586.257 and 0.726.643 or 1.5 bn'])).toBe('en');
  });

  it('lets the majority of unambiguous figures win across blocks', () => {
    expect(detectLocale(['1,5 miljard', '2,5 miljoen', 'version 2.5'])).toBe('nl');
    expect(detectLocale(['2.5 bn', '3.75 %', 'Dutch source: 1,5 miljard'])).toBe('en');
  });
});

describe('detectLocale and section numbers', () => {
  it('does not let clause numbers like "3.5" or "2,1" vote', () => {
    // Only the words vote here, and they say Dutch; the clause numbers did not make it English.
    expect(detectLocale(['Zie artikel 3.5 en 3.12 en 1.2 van de regeling.'])).toBe('nl');
    expect(detectLocale(['Zie 3.5 en 3.12, het kost € 1,5 miljoen'])).toBe('nl');
  });
});

describe('detectLocale and the language of the prose', () => {
  it('lets prose clearly in one language outweigh the one figure that contradicts it', () => {
    const german = 'Der Zuschlag ist nicht übertragbar und wird mit der Beihilfe gezahlt; der Antrag ist mit den Unterlagen einzureichen und die Frist ist nicht verlängerbar, der Betrag wird mit der Zahlung verrechnet.';
    expect(detectLocale([german, 'bis zur Höhe von 4.00 Euro'])).toBe('de');
    const english = 'The council and the board of the fund agreed that the plan is sound, and the share of the budget for the schools is fixed with the board for the year and the next.';
    expect(detectLocale([english, 'A rate of 5,75 %.'])).toBe('en');
  });
});

