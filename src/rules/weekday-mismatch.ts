import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Figure } from '../parse/types.js';
import { calendarDay, weekdayName } from '../messages/names.js';
import { isReal, readingsOf, type CalendarDay } from './date-invalid.js';
import { conceptPattern } from '../lexicon/index.js';

/**
 * "The Sun, 11 February 2025" cites a newspaper: a short weekday after an article is a name. Full
 * weekday names after an article are still weekdays ("le lundi 11 février 2025").
 */
const NAME_NOT_WEEKDAY = conceptPattern('any', 'definiteArticle', 'end');

export default defineRule({
  meta: {
    id: 'weekday-mismatch',
    description: 'A weekday written with a date must be that date’s weekday',
    category: 'date',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}).strict(),
    messages: {
      wrongWeekday: `${calendarDay('en')}{context, select, yes { (the year of the other dates here)} other {}} is a ${weekdayName('en', 'actual')}, not a ${weekdayName('en', 'claimed')}`,
      eitherReading: `{text} is a ${weekdayName('en', 'firstActual')} (${calendarDay('en', 'first')}) or a ${weekdayName('en', 'secondActual')} (${calendarDay('en', 'second')}), not a ${weekdayName('en', 'claimed')}`,
    },
  },
  check(brief, { report }) {
    for (const figure of brief.figures) {
      const claimed = figure.date?.weekday;
      if (figure.quoted || claimed === undefined) continue;
      // A day that does not exist is date-invalid's; a date without a year is not read as a date.
      // Only an English slash date is truly ambiguous ("11/02/2025"); "11.02.2025" and a French "09/04/2025" are day first.
      const ambiguous = brief.locale === 'en' && figure.format.digits.includes('/');
      const real = readingsOf(figure).filter(isReal);
      const readings = ambiguous ? real : real.slice(0, 1);
      if (readings.length === 0 || readings.some((reading) => weekdayOf(reading) === claimed) || namesSomethingElse(figure)) continue;
      const [first, second] = readings;
      if (second === undefined) {
        report({ range: figure.range, messageId: 'wrongWeekday', data: { ...dayData(first!), actual: weekdayOf(first!), claimed, context: figure.date?.yearFromContext ? 'yes' : 'no' } });
      } else {
        const data = { ...dayData(first!, 'first'), ...dayData(second, 'second'), firstActual: weekdayOf(first!), secondActual: weekdayOf(second) };
        report({ range: figure.range, messageId: 'eitherReading', data: { ...data, text: figure.text.slice(figure.text.search(/\d/u)), claimed } });
      }
    }
  },
});

/** A calendar day as message data: `<prefix>day`, `<prefix>month`, `<prefix>year`. */
function dayData({ year, month, day }: CalendarDay, prefix = ''): Record<string, number> {
  return { [`${prefix}day`]: day, [`${prefix}month`]: month, [`${prefix}year`]: year };
}

function weekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}


function namesSomethingElse(figure: Figure): boolean {
  // "le lun. 27 janv. 2026": an abbreviation's full stop makes it a weekday, not a name.
  const abbreviated = /^\p{L}{1,3}(?![\p{L}.])/u.test(figure.text);
  return abbreviated && NAME_NOT_WEEKDAY.test(figure.block.text.slice(Math.max(0, figure.start - 10), figure.start));
}
