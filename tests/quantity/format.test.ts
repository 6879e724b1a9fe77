import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/quantity/format.js';

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
