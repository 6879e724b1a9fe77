/**
 * sum-mismatch on generated arithmetic: a right sum, difference or product written in any locale's
 * style is never flagged; one whose result is off by more than the rounding allows always is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/sum-mismatch.js';
import { addDecimal, multiplyDecimal, shiftDecimal, subtractDecimal } from '../../src/quantity/decimal.js';
import type { Locale } from '../../src/quantity/types.js';
import { lintWithRule } from '../helpers/rule-tester.js';

const STYLE: Record<Locale, { group: string; decimal: string; equals: string; plus: string }> = {
  en: { group: ',', decimal: '.', equals: 'equals', plus: 'plus' },
  nl: { group: '.', decimal: ',', equals: 'is', plus: 'plus' },
  de: { group: '.', decimal: ',', equals: 'ergibt', plus: 'plus' },
  fr: { group: '\u202F', decimal: ',', equals: 'font', plus: 'plus' },
};

/** A non-negative decimal written the locale's way ("12,345.6" / "12.345,6"). */
function write(value: string, locale: Locale): string {
  const [whole = '0', fraction] = value.split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(?:\d{3})+$)/g, STYLE[locale].group) : whole;
  return fraction ? `${grouped}${STYLE[locale].decimal}${fraction}` : grouped;
}

const valueArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 2 }))
  .map(([integer, decimals]) => shiftDecimal(String(integer), -decimals));

const caseArbitrary = fc.record({
  locale: fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'),
  left: valueArbitrary,
  right: valueArbitrary,
  operator: fc.constantFrom('+', '−', '×'),
  relation: fc.constantFrom('=', 'word'),
  currency: fc.boolean(),
});

function compute(left: string, right: string, operator: string): string {
  if (operator === '+') return addDecimal(left, right);
  if (operator === '−') return subtractDecimal(left, right);
  return multiplyDecimal(left, right);
}

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function sentence(c: Case, result: string): string {
  const money = (text: string): string => (c.currency && c.operator !== '×' ? `€ ${text}` : text);
  const relation = c.relation === '=' ? '=' : STYLE[c.locale].equals;
  const resultText = result.startsWith('-') ? `−${money(write(result.slice(1), c.locale))}` : money(write(result, c.locale));
  return `Check: ${money(write(c.left, c.locale))} ${c.operator} ${money(write(c.right, c.locale))} ${relation} ${resultText}.`;
}

describe('sum-mismatch on generated arithmetic', () => {
  it('never flags a right result', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = compute(c.left, c.right, c.operator);
        if (result.startsWith('-')) return; // a negative result reads as a minus sign, not tested here
        const code = sentence(c, result);
        expect(lintWithRule(rule, { code, locale: c.locale }).map((m) => m.message), code).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('flags a result off by more than a whole unit plus the operands’ rounding', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 2, max: 500 }), (c, offBy) => {
        if (c.operator === '×') return; // a product's rounding slack grows with its factors
        const right = compute(c.left, c.right, c.operator);
        if (right.startsWith('-')) return;
        const code = sentence(c, addDecimal(right, String(offBy)));
        expect(lintWithRule(rule, { code, locale: c.locale }), code).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
