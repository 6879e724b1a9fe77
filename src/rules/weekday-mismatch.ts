import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Figure } from '../parse/types.js';
import { monthName } from './date-invalid.js';

const WEEKDAY_NAME = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });

/** The English name of weekday 0 (Sunday) … 6 (Saturday). */
function weekdayName(weekday: number): string {
  // 7 January 2001 was a Sunday.
  return WEEKDAY_NAME.format(new Date(Date.UTC(2001, 0, 7 + weekday)));
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
      // A date that does not exist is date-invalid's; one without a year is not read as a date.
      if (figure.quoted || figure.kind !== 'date' || written === undefined || !figure.interval) continue;
      const { year, month, day } = figure.date!;
      if (year === undefined || month === undefined || day === undefined) continue;
      const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      if (actual === written || namesSomethingElse(figure)) continue;
      report({
        range: figure.range,
        message: `${day} ${monthName(month)} ${year} is a ${weekdayName(actual)}, not a ${weekdayName(written)}`,
      });
    }
  },
});

function namesSomethingElse(figure: Figure): boolean {
  const abbreviated = /^\p{L}{1,3}(?!\p{L})/u.test(figure.text);
  return abbreviated && NAME_NOT_WEEKDAY.test(figure.block.text.slice(Math.max(0, figure.start - 10), figure.start));
}
