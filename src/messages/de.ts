/** Deutsche Meldungen (German messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('de')}} other {{written}}}`;

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} gibt es nicht: Es gibt keinen Monat {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} gibt es nicht: Der ${monthName('de', 'problemMonth')} hat {days} Tage`,
    notLeapYear: `${DATE_AS_WRITTEN} gibt es nicht: {problemYear} ist kein Schaltjahr`,
    februaryDays: `${DATE_AS_WRITTEN} gibt es nicht: Der Februar hat {problemYear} {days} Tage`,
    noSuchQuarter: '{period}: Ein Jahr hat vier Quartale',
    noSuchHalf: '{period}: Ein Jahr hat zwei Halbjahre',
  },
  'weekday-mismatch': {
    wrongWeekday: `Der ${calendarDay('de')}{context, select, yes { (im Jahr der übrigen Daten hier)} other {}} ist ein ${weekdayName('de', 'actual')}, kein ${weekdayName('de', 'claimed')}`,
    eitherReading: `{text} ist ein ${weekdayName('de', 'firstActual')} (${calendarDay('de', 'first')}) oder ein ${weekdayName('de', 'secondActual')} (${calendarDay('de', 'second')}), kein ${weekdayName('de', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} steht in diesem Zeitplan nach {previous}, endet aber, bevor {previous} beginnt',
    newestFirst: '{next} steht in dieser Liste (Neuestes zuerst) nach {previous}, beginnt aber erst, nachdem {previous} endet',
    itemBefore: 'der Eintrag davor: {previous}',
  },
  'range-order': {
    reversed: 'Die Spanne {range} ist verkehrt herum: {low} > {high}',
    reversedYears: 'Die Spanne {range} ist verkehrt herum: Sie endet {high}, vor ihrem Beginn {low} ({swapped}?)',
    reversedAmounts: 'Die Spanne {range} ist verkehrt herum: {low} ist mehr als {high} ({swapped}?)',
  },
} satisfies Catalogue;
