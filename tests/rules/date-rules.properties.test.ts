/**
 * date-invalid and weekday-mismatch on generated dates, written in each locale's common forms with
 * names from Intl (not from the reader's word lists): a real day with its own weekday is never
 * flagged; a wrong weekday always is, naming the right one; a day past the month's end always is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dateInvalid from '../../src/rules/date-invalid.js';
import weekdayMismatch from '../../src/rules/weekday-mismatch.js';
import type { Locale } from '../../src/quantity/types.js';
import { lintWithRule } from '../helpers/rule-tester.js';

interface Day {
  year: number;
  month: number;
  day: number;
}

const name = (locale: Locale, options: Intl.DateTimeFormatOptions, date: Date): string =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
const monthName = (locale: Locale, month: number): string => name(locale, { month: 'long' }, new Date(Date.UTC(2001, month - 1, 1)));
// 7 January 2001 was a Sunday.
const weekdayName = (locale: Locale, weekday: number): string => name(locale, { weekday: 'long' }, new Date(Date.UTC(2001, 0, 7 + weekday)));
const two = (value: number): string => String(value).padStart(2, '0');

/** The ways each locale writes a weekday and a date; numeric forms write the day first. */
const FORMS: Record<Locale, Array<(weekday: string, date: Day, locale: Locale) => string>> = {
  en: [
    (w, { year, month, day }, l) => `on ${w} ${day} ${monthName(l, month)} ${year}`,
    (w, { year, month, day }, l) => `on ${w}, ${monthName(l, month)} ${day}, ${year}`,
    (w, { year, month, day }) => `on ${w} ${year}-${two(month)}-${two(day)}`,
    (w, { year, month, day }, l) => `on ${w} (${day} ${monthName(l, month)} ${year})`,
  ],
  nl: [
    (w, { year, month, day }, l) => `op ${w} ${day} ${monthName(l, month)} ${year}`,
    (w, { year, month, day }) => `op ${w} ${two(day)}-${two(month)}-${year}`,
  ],
  de: [
    (w, { year, month, day }, l) => `am ${w}, ${day}. ${monthName(l, month)} ${year}`,
    (w, { year, month, day }, l) => `am ${w}, den ${day}. ${monthName(l, month)} ${year}`,
    (w, { year, month, day }) => `am ${w}, ${two(day)}.${two(month)}.${year}`,
  ],
  fr: [
    (w, { year, month, day }, l) => `le ${w} ${day} ${monthName(l, month)} ${year}`,
    (w, { year, month, day }) => `le ${w} ${two(day)}/${two(month)}/${year}`,
  ],
};

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekdayOf = ({ year, month, day }: Day): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

const dayArbitrary = fc
  .record({ year: fc.integer({ min: 1850, max: 2150 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysIn(year, month)) }));

const caseArbitrary = fc.record({
  locale: fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'),
  form: fc.nat(),
  date: dayArbitrary,
  shift: fc.integer({ min: 1, max: 6 }),
});

function sentence(locale: Locale, form: number, weekday: number, date: Day): string {
  const forms = FORMS[locale];
  return `The hearing takes place ${forms[form % forms.length]!(weekdayName(locale, weekday), date, locale)}.`;
}

const lint = (code: string, locale: Locale) => [
  ...lintWithRule(dateInvalid, { code, locale }),
  ...lintWithRule(weekdayMismatch, { code, locale }),
];

describe('date rules on generated dates', () => {
  it('never flag a real day written with its own weekday', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ locale, form, date }) => {
        expect(lint(sentence(locale, form, weekdayOf(date), date), locale)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('always flag a wrong weekday, naming the right one', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ locale, form, date, shift }) => {
        const right = weekdayOf(date);
        const written = (right + shift) % 7;
        // A numeric date is also read month first: a weekday that fits that reading is not wrong.
        const swapped = { year: date.year, month: date.day, day: date.month };
        fc.pre(date.day > 12 || weekdayOf(swapped) !== written);
        const messages = lint(sentence(locale, form, written, date), locale);
        expect(messages.map((message) => message.ruleId)).toEqual(['weekday-mismatch']);
        expect(messages[0]!.message).toContain(`is a ${weekdayName('en', right)}`);
      }),
      { numRuns: 100 },
    );
  });

  it('always flag a day past the end of its month, named in words', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 3 }), ({ locale, date }, past) => {
        const days = daysIn(date.year, date.month);
        fc.pre(days + past <= 31);
        const code = `The hearing takes place ${locale === 'de' ? 'am ' : ''}${days + past}${locale === 'de' ? '.' : ''} ${monthName(locale, date.month)} ${date.year}.`;
        const messages = lintWithRule(dateInvalid, { code, locale });
        expect(messages.map((message) => message.message)).toEqual([expect.stringMatching(/ does not exist: /u)]);
      }),
      { numRuns: 100 },
    );
  });
});
