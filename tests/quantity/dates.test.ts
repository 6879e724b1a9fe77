import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/quantity/dates.js';
import type { Locale, Quantity } from '../../src/quantity/types.js';
import { cpuMs } from '../helpers/timing.js';

/** The one figure found in `text`, checked to cover exactly `expectedText`. */
function only(text: string, locale: Locale, expectedText = text): Quantity {
  const found = scanDates(text, locale);
  expect(found.map((quantity) => quantity.text)).toEqual([expectedText]);
  const quantity = found[0]!;
  expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
  return quantity;
}

function interval(quantity: Quantity): string | undefined {
  return quantity.interval && `${quantity.interval.start}..${quantity.interval.end}`;
}

describe('scanDates: days', () => {
  it.each<[string, Locale, string, number | undefined]>([
    ['11 February 2025', 'en', '2025-02-11', undefined],
    ['February 11, 2025', 'en', '2025-02-11', undefined],
    ['Feb 11, 2025', 'en', '2025-02-11', undefined],
    ['Mon, Feb 11, 2025', 'en', '2025-02-11', 1],
    ['Monday 11 February 2025', 'en', '2025-02-11', 1],
    ['Friday, 1st August 2025', 'en', '2025-08-01', 5],
    ['11 februari 2025', 'nl', '2025-02-11', undefined],
    ['maandag 11 februari 2025', 'nl', '2025-02-11', 1],
    ['Montag, 11. Februar 2025', 'de', '2025-02-11', 1],
    ['11. Februar 2025', 'de', '2025-02-11', undefined],
    ['3. März 2025', 'de', '2025-03-03', undefined],
    ['lundi 11 février 2025', 'fr', '2025-02-11', 1],
    ['1er mars 2025', 'fr', '2025-03-01', undefined],
    ['14 août 2025', 'fr', '2025-08-14', undefined],
  ])('reads %s (%s) as %s', (text, locale, iso, weekday) => {
    const quantity = only(text, locale);
    expect(quantity.kind).toBe('date');
    expect(quantity.value).toBe(iso);
    expect(interval(quantity)).toBe(`${iso}..${iso}`);
    expect(quantity.date?.weekday).toBe(weekday);
    expect(quantity.precision).toBe('1');
    expect(quantity.approximate).toBe(false);
  });

  it.each<[string, Locale, string]>([
    ['2025-02-11', 'en', '2025-02-11'],
    ['14.05.2025', 'en', '2025-05-14'],
    ['11.5.2021', 'en', '2021-05-11'],
    ['11.5.2021', 'de', '2021-05-11'],
    ['11/02/2025', 'nl', '2025-02-11'],
    ['11/02/2025', 'en', '2025-02-11'], // both ≤ 12: an EU brief writes day first
    ['5/17/2018', 'en', '2018-05-17'], // second > 12: US order
    ['17/5/2018', 'en', '2018-05-17'],
    ['11-02-2025', 'fr', '2025-02-11'],
    ['2025/2/11', 'en', '2025-02-11'],
  ])('reads numeric %s (%s) as %s, digits as written', (text, locale, iso) => {
    const quantity = only(text, locale);
    expect(quantity.kind).toBe('date');
    expect(quantity.value).toBe(iso);
    expect(quantity.format.digits).toBe(text);
    expect(interval(quantity)).toBe(`${iso}..${iso}`);
  });

  it.each<[string, Locale, string]>([
    ['31 June 2026', 'en', '2026-06-31'],
    ['29 February 2025', 'en', '2025-02-29'],
    ['31.04.2025', 'de', '2025-04-31'],
    ['30 februari 2026', 'nl', '2026-02-30'],
    ['31. April 2025', 'de', '2025-04-31'],
    ['31 avril 2025', 'fr', '2025-04-31'],
    ['5/17/2018', 'nl', '2018-17-05'], // day-first locale: month 17
  ])('keeps the impossible date %s (%s) without an interval', (text, locale, iso) => {
    const quantity = only(text, locale);
    expect(quantity.kind).toBe('date');
    expect(quantity.value).toBe(iso);
    expect(quantity.interval).toBeUndefined();
  });

  it('keeps the raw parts of an impossible date', () => {
    expect(only('31 June 2026', 'en').date).toEqual({ year: 2026, month: 6, day: 31 });
  });

  it('reads a leap day in a leap year as real', () => {
    expect(interval(only('29 February 2024', 'en'))).toBe('2024-02-29..2024-02-29');
  });

  it('finds dates at their exact offsets inside sentences', () => {
    const text = 'The Commission adopted it on 11 February 2025 and published it on 14.05.2025.';
    const found = scanDates(text, 'en');
    expect(found.map((quantity) => [quantity.text, quantity.start, quantity.end])).toEqual([
      ['11 February 2025', 29, 45],
      ['14.05.2025', 66, 76],
    ]);
  });

  it('leaves a lower-case English month alone ("may" is a verb) and starts after a lower-case short weekday', () => {
    expect(scanDates('Member States may 2025 budgets revise', 'en')).toEqual([]);
    expect(only('on mon 11 February 2025', 'en', '11 February 2025').date?.weekday).toBeUndefined();
  });

  it.each<[string, Locale, string, number]>([
    ['Dienstag, 11.02.2025', 'de', 'Dienstag, 11.02.2025', 2],
    ['Tuesday 11/02/2025', 'en', 'Tuesday 11/02/2025', 2],
    ['Mon 2025-02-10', 'en', 'Mon 2025-02-10', 1],
    ['Di 11-02-2025', 'nl', 'Di 11-02-2025', 2],
    ['am Montag, den 10. Februar 2025', 'de', 'Montag, den 10. Februar 2025', 1],
    ['Monday the 10th of February 2025', 'en', 'Monday the 10th of February 2025', 1],
    // Before a bracket the weekday is the date's, but the figure stays the bracketed date.
    ['on Monday (10 February 2025)', 'en', '10 February 2025', 1],
    ['le lundi (10.02.2025)', 'fr', '10.02.2025', 1],
  ])('reads the weekday right before %s (%s)', (text, locale, expectedText, weekday) => {
    expect(only(text, locale, expectedText).date?.weekday).toBe(weekday);
  });

  it('leaves a weekday that is not right before the date, or not a whole word, out', () => {
    // A lower-case short weekday counts at the start of a cell or item, or with its full stop, not mid-sentence.
    expect(only('zie di 11-02-2025', 'nl', '11-02-2025').date?.weekday).toBeUndefined();
    expect(only('di 11-02-2025', 'nl').date?.weekday).toBe(2);
    expect(only('le lun. 27 janv. 2026', 'fr', 'lun. 27 janv. 2026').date?.weekday).toBe(1);
    expect(only('Friday (3) 11.02.2025', 'en', '11.02.2025').date?.weekday).toBeUndefined();
    expect(only('xMonday 11.02.2025', 'en', '11.02.2025').date?.weekday).toBeUndefined();
    expect(only('On Friday, it said 11.02.2025', 'en', '11.02.2025').date?.weekday).toBeUndefined();
    expect(only('Monday; 11.02.2025', 'en', '11.02.2025').date?.weekday).toBeUndefined();
    // The last weekday of a range of weekdays is not the first date's.
    expect(scanDates('Monday–Tuesday, 10–11 February 2025', 'en').map((q) => [q.text, q.date?.weekday])).toEqual([
      ['10', undefined],
      ['11 February 2025', undefined],
    ]);
  });

  it('reads a weekday and a day without a year in the year the other dates share', () => {
    const [yearless] = scanDates('Bids are due by Monday 3 June and the statement is on Wednesday 11 June 2025.', 'en');
    expect([yearless!.text, yearless!.value, yearless!.date]).toEqual(['Monday 3 June', '2025-06-03', { year: 2025, month: 6, day: 3, weekday: 1, yearFromContext: true }]);
    expect(scanDates('Am Dienstag, den 3. Juni, und am Mi., 5.3.2025.', 'de')[0]!.date?.year).toBe(2025);
    // No year, or years that disagree: not read.
    expect(scanDates('Bids are due by Monday 3 June.', 'en')).toEqual([]);
    expect(scanDates('Monday 3 June, then 4 May 2024 and 5 May 2025.', 'en').map((q) => q.text)).toEqual(['4 May 2024', '5 May 2025']);
  });

  it('does not read day 0 or day 32 as a date', () => {
    expect(scanDates('0 March 2025', 'en').map((q) => q.kind)).toEqual(['period']);
    expect(scanDates('32.01.2025', 'de')).toEqual([]);
  });

  it('does not read numbers glued to identifiers or longer dotted numbers as dates', () => {
    expect(scanDates('v1.11.05.2025', 'en')).toEqual([]);
    expect(scanDates('1.2.3.2025', 'en')).toEqual([]);
    expect(scanDates('14.05.20251', 'en')).toEqual([]);
  });
});

describe('scanDates: months and periods', () => {
  it.each<[string, Locale, string, string, number, string]>([
    ['February 2025', 'en', '2025-02-01..2025-02-28', 'month', 2, 'February'],
    ['februari 2025', 'nl', '2025-02-01..2025-02-28', 'month', 2, 'februari'],
    ['Q4 2025', 'en', '2025-10-01..2025-12-31', 'quarter', 4, 'Q4'],
    ['Q4/2025', 'en', '2025-10-01..2025-12-31', 'quarter', 4, 'Q4'],
    ['2025-Q4', 'en', '2025-10-01..2025-12-31', 'quarter', 4, 'Q4'],
    ['Q4 of 2025', 'en', '2025-10-01..2025-12-31', 'quarter', 4, 'Q4'],
    ['H1 2026', 'en', '2026-01-01..2026-06-30', 'half', 1, 'H1'],
    ['1H 2026', 'en', '2026-01-01..2026-06-30', 'half', 1, '1H'],
    ['first half of 2026', 'en', '2026-01-01..2026-06-30', 'half', 1, 'first half'],
    ['second half of 2026', 'en', '2026-07-01..2026-12-31', 'half', 2, 'second half'],
    ['last quarter of 2025', 'en', '2025-10-01..2025-12-31', 'quarter', 4, 'last quarter'],
    ['End 2027', 'en', '2027-10-01..2027-12-31', 'edge', 3, 'End'],
    ['end of 2027', 'en', '2027-10-01..2027-12-31', 'edge', 3, 'end'],
    ['early 2027', 'en', '2027-01-01..2027-03-31', 'edge', 1, 'early'],
    ['late 2027', 'en', '2027-10-01..2027-12-31', 'edge', 3, 'late'],
    ['mid-2026', 'en', '2026-04-01..2026-09-30', 'edge', 2, 'mid'],
    ['mid 2026', 'en', '2026-04-01..2026-09-30', 'edge', 2, 'mid'],
    ['spring 2026', 'en', '2026-03-01..2026-05-31', 'season', 1, 'spring'],
    ['winter 2026', 'en', '2026-12-01..2027-02-28', 'season', 4, 'winter'],
    ['eind 2027', 'nl', '2027-10-01..2027-12-31', 'edge', 3, 'eind'],
    ['begin 2026', 'nl', '2026-01-01..2026-03-31', 'edge', 1, 'begin'],
    ['medio 2026', 'nl', '2026-04-01..2026-09-30', 'edge', 2, 'medio'],
    ['eerste helft van 2026', 'nl', '2026-01-01..2026-06-30', 'half', 1, 'eerste helft'],
    ['tweede kwartaal 2025', 'nl', '2025-04-01..2025-06-30', 'quarter', 2, 'tweede kwartaal'],
    ['najaar 2026', 'nl', '2026-09-01..2026-11-30', 'season', 3, 'najaar'],
    ['Ende 2027', 'de', '2027-10-01..2027-12-31', 'edge', 3, 'Ende'],
    ['Anfang 2026', 'de', '2026-01-01..2026-03-31', 'edge', 1, 'Anfang'],
    ['Mitte 2026', 'de', '2026-04-01..2026-09-30', 'edge', 2, 'Mitte'],
    ['erstes Halbjahr 2026', 'de', '2026-01-01..2026-06-30', 'half', 1, 'erstes Halbjahr'],
    ['2. Quartal 2025', 'de', '2025-04-01..2025-06-30', 'quarter', 2, '2. Quartal'],
    ['fin 2027', 'fr', '2027-10-01..2027-12-31', 'edge', 3, 'fin'],
    ['début 2026', 'fr', '2026-01-01..2026-03-31', 'edge', 1, 'début'],
    ['mi-2026', 'fr', '2026-04-01..2026-09-30', 'edge', 2, 'mi'],
    ['premier semestre 2026', 'fr', '2026-01-01..2026-06-30', 'half', 1, 'premier semestre'],
    ['troisième trimestre 2025', 'fr', '2025-07-01..2025-09-30', 'quarter', 3, 'troisième trimestre'],
    ['T3 2025', 'fr', '2025-07-01..2025-09-30', 'quarter', 3, 'T3'],
    ['automne 2026', 'fr', '2026-09-01..2026-11-30', 'season', 3, 'automne'],
  ])('reads %s (%s) as %s', (text, locale, expected, type, index, label) => {
    const quantity = only(text, locale);
    expect(quantity.kind).toBe('period');
    expect(quantity.value).toBe(expected.slice(0, 4));
    expect(interval(quantity)).toBe(expected);
    expect(quantity.date?.part).toEqual({ type, index, label });
    expect(quantity.date?.year).toBe(Number(expected.slice(0, 4)));
  });

  it.each<[string, Locale, Array<[string, string, string]>]>([
    ['European Council, 20–21 March 2025.', 'en', [['20', 'date', '2025-03-20..2025-03-20'], ['21 March 2025', 'date', '2025-03-21..2025-03-21']]],
    ['am 20./21. März 2025', 'de', [['20.', 'date', '2025-03-20..2025-03-20'], ['21. März 2025', 'date', '2025-03-21..2025-03-21']]],
    ['March–April 2025', 'en', [['March', 'period', '2025-03-01..2025-03-31'], ['April 2025', 'period', '2025-04-01..2025-04-30']]],
    ['Q1–Q3 2025', 'en', [['Q1', 'period', '2025-01-01..2025-03-31'], ['Q3 2025', 'period', '2025-07-01..2025-09-30']]],
    ['H1/H2 2026', 'en', [['H1', 'period', '2026-01-01..2026-06-30'], ['H2 2026', 'period', '2026-07-01..2026-12-31']]],
  ])('reads both ends of the range in "%s" (%s), the first with the second’s month and year', (text, locale, expected) => {
    expect(scanDates(text, locale).map((quantity) => [quantity.text, quantity.kind, interval(quantity)])).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ["Q4 '25", '2025', '2025-10-01..2025-12-31'],
    ['Q4’25', '2025', '2025-10-01..2025-12-31'],
    ['Feb ’25', '2025', '2025-02-01..2025-02-28'],
    ["end '27", '2027', '2027-10-01..2027-12-31'],
  ])('reads the apostrophe year in %s as 20xx', (text, year, expected) => {
    const quantity = only(text, 'en');
    expect([quantity.kind, quantity.value, interval(quantity)]).toEqual(['period', year, expected]);
  });

  it('gives a leap-year February its 29th', () => {
    expect(interval(only('February 2024', 'en'))).toBe('2024-02-01..2024-02-29');
  });

  it.each<[string, Locale, string, number]>([
    ['Q5 2025', 'en', 'quarter', 5],
    ['H3 2026', 'en', 'half', 3],
    ['Q0 2025', 'en', 'quarter', 0],
    ['5th quarter of 2025', 'en', 'quarter', 5],
    ['3. Halbjahr 2026', 'de', 'half', 3],
  ])('keeps the impossible period %s without an interval', (text, locale, type, index) => {
    const quantity = only(text, locale);
    expect(quantity.kind).toBe('period');
    expect(quantity.date?.part?.type).toBe(type);
    expect(quantity.date?.part?.index).toBe(index);
    expect(quantity.interval).toBeUndefined();
  });

  it('prefers the whole date over the month inside it', () => {
    expect(scanDates('on 11 February 2025', 'en').map((q) => q.kind)).toEqual(['date']);
  });

  it('needs "of" after "start", which is a verb too', () => {
    expect(scanDates('Works start 2026 in Brussels', 'en')).toEqual([]);
    expect(only('the start of 2026', 'en', 'start of 2026').date?.part?.index).toBe(1);
  });

  it('does not take other languages’ period words in an English text', () => {
    expect(scanDates('fin 2027 and Ende 2027', 'en')).toEqual([]);
  });

  it('does not read a plain year', () => {
    expect(scanDates('In 2025 the budget grew.', 'en')).toEqual([]);
  });
});

describe('scanDates: year ranges', () => {
  it.each<[string, string, string]>([
    ['2027-2028', '2027', '2028'],
    ['2027–2028', '2027', '2028'],
    ['2027 – 2028', '2027', '2028'],
    ['2027/28', '2027', '2028'],
    ['2027-28', '2027', '2028'],
    ['2099/00', '2099', '2100'],
    ['2027 to 2028', '2027', '2028'],
    ['2021 tot 2027', '2021', '2027'],
    ['between 2027 and 2028', '2027', '2028'],
  ])('reads %s as a range of years', (text, low, high) => {
    const quantity = only(text, 'en');
    expect(quantity.kind).toBe('range');
    expect([quantity.value, quantity.low, quantity.high]).toEqual([low, low, high]);
    expect(interval(quantity)).toBe(`${low}-01-01..${high}-12-31`);
  });

  it('keeps a reversed range for the range-order rule, without an interval', () => {
    const quantity = only('2028-2027', 'en');
    expect([quantity.kind, quantity.low, quantity.high, quantity.interval]).toEqual(['range', '2028', '2027', undefined]);
  });

  it.each([
    ['EIP-2027-2028', 'glued to an identifier'],
    ['2025-02', 'a year and a month'],
    ['1750-2025', 'an implausible year'],
    ['€ 1800–2000', 'money'],
    ['1900-2000 EUR', 'money'],
    ['1800–2000 %', 'a percentage range'],
    ['2020-2021-2022', 'a chain'],
    ['Directive 2019/1937', 'a legal reference'],
    ['Regulation (EU) 2016/2018', 'a legal reference'],
  ])('leaves %s alone (%s)', (text) => {
    expect(scanDates(text, 'en').filter((quantity) => quantity.kind === 'range')).toEqual([]);
  });
});

describe('scanDates: references are not dates', () => {
  it('reads the date inside an Official Journal citation, not the citation', () => {
    const text = 'OJ L 166, 11.5.2021, p. 1.';
    expect(scanDates(text, 'en').map((q) => q.text)).toEqual(['11.5.2021']);
  });

  it('leaves dates inside addresses alone', () => {
    expect(scanDates('see https://example.eu/news/2025-02-11/q4-2025 for details', 'en')).toEqual([]);
  });
});

describe('scanDates: real paragraphs', () => {
  it('reads an English brief paragraph', () => {
    const text =
      'On Monday 10 February 2025 the Commission announced € 20 bn for Q4 2025 to H1 2026; ' +
      'the first gigafactory opens by End 2027 and runs 2027-2028 (note of 14.05.2025, Article 4(2)).';
    expect(scanDates(text, 'en').map((quantity) => [quantity.text, quantity.kind])).toEqual([
      ['Monday 10 February 2025', 'date'],
      ['Q4 2025', 'period'],
      ['H1 2026', 'period'],
      ['End 2027', 'period'],
      ['2027-2028', 'range'],
      ['14.05.2025', 'date'],
    ]);
  });

  it('reads a Dutch, a German and a French paragraph', () => {
    expect(scanDates('Het kabinet besloot op 11 februari 2025 dat de regeling eind 2027 afloopt; evaluatie in het tweede kwartaal van 2026.', 'nl').map((q) => q.text)).toEqual([
      '11 februari 2025',
      'eind 2027',
      'tweede kwartaal van 2026',
    ]);
    expect(scanDates('Am Montag, 10. Februar 2025 beschloss der Rat, bis Mitte 2026 und im ersten Halbjahr 2027 zu zahlen.', 'de').map((q) => q.text)).toEqual([
      'Montag, 10. Februar 2025',
      'Mitte 2026',
      'ersten Halbjahr 2027',
    ]);
    expect(scanDates('Le 1er mars 2025, le Conseil a fixé un objectif pour fin 2027 et le troisième trimestre 2026.', 'fr').map((q) => q.text)).toEqual([
      '1er mars 2025',
      'fin 2027',
      'troisième trimestre 2026',
    ]);
  });
});

describe('scanDates: properties', () => {
  const locales: Locale[] = ['en', 'nl', 'de', 'fr'];
  const alphabet = fc.constantFrom(...'0123456789 .,/-–QH1Feb Mar mei Ende fin of Q4 2025 '.split(''));

  it('returns in-bounds, ordered, non-overlapping spans whose text is the slice', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join('')), fc.constantFrom(...locales), (text, locale) => {
        let previousEnd = 0;
        for (const quantity of scanDates(text, locale)) {
          expect(quantity.start).toBeGreaterThanOrEqual(previousEnd);
          expect(quantity.end).toBeGreaterThan(quantity.start);
          expect(quantity.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
          previousEnd = quantity.end;
        }
      }),
    );
  });

  it('reads every real ISO day back to itself, in any locale', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), fc.constantFrom(...locales), (day, locale) => {
        const iso = day.toISOString().slice(0, 10);
        const quantity = only(`Adopted on ${iso}.`, locale, iso);
        expect(quantity.value).toBe(iso);
        expect(interval(quantity)).toBe(`${iso}..${iso}`);
      }),
    );
  });

  const monthNames: Record<Locale, string[]> = {
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  };

  it('reads every written-out day back, in every locale', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), fc.constantFrom(...locales), (day, locale) => {
        const iso = day.toISOString().slice(0, 10);
        const written = `${day.getUTCDate()}${locale === 'de' ? '.' : ''} ${monthNames[locale][day.getUTCMonth()]} ${day.getUTCFullYear()}`;
        const quantity = only(`Beschluss vom ${written}, danach`, locale, written);
        expect(quantity.value).toBe(iso);
        expect(interval(quantity)).toBe(`${iso}..${iso}`);
      }),
    );
  });

  it('gives an interval exactly when the written day exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 }), (day, month, year) => {
        const text = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
        const quantity = only(text, 'de');
        const exists = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
        expect(quantity.interval !== undefined).toBe(exists);
      }),
    );
  });
});

describe('scanDates: performance', () => {
  it.each([
    ['1.1.1.1…', '1.'],
    ['1/1/1/…', '1/'],
    ['Q4 Q4 Q4 …', 'Q4 '],
    ['2025-2025-…', '2025-'],
    ['11 February 11 February …', '11 February '],
    ['first half of first half of …', 'first half of '],
  ])('scans 100 KB of %s in well under a second', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    expect(
      cpuMs(() => {
        scanDates(text, 'en');
        scanDates(text, 'de');
      }),
    ).toBeLessThan(1000);
  });
});
