import { describe, expect, it } from 'vitest';
import { extractQuantities, type Locale } from '../../src/quantity/index.js';

function only(text: string, locale: Locale, allowLakh = false) {
  const found = extractQuantities(text, { locale, allowLakh });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('malformed figures', () => {
  it.each([
    ['100,00000', 'en', ['100000', '10000000']],
    ['1,0000', 'en', ['1000', '10000']],
    ['$1,040,100,00', 'en', ['1040100', '1040100000', '104010000']],
    ['100.00000', 'nl', ['100000', '10000000']],
    ['100.00000', 'de', ['100000', '10000000']],
  ] as Array<[string, Locale, string[]]>)('%s in %s reads as %j', (text, locale, readings) => {
    const figure = only(text, locale);
    expect(figure.malformed?.readings).toEqual(readings);
    expect(figure.value).toBe(readings[0]);
    expect(figure.text).toBe(text);
  });

  it('keeps the malformed end of a range and shares the currency', () => {
    const figure = only('$39,00-$47,500', 'en');
    expect(figure).toMatchObject({ kind: 'range', high: '47500', currency: 'USD', text: '$39,00-$47,500' });
    expect(figure.malformed?.readings).toContain('39000');
  });

  it('applies the scale to every reading', () => {
    expect(only('€ 1,0000 bn', 'en').malformed?.readings).toEqual(['1000000000000', '10000000000000']);
  });

  it.each([
    ['100,00000', 'nl', '100'],
    ['1,0000', 'de', '1'],
    ['1,234,567', 'en', '1234567'],
    ['1.234.567', 'nl', '1234567'],
    ['1.234.567,89', 'de', '1234567.89'],
    ['1,234,567.89', 'en', '1234567.89'],
    ['400 000,5', 'fr', '400000.5'],
    ['1 234.5', 'en', '1234.5'],
  ] as Array<[string, Locale, string]>)('%s is valid in %s (%s)', (text, locale, value) => {
    const figure = only(text, locale);
    expect(figure.malformed).toBeUndefined();
    expect(figure.value).toBe(value);
  });

  it('flags figures in another locale’s style, reading them as written', () => {
    expect(only('1.234,5', 'en').malformed).toMatchObject({ readings: ['1234.5'] });
    expect(only('1,234.5', 'nl').malformed).toMatchObject({ readings: ['1234.5'] });
    expect(only('1.234.567', 'en').malformed).toMatchObject({ readings: ['1234567'] });
    expect(only('2.5 Mrd. Euro', 'de').malformed).toMatchObject({ readings: ['2500000000'] });
    expect(only('0,5 %', 'en').malformed).toMatchObject({ readings: ['0.5'] });
  });

  it('leaves short runs after a lone mark alone unless the figure is plainly one', () => {
    for (const [text, locale] of [['onderdeel 3.5', 'nl'], ['Groep 1.0', 'nl'], ['Firefox 68.0', 'de'], ['a value of 60,0 here', 'en']] as Array<[string, Locale]>) {
      const found = extractQuantities(text, { locale });
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((quantity) => quantity.malformed)).toEqual([]);
    }
    const money = only('€ 39,00', 'en');
    expect(money.malformed?.readings).toEqual(['39', '39000', '3900']);
    expect(money.precision).toBe('0.01');
  });

  it('flags mixed separators that fit no locale', () => {
    const figure = only('1,234.567,8', 'en');
    expect(figure.malformed?.reason).toMatch(/no locale/);
  });

  it('reads Indian lakh grouping only when allowed', () => {
    expect(only('12,34,567', 'en').malformed?.reason).toMatch(/lakh/);
    const allowed = only('12,34,567', 'en', true);
    expect(allowed.malformed).toBeUndefined();
    expect(allowed.value).toBe('1234567');
  });

  it('does not call lists of numbers malformed', () => {
    for (const text of ['22,24,26,31', '2024,2025', '3.1.2', '1,1,1,1']) {
      expect(extractQuantities(text, { locale: 'en' })).toEqual([]);
    }
  });
});

describe('lists with mixed marks', () => {
  it('are no figures, and no malformed ones', () => {
    expect(extractQuantities('rgba(255,255,255,0.8) and [4.821,5.301,5.283]', { locale: 'en' })).toEqual([]);
    expect(extractQuantities('1,234.567,8', { locale: 'en' })[0]?.malformed?.reason).toMatch(/no locale/);
  });
});
