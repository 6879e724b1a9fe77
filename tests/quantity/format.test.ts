import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantity/index.js';
import { formatDecimal, scaleExponent, writeLike, type WriteOptions } from '../../src/quantity/format.js';
import type { Locale } from '../../src/quantity/types.js';

describe('formatDecimal', () => {
  it.each([
    ['100000', ',', '.', '100,000'],
    ['10000000', '.', ',', '10.000.000'],
    ['1234.5', '\u202F', ',', '1\u202F234,5'],
    ['999', ',', '.', '999'],
    ['-1500', ',', '.', '-1,500'],
  ])('%s', (value, group, decimal, expected) => {
    expect(formatDecimal(value, { group, decimal })).toBe(expected);
  });
});

describe('scaleExponent', () => {
  it.each([
    [undefined, 0],
    ['1000', 3],
    ['1000000000', 9],
    ['12', undefined],
  ])('%s → %s', (scale, expected) => {
    expect(scaleExponent(scale)).toBe(expected);
  });
});

describe('writeLike', () => {
  const like = (text: string, locale: Locale) => {
    const [figure] = extractQuantities(text, { locale });
    if (!figure) throw new Error(`no figure in ${text}`);
    return figure;
  };
  it.each<[string, Locale, string, WriteOptions, string]>([
    ['€ 20 bn', 'en', '25000000000', {}, '€ 25 bn'],
    ['€ 1,5 miljard', 'nl', '2250000000', {}, '€ 2,25 miljard'],
    ['100,000', 'en', '1234567', {}, '1,234,567'],
    // Four digits are grouped only when the figure is.
    ['300', 'en', '1250', {}, '1250'],
    ['1,300', 'en', '1250', {}, '1,250'],
    ['300', 'en', '12500', {}, '12,500'],
    ['300', 'fr', '12500', {}, '12\u202F500'],
    // Rounded to a precision, with its decimals shown.
    ['€ 2.5 bn', 'en', '3049999999', { roundTo: '100000000' }, '€ 3.0 bn'],
    ['12.0 %', 'en', '12.345', { roundTo: '0.1' }, '12.3 %'],
    ['€ 1.234,50', 'nl', '2000', { minFractionDigits: 2 }, '€ 2.000,00'],
    // Negative values: the sign in front, the figure's own sign left out.
    ['€ 3 bn', 'en', '-2000000000', {}, '-€ 2 bn'],
    ['(2.0)', 'en', '-3', { minFractionDigits: 1 }, '-3.0'],
    ['-2.0', 'en', '1.5', {}, '1.5'],
    ['€ 20 bn', 'en', '-5000000000', { minus: '−' }, '−€ 5 bn'],
    // Bare digits; words and scales that are no power of ten give digits too.
    ['€ 20 bn', 'en', '25000000000', { bare: true }, '25'],
    ['four factories', 'en', '5', {}, '5'],
  ])('%s (%s) writes %s as …', (text, locale, value, options, expected) => {
    expect(writeLike(like(text, locale), value, locale, options)).toBe(expected);
  });
});
