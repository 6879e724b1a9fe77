/**
 * Writing exact decimal strings back as text, for messages and fixes.
 */
import { shiftDecimal } from './decimal.js';
import type { Locale, Quantity } from './types.js';

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

/**
 * The power of ten of a scale word's multiplier ("1000000000" → 9), or undefined when the scale is
 * no power of ten ("dozen" → 12): such figures are written unscaled.
 */
export function scaleExponent(scale: string | undefined): number | undefined {
  if (scale === undefined) return 0;
  return /^10*$/.test(scale) ? scale.length - 1 : undefined;
}

/**
 * A value written the way `like` is written: its currency, scale word and separators (the locale's
 * where `like` shows none). "€ 20 bn" and 25000000000 give "€ 25 bn"; a figure in words or with a
 * scale that is no power of ten gives the bare digits.
 */
export function writeLike(like: Pick<Quantity, 'text' | 'format' | 'scale'>, value: string, locale: Locale): string {
  const exponent = scaleExponent(like.scale);
  const style = LOCALE_NUMBER_STYLE[locale];
  const digits = formatDecimal(shiftDecimal(value, -(exponent ?? 0)), {
    group: like.format.group ?? style.group,
    decimal: like.format.decimal ?? style.decimal,
  });
  const at = like.text.indexOf(like.format.digits);
  if (at < 0 || like.format.words || exponent === undefined) return digits;
  return like.text.slice(0, at) + digits + like.text.slice(at + like.format.digits.length);
}
