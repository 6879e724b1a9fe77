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
    expect(detectLocale(['We have 100 chips and 2025 plans.'])).toBeUndefined();
    expect(detectLocale([])).toBeUndefined();
    // "1,500" and "4.800" can be read either way: no vote.
    expect(detectLocale(['1,500 and 4.800'])).toBeUndefined();
  });

  it('lets the majority of unambiguous figures win across blocks', () => {
    expect(detectLocale(['1,5 miljard', '2,5 miljoen', 'version 2.5'])).toBe('nl');
    expect(detectLocale(['2.5 bn', '3.75 %', 'Dutch source: 1,5 miljard'])).toBe('en');
  });
});

describe('detectLocale and section numbers', () => {
  it('does not let clause numbers like "3.5" or "2,1" vote', () => {
    expect(detectLocale(['Zie artikel 3.5 en 3.12 en 1.2 van de regeling.'])).toBeUndefined();
    expect(detectLocale(['Zie 3.5 en 3.12, het kost € 1,5 miljoen'])).toBe('nl');
  });
});
