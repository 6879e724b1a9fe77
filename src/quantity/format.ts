/**
 * Writing exact decimal strings back as text, for messages and fixes.
 */
import type { Locale } from './types.js';

/** How each locale writes numbers by default: its thousands group mark and decimal mark. */
export const LOCALE_NUMBER_STYLE: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
  de: { group: '.', decimal: ',' },
  fr: { group: '\u202F', decimal: ',' },
};

/** Write a decimal string with thousands groups and a decimal mark: ("1234567.5", {group: ",", decimal: "."}) → "1,234,567.5". */
export function formatDecimal(value: string, style: { group: string; decimal: string }): string {
  const negative = value.startsWith('-');
  const [integer = '0', fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(?:\d{3})+$)/g, style.group) : integer;
  return `${negative ? '-' : ''}${grouped}${fraction ? style.decimal + fraction : ''}`;
}
