import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Figure } from '../parse/types.js';
import { isReal, monthName, readingsOf, type CalendarDay } from './date-invalid.js';

// A list, not Intl.DateTimeFormat: creating a formatter loads ICU's locale data at every start.
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The English name of weekday 0 (Sunday) … 6 (Saturday), as Date.getUTCDay numbers them. */
function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday]!;
}

/**
 * "The Sun, 11 February 2025" cites a newspaper: a short weekday after an article is a name. Full
 * weekday names after an article are still weekdays ("le lundi 11 février 2025").
 */
const NAME_NOT_WEEKDAY = /\b(?:the|de|het|der|die|das|le|la)\s+$/iu;

export default defineRule({
  meta: {
    id: 'weekday-mismatch',
    description: 'A weekday written with a date must be that date’s weekday',
    category: 'date',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}).strict(),
  },
  check(brief, { report }) {
    for (const figure of brief.figures) {
      const written = figure.date?.weekday;
      if (figure.quoted || written === undefined) continue;
      // A day that does not exist is date-invalid's; a date without a year is not read as a date.
      // Only an English slash date is truly ambiguous ("11/02/2025"); "11.02.2025" and a French "09/04/2025" are day first.
      const ambiguous = brief.locale === 'en' && figure.format.digits.includes('/');
      const real = readingsOf(figure).filter(isReal);
      const readings = ambiguous ? real : real.slice(0, 1);
      if (readings.length === 0 || readings.some((reading) => weekdayOf(reading) === written) || namesSomethingElse(figure)) continue;
      const shown = readings;
      const claimed = `not a ${weekdayName(written)}`;
      const message =
        shown.length === 1
          ? `${label(shown[0]!)}${figure.date?.yearFromContext ? ' (the year of the other dates here)' : ''} is a ${weekdayName(weekdayOf(shown[0]!))}, ${claimed}`
          : `${figure.text.slice(figure.text.search(/\d/u))} is ${shown.map((day) => `a ${weekdayName(weekdayOf(day))} (${label(day)})`).join(' or ')}, ${claimed}`;
      report({ range: figure.range, message });
    }
  },
});

function weekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function label({ year, month, day }: CalendarDay): string {
  return `${day} ${monthName(month)} ${year}`;
}

function namesSomethingElse(figure: Figure): boolean {
  // "le lun. 27 janv. 2026": an abbreviation's full stop makes it a weekday, not a name.
  const abbreviated = /^\p{L}{1,3}(?![\p{L}.])/u.test(figure.text);
  return abbreviated && NAME_NOT_WEEKDAY.test(figure.block.text.slice(Math.max(0, figure.start - 10), figure.start));
}
