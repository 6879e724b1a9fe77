/**
 * Names that messages print, per language, as ICU MessageFormat `select` fragments: a month or a
 * weekday given by number, and a calendar day ("22 November 2024", "22. November 2024", "1er juillet
 * 2026"). The catalogues build their messages from these; the date reader's words are in the lexicon (src/lexicon/<lang>.ts, DateVocabulary).
 */
import type { Locale } from '../quantity/types.js';

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** Sunday first, as Date.getUTCDay numbers them. */
const WEEKDAYS: Record<Locale, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

function select(argument: string, names: readonly string[], first: number): string {
  return `{${argument}, select, ${names.map((name, index) => `${index + first} {${name}}`).join(' ')} other {{${argument}}}}`;
}

/** The month numbered by `argument` (1 = January). */
export function monthName(locale: Locale, argument: string): string {
  return select(argument, MONTHS[locale], 1);
}

/** The weekday numbered by `argument` (0 = Sunday). */
export function weekdayName(locale: Locale, argument: string): string {
  return select(argument, WEEKDAYS[locale], 0);
}

/** A calendar day from the arguments `<prefix>day`, `<prefix>month` and `<prefix>year`. */
export function calendarDay(locale: Locale, prefix = ''): string {
  const [day, month, year] = [`${prefix}day`, `${prefix}month`, `${prefix}year`];
  const monthText = monthName(locale, month);
  if (locale === 'de') return `{${day}}. ${monthText} {${year}}`;
  if (locale === 'fr') return `{${day}, select, 1 {1er} other {{${day}}}} ${monthText} {${year}}`;
  return `{${day}} ${monthText} {${year}}`;
}
