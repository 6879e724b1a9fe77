import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal } from '../../src/quantity/decimal.js';
import { extractQuantities, type Locale } from '../../src/quantity/index.js';

/** How each locale writes figures, independent of the reader's own tables. */
const STYLES: Record<Locale, { group: string; decimal: string; scales: Array<[string, number]> }> = {
  en: { group: ',', decimal: '.', scales: [['k', 3], ['thousand', 3], ['million', 6], ['mn', 6], ['bn', 9], ['billion', 9], ['trillion', 12]] },
  nl: { group: '.', decimal: ',', scales: [['duizend', 3], ['mln.', 6], ['miljoen', 6], ['mld.', 9], ['miljard', 9], ['biljoen', 12]] },
  de: { group: '.', decimal: ',', scales: [['Tsd.', 3], ['Mio.', 6], ['Mrd.', 9], ['Milliarden', 9], ['Billionen', 12]] },
  fr: { group: ' ', decimal: ',', scales: [['mille', 3], ['millions', 6], ['milliard', 9], ['Mds', 9], ['billion', 12]] },
};

const THIN_GROUPS = ['\u00a0', '\u202f', ' '];

function group(integer: string, mark: string): string {
  let grouped = '';
  for (let index = 0; index < integer.length; index++) {
    if (index > 0 && (integer.length - index) % 3 === 0) grouped += mark;
    grouped += integer[index];
  }
  return grouped;
}

const figureArbitrary = fc.record({
  locale: fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'),
  integer: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  fraction: fc.stringMatching(/^[0-9]{0,3}$/),
  grouping: fc.constantFrom('locale', 'thin', 'none'),
  thin: fc.constantFrom(...THIN_GROUPS),
  scaleIndex: fc.option(fc.nat(), { nil: undefined }),
  currency: fc.constantFrom('none', 'before', 'beforeSpaced', 'after', 'afterSpaced'),
  sign: fc.constantFrom('€', 'EUR', '$', '£'),
});

describe('writing a value in a locale’s style and reading it back', () => {
  it('gives the same value and the exact span', () => {
    fc.assert(
      fc.property(figureArbitrary, (figure) => {
        const style = STYLES[figure.locale];
        const integer = figure.integer.toString();
        const mark = figure.grouping === 'locale' ? style.group : figure.grouping === 'thin' ? figure.thin : '';
        const digits = (mark ? group(integer, mark) : integer) + (figure.fraction ? style.decimal + figure.fraction : '');
        const scale = figure.scaleIndex === undefined ? undefined : style.scales[figure.scaleIndex % style.scales.length];
        let written = scale ? `${digits} ${scale[0]}` : digits;
        if (figure.currency === 'before') written = `${figure.sign}${written}`;
        if (figure.currency === 'beforeSpaced') written = `${figure.sign} ${written}`;
        if (figure.currency === 'after') written = `${written}${figure.sign}`;
        if (figure.currency === 'afterSpaced') written = `${written} ${figure.sign}`;
        const prefix = 'Total: ';
        const text = `${prefix}${written}; end.`;
        const found = extractQuantities(text, { locale: figure.locale });
        expect(found).toHaveLength(1);
        const [quantity] = found;
        const expectedValue = shiftDecimal(figure.fraction ? `${integer}.${figure.fraction}` : integer, scale?.[1] ?? 0);
        expect(quantity?.value).toBe(expectedValue);
        expect(quantity?.start).toBe(prefix.length);
        expect(quantity?.end).toBe(prefix.length + written.length);
        expect(quantity?.precision).toBe(shiftDecimal('1', (scale?.[1] ?? 0) - figure.fraction.length));
        if (figure.currency !== 'none') expect(quantity?.kind).toBe('amount');
        expect(quantity?.scale).toBe(scale ? shiftDecimal('1', scale[1]) : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a percentage with any locale’s decimal mark and keeps its span', () => {
    fc.assert(
      fc.property(fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'), fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^[0-9]{0,2}$/), fc.boolean(), (locale, whole, fraction, spaced) => {
        const written = `${whole}${fraction ? STYLES[locale].decimal + fraction : ''}${spaced ? ' ' : ''}%`;
        const [quantity, ...rest] = extractQuantities(`rose by ${written}.`, { locale });
        expect(rest).toEqual([]);
        expect(quantity).toMatchObject({ kind: 'percent', unit: '%', text: written, value: shiftDecimal(fraction ? `${whole}.${fraction}` : `${whole}`, 0) });
      }),
    );
  });
});

describe('ranges written in a locale’s style', () => {
  it('share the scale, currency and percent written once, with the exact span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('–', '-', ' – '),
        fc.nat(),
        fc.constantFrom('none', 'currency', 'percent'),
        (locale, low, span, dash, scaleIndex, affix) => {
          const high = low + span;
          const [scaleWord, power] = STYLES[locale].scales[scaleIndex % STYLES[locale].scales.length] as [string, number];
          const core = `${low}${dash}${high}`;
          const written = affix === 'currency' ? `€ ${core} ${scaleWord}` : affix === 'percent' ? `${core} %` : `${core} ${scaleWord}`;
          const prefix = 'Zie: ';
          const [quantity, ...rest] = extractQuantities(`${prefix}${written}.`, { locale });
          expect(rest).toEqual([]);
          const shift = affix === 'percent' ? 0 : power;
          expect(quantity).toMatchObject({
            kind: 'range',
            start: prefix.length,
            end: prefix.length + written.length,
            low: shiftDecimal(String(low), shift),
            high: shiftDecimal(String(high), shift),
          });
          if (affix === 'currency') expect(quantity?.currency).toBe('EUR');
          if (affix === 'percent') expect(quantity?.unit).toBe('%');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('any text', () => {
  const alphabet = fc.constantFrom(...'0123456789 .,-–−()%€$£~≈x×kmbnMEURT/:\'\u00a0\u202f\uFFFCaeinorst§'.split(''), ' bn', ' million', ' miljard', ' Mrd.', ' between ', ' and ', ' to ', 'more than ', ' or more', 'minus ', 'e', '2025', ' tot ', ' of meer');
  it('never throws, and returns ordered, non-overlapping spans that match the text', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'), (text, locale) => {
        const found = extractQuantities(text, { locale });
        let previousEnd = 0;
        for (const quantity of found) {
          expect(quantity.start).toBeGreaterThanOrEqual(previousEnd);
          expect(quantity.end).toBeGreaterThan(quantity.start);
          expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
          if (quantity.kind !== 'date') expect(quantity.value).toMatch(/^-?\d+(\.\d+)?$/);
          expect(quantity.precision).toMatch(/^\d+(\.\d+)?$/);
          previousEnd = quantity.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
