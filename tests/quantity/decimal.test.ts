import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  exponentOfPower,
  isDecimal,
  multiplyDecimal,
  negateDecimal,
  normalizeDecimal,
  powerOfTen,
  roundDecimal,
  shiftDecimal,
  subtractDecimal,
  sumDecimals,
} from '../../src/quantity/decimal.js';

describe('decimal', () => {
  it.each([
    ['1000', 3],
    ['1', 0],
    ['0.01', -2],
    ['1000000000', 9],
    ['12', undefined],
    ['0', undefined],
    ['-10', undefined],
  ])('the power of %s is %s', (input, expected) => {
    expect(exponentOfPower(input)).toBe(expected);
  });

  it.each([
    ['2.45', -1, '2.5'],
    ['2.44', -1, '2.4'],
    ['-2.45', -1, '-2.5'],
    ['-1250', 2, '-1300'],
    ['1249.99', 2, '1200'],
    ['3', -2, '3'],
    ['0.4', 0, '0'],
    ['-0.4', 0, '0'],
  ])('rounds %s to 10^%s half away from zero: %s', (input, power, expected) => {
    expect(roundDecimal(input, power)).toBe(expected);
  });

  it('powerOfTen and exponentOfPower are inverses', () => {
    fc.assert(fc.property(fc.integer({ min: -20, max: 20 }), (power) => exponentOfPower(powerOfTen(power)) === power));
  });

  it.each([
    ['007.50', '7.5'],
    ['-0.000', '0'],
    ['+12', '12'],
    ['0.10', '0.1'],
    ['100', '100'],
    ['-3.0', '-3'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });

  it.each([
    ['2.5', 9, '2500000000'],
    ['25', -2, '0.25'],
    ['0.001', 3, '1'],
    ['1', -6, '0.000001'],
    ['-1.5', 1, '-15'],
    ['0', 5, '0'],
  ])('shifts %s by 10^%i to %s', (input, power, expected) => {
    expect(shiftDecimal(input, power)).toBe(expected);
  });

  it('computes powers of ten both ways', () => {
    expect(powerOfTen(3)).toBe('1000');
    expect(powerOfTen(0)).toBe('1');
    expect(powerOfTen(-2)).toBe('0.01');
  });

  it('adds, subtracts and multiplies exactly where floats would not', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(multiplyDecimal('1.1', '1.1')).toBe('1.21');
    expect(addDecimal('9007199254740993', '1')).toBe('9007199254740994');
    expect(sumDecimals(['50000000000', '150000000000', '-0.5'])).toBe('199999999999.5');
    expect(sumDecimals([])).toBe('0');
  });

  it('compares, negates and takes absolute values', () => {
    expect(compareDecimal('2.50', '2.5')).toBe(0);
    expect(compareDecimal('-3', '2')).toBe(-1);
    expect(compareDecimal('10', '9.999')).toBe(1);
    expect(negateDecimal('2.5')).toBe('-2.5');
    expect(negateDecimal('0')).toBe('0');
    expect(absDecimal('-7.25')).toBe('7.25');
  });

  it('rejects what is not a decimal string', () => {
    expect(isDecimal('1e3')).toBe(false);
    expect(isDecimal('1,5')).toBe(false);
    expect(isDecimal('-12.5')).toBe(true);
    expect(() => normalizeDecimal('1.')).toThrow(RangeError);
  });

  const decimalArbitrary = fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
    .map(([coefficient, places]) => shiftDecimal(coefficient.toString(), -places));

  it('agrees with bigint arithmetic on random operands', () => {
    fc.assert(
      fc.property(decimalArbitrary, decimalArbitrary, (a, b) => {
        expect(subtractDecimal(addDecimal(a, b), b)).toBe(normalizeDecimal(a));
        // Antisymmetry (a sum, not a negation, so that equal operands do not compare 0 with -0).
        expect(compareDecimal(a, b) + compareDecimal(b, a)).toBe(0);
        expect(compareDecimal(addDecimal(a, b), a)).toBe(compareDecimal(b, '0'));
        expect(multiplyDecimal(a, '1')).toBe(normalizeDecimal(a));
        expect(shiftDecimal(shiftDecimal(a, 7), -7)).toBe(normalizeDecimal(a));
      }),
    );
  });
});
