import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Figure } from '../parse/types.js';
import { daysInMonth, isRealDate } from '../quantity/dates.js';
import type { DateParts } from '../quantity/types.js';
import { calendarDay, monthName } from '../messages/names.js';
import { anyLanguage, wordsSource } from '../lexicon/index.js';

/** A numeric date with day and month in either order ("31.04.2025", "04/31/2025"); ISO dates are year-month-day only. */
const DAY_MONTH_YEAR = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/u;

/**
 * A label before the digits makes them a number of a section, article or version, not a date: "Section
 * 31.4.2025", "§ 31.04.2025", "Art. 31.06.2025". Asked only of day-month dates that do not exist.
 */
const LABEL_BEFORE = new RegExp(`(?:§|${wordsSource(anyLanguage('identifierLabel'))})\\.?\\s*$`, 'iu');

/** The date as written; the first day of "29–30 February 2025" is written "29", so it is named in full. */
const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('en')}} other {{written}}}`;

type Why = { messageId: string; data: Record<string, number> };

export default defineRule({
  meta: {
    id: 'date-invalid',
    description: 'A date must exist: no 31 June, no 29 February outside a leap year, no fifth quarter',
    category: 'date',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}).strict(),
    messages: {
      noSuchMonth: `${DATE_AS_WRITTEN} does not exist: there is no month {problemMonth}`,
      monthDays: `${DATE_AS_WRITTEN} does not exist: ${monthName('en', 'problemMonth')} has {days} days`,
      notLeapYear: `${DATE_AS_WRITTEN} does not exist: {problemYear} is not a leap year`,
      februaryDays: `${DATE_AS_WRITTEN} does not exist: February has {days} days in {problemYear}`,
      noSuchQuarter: '{period}: a year has four quarters',
      noSuchHalf: '{period}: a year has two halves',
    },
  },
  check(brief, { report }) {
    const lettersInUse = new Set(brief.figures.filter((figure) => figure.interval).map(codeLetter));
    // Quotations keep their source's words, which the author cannot correct.
    for (const figure of brief.figures) {
      if (figure.quoted || figure.interval || !figure.date) continue;
      if (figure.kind === 'date') {
        const why = whyNoSuchDay(figure);
        if (why !== undefined) report({ range: figure.range, messageId: why.messageId, data: { ...dateAsWritten(figure), ...why.data } });
      } else if (figure.kind === 'period') {
        const why = whyNoSuchPart(figure.date);
        if (why !== undefined && !isModelName(figure) && isPeriodCode(figure, lettersInUse)) report({ range: figure.range, messageId: why, data: { period: figure.text } });
      }
    }
  },
});

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The days a date figure may mean. A numeric day-month date is read both ways round, as the reader
 * cannot know whether an "en" author writes day or month first: "02/11/2025" may be 2 November or
 * 11 February, and "12.31.2025" is 31 December in American order. Other forms have one reading.
 */
export function readingsOf(figure: Figure): CalendarDay[] {
  const { year, month, day } = figure.date ?? {};
  if (figure.kind !== 'date' || year === undefined || month === undefined || day === undefined) return [];
  const written = { year, month, day };
  if (!DAY_MONTH_YEAR.test(figure.format.digits) || month === day) return [written];
  return [written, { year, month: day, day: month }];
}

export function isReal({ year, month, day }: CalendarDay): boolean {
  return isRealDate(year, month, day);
}

/** Why a date the reader kept without an interval cannot be; undefined when one of its readings exists. */
function whyNoSuchDay(figure: Figure): Why | undefined {
  const readings = readingsOf(figure);
  if (readings.length === 0 || readings.some(isReal)) return undefined;
  if (readings.length > 1 && LABEL_BEFORE.test(figure.block.text.slice(Math.max(0, figure.start - 20), figure.start))) return undefined;
  // Explain the reading whose month exists: "04/31/2025" is the 31st of April either way.
  const { year, month, day } = readings.find((reading) => reading.month <= 12) ?? readings[0]!;
  return explain(year, month, day);
}

/** The figure's date as message data: as written, or, when only its day is written, by its parts. */
function dateAsWritten(figure: Figure): Record<string, string | number> {
  const { year, month, day } = figure.date!;
  if (/^\d{1,2}\D{0,3}$/u.test(figure.text)) return { shape: 'day', day: day!, month: month!, year: year! };
  return { shape: 'written', written: figure.text };
}

function explain(year: number, month: number, day: number): Why | undefined {
  if (month < 1 || month > 12) return { messageId: 'noSuchMonth', data: { problemMonth: month } };
  const days = daysInMonth(year, month);
  if (day <= days) return undefined;
  if (month !== 2) return { messageId: 'monthDays', data: { problemMonth: month, days } };
  return day === 29 ? { messageId: 'notLeapYear', data: { problemYear: year } } : { messageId: 'februaryDays', data: { days, problemYear: year } };
}

/** The letter of a period code ("Q" of "Q4 2025" or "4Q 2025"); undefined for periods in words. */
function codeLetter(figure: Figure): string | undefined {
  return /^(?:(\p{Lu})\d|\d(\p{Lu}))$/u.exec(figure.date?.part?.label ?? '')?.slice(1).find(Boolean);
}

/**
 * "Q" and "H" are quarters and halves wherever they stand before a year; the French "T" and "S" and the
 * Dutch "K" name many other things ("un T5", "la norme S3"), so they count only in a document that uses
 * the same letter for a real period ("T4 2025").
 */
function isPeriodCode(figure: Figure, lettersInUse: ReadonlySet<string | undefined>): boolean {
  const letter = codeLetter(figure);
  return letter === undefined || letter === 'Q' || letter === 'H' || lettersInUse.has(letter);
}

/** A code after a name in mid-sentence names a model, not a quarter: "the Audi Q5 2025 edition". */
function isModelName(figure: Figure): boolean {
  if (codeLetter(figure) === undefined) return false;
  const before = figure.block.text.slice(figure.sentence.start, figure.start);
  const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]!);
}

function whyNoSuchPart(date: DateParts): 'noSuchQuarter' | 'noSuchHalf' | undefined {
  const part = date.part;
  if (part?.type === 'quarter' && (part.index < 1 || part.index > 4)) return 'noSuchQuarter';
  if (part?.type === 'half' && (part.index < 1 || part.index > 2)) return 'noSuchHalf';
  return undefined;
}
