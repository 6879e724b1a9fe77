/**
 * Public types of the quantity reader. This module is a library of its own: no Markdown here.
 * Values are exact decimal strings ("1500000000", "-2.5", "0.001"), never binary floats.
 */

export type Locale = 'en' | 'nl' | 'de' | 'fr';

/** A locale setting as configured: a fixed locale or `auto` (decided per document by a vote). */
export type LocaleSetting = Locale | 'auto';

export type QuantityKind =
  | 'amount' // money: has `currency`
  | 'percent' // 25 %, 3 pp (unit '%' or 'pp')
  | 'count' // a number counting a plain noun: "400 000 accelerators" (has `unit`)
  | 'number' // any other bare number
  | 'multiplier' // x10, ×10, 10x, tenfold, ten times, twice
  | 'year' // 2027
  | 'date' // 11 February 2025, 14.05.2025, 2025-02-11
  | 'period' // Q4 2025, H1 2026, End 2027, mid-2026, first half of 2026
  | 'range' // 10–20 %, between 30 and 40, 2027-2028 (has `low` and `high`)
  | 'ordinal'; // 3rd, fourth, 2e, 3.

/** Why a figure breaks its locale's grouping rules, and the values a reader could have meant. */
export interface Malformed {
  /**
   * 'grouping': digits grouped wrongly ("100,00000"), the value is in doubt;
   * 'mixed': separators no locale writes ("1.000,000.5");
   * 'foreign-style': valid in another locale and read as written there ("1,5" in an English text);
   * 'lakh': Indian lakh/crore grouping ("12,34,567").
   */
  kind: 'grouping' | 'mixed' | 'foreign-style' | 'lakh';
  /** Why, in English ("a group of 2 digits after \",\""). */
  reason: string;
  /** Why, as data: for messages in the brief's language. */
  why: MalformedWhy;
  /** Plausible values as exact decimal strings, most plausible first, no duplicates. */
  readings: string[];
}

/** The calendar parts of a date as written (not validated: "31 June 2026" keeps day 31, month 6). */
export interface DateParts {
  year?: number;
  /** 1–12 */
  month?: number;
  /** 1–31 as written, possibly impossible for the month */
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is written right before the date or before its bracket */
  weekday?: number;
  /** The date is written without a year ("Monday 3 June"); `year` is the one the text's other dates share. */
  yearFromContext?: true;
  /** For periods: the named part of the year as written. */
  part?: { type: 'quarter' | 'half' | 'month' | 'season' | 'edge'; index: number; label: string };
}

/** The separators a figure was written with, for style rules. */
export interface NumberFormat {
  /** The character(s) used between digit groups, e.g. ",", ".", " ", "\u00A0", "\u202F", "'"; absent when none. */
  group?: string;
  /** The decimal mark, "." or ","; absent for integers. */
  decimal?: string;
  /** The currency marker exactly as written ("€", "EUR", "US$", "euro"). */
  currencyText?: string;
  /** Where the currency marker stands relative to the digits, and whether a space separates them. */
  currencyPosition?: 'before' | 'after';
  currencySpaced?: boolean;
  /** The scale word exactly as written ("bn", "billion", "Mrd."). */
  scaleText?: string;
  /** The percent marker exactly as written ("%", "per cent", "procent"), and whether a space precedes it. */
  percentText?: string;
  percentSpaced?: boolean;
  /** The minus sign as written ("-", "\u2212", "(" for accounting brackets, "minus"). */
  minus?: string;
  /** The digits as written, from first digit to last, separators included ("100,000", "1,5"). */
  digits: string;
  /** True when the figure was written in words ("four", "honderdduizend"). */
  words?: boolean;
}

export interface Quantity {
  /**
   * The source text of the whole figure, currency, scale word and percent sign included ("€ 20 bn", "25 %").
   * Qualifier words ("roughly", "more than") are not part of the span: they show in `approximate` and `bound`.
   */
  text: string;
  /** UTF-16 offset of the first character in the input string. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  kind: QuantityKind;
  /**
   * The exact value as a decimal string with the scale applied ("€ 1.5 bn" → "1500000000", "25 %" → "25").
   * For a range, its low end; for a year, the year; for a date, the ISO form "YYYY-MM-DD" as written
   * (possibly impossible); for a period, the year it falls in.
   */
  value: string;
  /** The multiplier of the scale word, as an exact decimal string ("bn" → "1000000000", "k" → "1000"); absent when there is none. */
  scale?: string;
  /** The value of one unit of the last written digit, scale applied ("€ 2.5 bn" → "100000000", "400 000" → "1"). */
  precision: string;
  /** '%' for percentages, 'pp' for percentage points, else the counted noun when plain to see ("chips"). */
  unit?: string;
  /** ISO 4217 code when the figure is money ("EUR", "USD", "GBP", "CHF"). */
  currency?: string;
  /** True when qualified as approximate ("roughly", "≈", "about", "ongeveer", "etwa", "environ", …). */
  approximate: boolean;
  /** 'min' for "more than / at least / over", 'max' for "up to / less than / at most". */
  bound?: 'min' | 'max';
  /** For ranges: both ends, exact decimal strings (scale applied to both). */
  low?: string;
  high?: string;
  /** For dates and periods: the parts as written. */
  date?: DateParts;
  /** For dates, periods and years: the inclusive ISO interval covered ("2025-10-01".."2025-12-31"). Absent when the date is impossible. */
  interval?: { start: string; end: string };
  /** Set when the digits break the locale's grouping rules ("100,00000"). */
  malformed?: Malformed;
  /**
   * A malformation the words around the figure do not confirm: a thousands group short of a digit
   * that could also be a decimal, as in "21,00" in English or "12.50" in Dutch, with no money, scale,
   * percent sign or counted noun to show it is a figure. The figure is read as written (`value`), and
   * rules that know the document (its own grouping, a table column) decide whether it is in doubt.
   */
  unconfirmed?: Malformed;
  /** How the figure was written (separators, currency placement, scale word): for style rules. */
  format: NumberFormat;
}

export interface ExtractOptions {
  /** The locale that decides ambiguous separators. Default: 'en'. Use `detectLocale` for a per-document vote. */
  locale?: Locale;
  /** Read Indian lakh grouping ("12,34,567") as valid. Default false. */
  allowLakh?: boolean;
}

/** Why a numeral is malformed, as data (`Malformed.reason` says it in English). */
export type MalformedWhy =
  | { id: 'decimalOnPercent'; mark: string }
  | { id: 'groupAfterSpace'; digits: number }
  | { id: 'groupAfterMark'; digits: number; mark: string }
  | { id: 'notLocaleStyle'; what: 'decimal' | 'grouping'; mark: string; locale: Locale }
  | { id: 'groupsInOtherStyle'; mark: string; locale: Locale }
  | { id: 'noLocaleFits' }
  | { id: 'lakh' };
