/**
 * Writing exact decimal strings back as text, for messages and fixes.
 */
import { absDecimal, compareDecimal, exponentOfPower, roundDecimal, shiftDecimal } from './decimal.js';
import type { Locale, Quantity } from './types.js';

/** How each locale writes numbers by default: its thousands group mark and decimal mark. */
export const LOCALE_NUMBER_STYLE: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
  de: { group: '.', decimal: ',' },
  fr: { group: '\u202F', decimal: ',' },
};

/** "1234567" → "1,234,567", in linear time (a lookahead for the groups of three retries from every digit). */
function groupThousands(integer: string, group: string): string {
  const firstGroup = integer.length % 3 || 3;
  const groups = [integer.slice(0, firstGroup)];
  for (let index = firstGroup; index < integer.length; index += 3) groups.push(integer.slice(index, index + 3));
  return groups.join(group);
}

/** Write a decimal string with thousands groups and a decimal mark: ("1234567.5", {group: ",", decimal: "."}) → "1,234,567.5". */
export function formatDecimal(value: string, style: { group: string; decimal: string }): string {
  const negative = value.startsWith('-');
  const [integer = '0', fraction] = (negative ? value.slice(1) : value).split('.');
  return `${negative ? '-' : ''}${groupThousands(integer, style.group)}${fraction ? style.decimal + fraction : ''}`;
}

/**
 * The power of ten of a scale word's multiplier ("1000000000" → 9), or undefined when the scale is
 * no power of ten ("dozen" → 12): such figures are written unscaled.
 */
export function scaleExponent(scale: string | undefined): number | undefined {
  if (scale === undefined) return 0;
  const exponent = exponentOfPower(scale);
  return exponent !== undefined && exponent >= 0 ? exponent : undefined;
}

export interface WriteOptions {
  /**
   * Round half away from zero to this precision (a power of ten, as a figure's `precision`: "0.1",
   * "1000000000") and show its decimals: 3 to a precision of 0.1 is "3.0".
   */
  roundTo?: string;
  /** Show at least this many decimals, padded with zeros ("3.0" as the sum of "2.0 + 1.0"). */
  minFractionDigits?: number;
  /** The digits alone, without `like`'s currency, scale word or sign. */
  bare?: boolean;
  /** The sign before a negative value, in place of the one `like` is written with: "-" (default) or "−". */
  minus?: string;
}

/**
 * A value written the way `like` is written: its currency, scale word and separators (the locale's
 * where `like` shows none; a number of four digits or fewer is grouped only when `like` is). "€ 20 bn"
 * and 25000000000 give "€ 25 bn"; a figure in words or with a scale that is no power of ten gives the
 * bare digits. A negative value gets its sign in front ("-€ 2 bn"), `like`'s own sign left out.
 */
export function writeLike(
  like: Pick<Quantity, 'text' | 'format' | 'scale'>,
  value: string,
  locale: Locale,
  options: WriteOptions = {},
): string {
  const exponent = scaleExponent(like.scale);
  const power = options.roundTo === undefined ? undefined : exponentOfPower(options.roundTo);
  const rounded = power === undefined ? value : roundDecimal(value, power);
  const scaled = shiftDecimal(rounded, -(exponent ?? 0));
  const negative = compareDecimal(scaled, '0') < 0;
  const places = Math.max(options.minFractionDigits ?? 0, power === undefined ? 0 : (exponent ?? 0) - power);
  const [integer = '0', fraction = ''] = absDecimal(scaled).split('.');
  const style = LOCALE_NUMBER_STYLE[locale];
  const grouped = like.format.group !== undefined || integer.length > 4 ? formatDecimal(integer, { group: like.format.group ?? style.group, decimal: '' }) : integer;
  const paddedFraction = fraction.padEnd(places, '0');
  const digits = paddedFraction ? `${grouped}${like.format.decimal ?? style.decimal}${paddedFraction}` : grouped;
  const sign = negative ? (options.minus ?? '-') : '';
  const text = withoutSign(like);
  const at = text.indexOf(like.format.digits);
  if (options.bare || at < 0 || like.format.words || exponent === undefined) return sign + digits;
  return sign + text.slice(0, at) + digits + text.slice(at + like.format.digits.length);
}

/** A figure's text without the minus it is written with ("(2.0)" → "2.0", "−€ 3 bn" → "€ 3 bn"). */
function withoutSign(like: Pick<Quantity, 'text' | 'format'>): string {
  const minus = like.format.minus;
  if (!minus) return like.text;
  if (minus === '(') return like.text.replace(/^\(|\)$/g, '');
  const at = like.text.indexOf(minus);
  return at < 0 ? like.text : like.text.slice(0, at) + like.text.slice(at + minus.length).replace(/^\s+/, '');
}
