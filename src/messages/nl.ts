/** Nederlandse meldingen (Dutch messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('nl')}} other {{written}}}`;

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} bestaat niet: er is geen maand {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} bestaat niet: ${monthName('nl', 'problemMonth')} heeft {days} dagen`,
    notLeapYear: `${DATE_AS_WRITTEN} bestaat niet: {problemYear} is geen schrikkeljaar`,
    februaryDays: `${DATE_AS_WRITTEN} bestaat niet: februari heeft in {problemYear} {days} dagen`,
    noSuchQuarter: '{period}: een jaar heeft vier kwartalen',
    noSuchHalf: '{period}: een jaar heeft twee helften',
  },
  'weekday-mismatch': {
    wrongWeekday: `${calendarDay('nl')}{context, select, yes { (het jaar van de andere datums hier)} other {}} is een ${weekdayName('nl', 'actual')}, geen ${weekdayName('nl', 'claimed')}`,
    eitherReading: `{text} is een ${weekdayName('nl', 'firstActual')} (${calendarDay('nl', 'first')}) of een ${weekdayName('nl', 'secondActual')} (${calendarDay('nl', 'second')}), geen ${weekdayName('nl', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} staat in deze tijdlijn na {previous}, maar eindigt al voordat {previous} begint',
    newestFirst: '{next} staat in deze lijst (nieuwste eerst) na {previous}, maar begint pas nadat {previous} eindigt',
    itemBefore: 'het onderdeel ervoor: {previous}',
  },
  'range-order': {
    reversed: 'Het bereik {range} loopt achterstevoren: {low} > {high}',
    reversedYears: 'Het bereik {range} loopt achterstevoren: het eindigt in {high}, vóór het begin in {low} ({swapped}?)',
    reversedAmounts: 'Het bereik {range} loopt achterstevoren: {low} is meer dan {high} ({swapped}?)',
  },
} satisfies Catalogue;
