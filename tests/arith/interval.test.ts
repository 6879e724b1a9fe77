import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  divideIntervals,
  intervalContains,
  intervalOf,
  intervalsMeet,
  multiplyIntervals,
  subtractIntervals,
  sumIntervals,
  widen,
  type Interval,
} from '../../src/arith/interval.js';
import {
  addDecimal,
  compareDecimal,
  multiplyDecimal,
  shiftDecimal,
  subtractDecimal,
  sumDecimals,
} from '../../src/quantity/decimal.js';

describe('intervalOf', () => {
  it('spans half a unit of the last written digit each way', () => {
    // "€ 2.5 bn": value 2.5e9, precision 1e8
    expect(intervalOf({ value: '2500000000', precision: '100000000', approximate: false })).toEqual({
      low: '2450000000',
      high: '2550000000',
    });
    expect(intervalOf({ value: '400000', precision: '1', approximate: false })).toEqual({
      low: '399999.5',
      high: '400000.5',
    });
  });

  it('widens an approximate figure by the relative slack', () => {
    expect(intervalOf({ value: '100', precision: '1', approximate: true })).toEqual({ low: '89.5', high: '110.5' });
    expect(intervalOf({ value: '100', precision: '1', approximate: true }, { approximate: '0.2' })).toEqual({
      low: '79.5',
      high: '120.5',
    });
    expect(intervalOf({ value: '-100', precision: '1', approximate: true })).toEqual({ low: '-110.5', high: '-89.5' });
  });

  it('is one-sided for bounds', () => {
    expect(intervalOf({ value: '50', precision: '1', approximate: false, bound: 'min' })).toEqual({ low: '49.5', high: null });
    expect(intervalOf({ value: '50', precision: '1', approximate: false, bound: 'max' })).toEqual({ low: null, high: '50.5' });
  });

  it('spans both ends of a range', () => {
    expect(intervalOf({ value: '10', low: '10', high: '20', precision: '1', approximate: false })).toEqual({
      low: '9.5',
      high: '20.5',
    });
  });
});

describe('the worked examples of issue 4', () => {
  const exact = (value: string, precision = '1'): Interval => intervalOf({ value, precision, approximate: false });

  it('€ 50 bn + € 150 bn = € 200 bn meets; = € 250 bn does not', () => {
    const sum = addIntervals(exact('50000000000', '1000000000'), exact('150000000000', '1000000000'));
    expect(intervalsMeet(sum, exact('200000000000', '1000000000'))).toBe(true);
    expect(intervalsMeet(sum, exact('250000000000', '1000000000'))).toBe(false);
  });

  it('2.5 + 2.5 ≈ 5.1 meets through the rounding of the operands', () => {
    const sum = addIntervals(exact('2.5', '0.1'), exact('2.5', '0.1'));
    expect(sum).toEqual({ low: '4.9', high: '5.1' });
    expect(intervalsMeet(sum, exact('5.1', '0.1'))).toBe(true);
    expect(intervalsMeet(sum, exact('5.3', '0.1'))).toBe(false);
  });

  it('4 × 100,000 = 400 000, not 500 000', () => {
    const product = multiplyIntervals(exact('4'), exact('100000'));
    expect(intervalsMeet(product, exact('400000'))).toBe(true);
    expect(intervalsMeet(product, exact('500000'))).toBe(false);
  });

  it('"may not sum due to rounding" widens by n × half a unit', () => {
    const rows = sumIntervals([exact('1'), exact('1'), exact('1')]);
    expect(intervalsMeet(rows, exact('6'))).toBe(false);
    expect(intervalsMeet(widen(rows, '1.5'), exact('6'))).toBe(true);
  });
});

describe('division', () => {
  it('divides exactly when it can', () => {
    expect(divideIntervals({ low: '10', high: '20' }, { low: '2', high: '5' })).toEqual({ low: '2', high: '10' });
  });

  it('rounds a repeating quotient outward', () => {
    const third = divideIntervals({ low: '1', high: '1' }, { low: '3', high: '3' });
    expect(third.low).toMatch(/^0\.3{30,}$/);
    expect(third.high).toMatch(/^0\.3{29,}4$/);
    const minusThird = divideIntervals({ low: '-1', high: '-1' }, { low: '3', high: '3' });
    expect(minusThird.low).toMatch(/^-0\.3{29,}4$/);
    expect(minusThird.high).toMatch(/^-0\.3{30,}$/);
  });

  it('is unbounded when the divisor may be 0', () => {
    expect(divideIntervals({ low: '1', high: '2' }, { low: '-1', high: '1' })).toEqual({ low: null, high: null });
    expect(divideIntervals({ low: '1', high: '2' }, { low: '0', high: '1' })).toEqual({ low: null, high: null });
    expect(divideIntervals({ low: '1', high: '2' }, { low: null, high: '-1' })).toEqual({ low: '-2', high: '0' });
  });

  it('handles unbounded numerators and divisors', () => {
    expect(divideIntervals({ low: '1', high: null }, { low: '2', high: null })).toEqual({ low: '0', high: null });
    expect(divideIntervals({ low: null, high: '-4' }, { low: '2', high: '4' })).toEqual({ low: null, high: '-1' });
  });
});

describe('unbounded ends', () => {
  it('stay unbounded through sums and products', () => {
    expect(addIntervals({ low: '1', high: null }, { low: '2', high: '3' })).toEqual({ low: '3', high: null });
    expect(subtractIntervals({ low: '1', high: null }, { low: '2', high: '3' })).toEqual({ low: '-2', high: null });
    expect(multiplyIntervals({ low: '2', high: null }, { low: '3', high: '4' })).toEqual({ low: '6', high: null });
    expect(multiplyIntervals({ low: '0', high: '0' }, { low: null, high: null })).toEqual({ low: '0', high: '0' });
    expect(multiplyIntervals({ low: '-1', high: null }, { low: '3', high: '4' })).toEqual({ low: '-4', high: null });
  });

  it('meet anything on their open side', () => {
    expect(intervalsMeet({ low: '100', high: null }, { low: '0', high: '200' })).toBe(true);
    expect(intervalsMeet({ low: '100', high: null }, { low: '0', high: '99' })).toBe(false);
    expect(intervalsMeet({ low: null, high: null }, { low: '5', high: '5' })).toBe(true);
    expect(intervalContains({ low: '1', high: '2' }, '2')).toBe(true);
  });
});

// --- properties: a true result computed from values drawn inside the operands' intervals lies in the computed interval

/** A decimal with up to 4 fraction digits, −10^6 … 10^6. */
const decimalArbitrary = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([integer, shift]) => shiftDecimal(String(integer), -shift));

/** An interval and a value inside it (a fraction t of the way from low to high). */
const intervalWithMember = fc
  .tuple(decimalArbitrary, decimalArbitrary, fc.integer({ min: 0, max: 1000 }))
  .map(([first, second, permille]) => {
    const [low, high] = compareDecimal(first, second) <= 0 ? [first, second] : [second, first];
    const member = addDecimal(low, multiplyDecimal(subtractDecimal(high, low), shiftDecimal(String(permille), -3)));
    return { interval: { low, high } as Interval, member };
  });

function contains(interval: Interval, value: string): boolean {
  return (
    (interval.low === null || compareDecimal(interval.low, value) <= 0) &&
    (interval.high === null || compareDecimal(value, interval.high) <= 0)
  );
}

describe('properties', () => {
  it('the sum of members lies in the summed interval', () => {
    fc.assert(
      fc.property(fc.array(intervalWithMember, { minLength: 1, maxLength: 6 }), (items) => {
        const total = sumIntervals(items.map((item) => item.interval));
        expect(contains(total, sumDecimals(items.map((item) => item.member)))).toBe(true);
      }),
    );
  });

  it('the difference and product of members lie in the computed intervals', () => {
    fc.assert(
      fc.property(intervalWithMember, intervalWithMember, (a, b) => {
        expect(contains(subtractIntervals(a.interval, b.interval), subtractDecimal(a.member, b.member))).toBe(true);
        expect(contains(multiplyIntervals(a.interval, b.interval), multiplyDecimal(a.member, b.member))).toBe(true);
      }),
    );
  });

  it('the quotient of members lies in the divided interval (checked as quotient × divisor)', () => {
    fc.assert(
      fc.property(intervalWithMember, intervalWithMember, (a, b) => {
        const quotient = divideIntervals(a.interval, b.interval);
        if (contains(b.interval, '0')) {
          expect(quotient).toEqual({ low: null, high: null });
          return;
        }
        // member_a / member_b ≥ low  ⇔  member_a ≥ low × member_b when member_b > 0 (reversed when negative)
        const positive = compareDecimal(b.member, '0') > 0;
        const lowTimes = multiplyDecimal(quotient.low as string, b.member);
        const highTimes = multiplyDecimal(quotient.high as string, b.member);
        if (positive) {
          expect(compareDecimal(lowTimes, a.member)).toBeLessThanOrEqual(0);
          expect(compareDecimal(a.member, highTimes)).toBeLessThanOrEqual(0);
        } else {
          expect(compareDecimal(lowTimes, a.member)).toBeGreaterThanOrEqual(0);
          expect(compareDecimal(a.member, highTimes)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('a figure’s own value lies in its interval, and rounding it to its precision stays inside', () => {
    fc.assert(
      fc.property(decimalArbitrary, fc.integer({ min: -3, max: 3 }), fc.boolean(), (value, power, approximate) => {
        const precision = shiftDecimal('1', power);
        const interval = intervalOf({ value, precision, approximate });
        expect(contains(interval, value)).toBe(true);
        expect(contains(interval, addDecimal(value, multiplyDecimal(precision, '0.5')))).toBe(true);
      }),
    );
  });

  it('intervalsMeet is symmetric and holds when they share a member', () => {
    fc.assert(
      fc.property(intervalWithMember, intervalWithMember, (a, b) => {
        expect(intervalsMeet(a.interval, b.interval)).toBe(intervalsMeet(b.interval, a.interval));
        expect(intervalsMeet(a.interval, { low: a.member, high: a.member })).toBe(true);
      }),
    );
  });
});
