import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimal, shiftDecimal } from '../../src/quantity/format.js';

describe('shiftDecimal', () => {
  it.each([
    ['100000000000', -9, '100'],
    ['1500000000', -9, '1.5'],
    ['1.5', 9, '1500000000'],
    ['0.05', 1, '0.5'],
    ['25', -3, '0.025'],
    ['-2.5', 1, '-25'],
    ['0', 5, '0'],
    ['120', 0, '120'],
  ])('%s × 10^%i = %s', (value, exponent, expected) => {
    expect(shiftDecimal(value, exponent)).toBe(expected);
  });

  it('shifting there and back gives the canonical value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -25, max: 25 }), (n, k) => {
        const value = n.toString();
        expect(shiftDecimal(shiftDecimal(value, k), -k)).toBe(value);
      }),
    );
  });
});

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
