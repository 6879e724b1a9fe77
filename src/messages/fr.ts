/** Messages en français (French messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('fr')}} other {{written}}}`;
/** French puts a no-break space before ":" and "?". */
const COLON = '\u00a0:';
const QUESTION = '\u00a0?';

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} n’existe pas${COLON} il n’y a pas de mois {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} n’existe pas${COLON} ${monthName('fr', 'problemMonth')} compte {days} jours`,
    notLeapYear: `${DATE_AS_WRITTEN} n’existe pas${COLON} {problemYear} n’est pas une année bissextile`,
    februaryDays: `${DATE_AS_WRITTEN} n’existe pas${COLON} février compte {days} jours en {problemYear}`,
    noSuchQuarter: `{period}${COLON} une année compte quatre trimestres`,
    noSuchHalf: `{period}${COLON} une année compte deux semestres`,
  },
  'weekday-mismatch': {
    wrongWeekday: `Le ${calendarDay('fr')}{context, select, yes { (l’année des autres dates ici)} other {}} est un ${weekdayName('fr', 'actual')}, pas un ${weekdayName('fr', 'claimed')}`,
    eitherReading: `{text} est un ${weekdayName('fr', 'firstActual')} (${calendarDay('fr', 'first')}) ou un ${weekdayName('fr', 'secondActual')} (${calendarDay('fr', 'second')}), pas un ${weekdayName('fr', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} vient après {previous} dans ce calendrier, mais se termine avant le début de {previous}',
    newestFirst: '{next} vient après {previous} dans cette liste (du plus récent au plus ancien), mais commence après la fin de {previous}',
    itemBefore: `l’élément précédent${COLON} {previous}`,
  },
  'range-order': {
    reversed: `La fourchette {range} est à l’envers${COLON} {low} > {high}`,
    reversedYears: `La fourchette {range} est à l’envers${COLON} elle se termine en {high}, avant son début en {low} ({swapped}${QUESTION})`,
    reversedAmounts: `La fourchette {range} est à l’envers${COLON} {low} est supérieur à {high} ({swapped}${QUESTION})`,
  },
} satisfies Catalogue;
