/**
 * Digits and their separators: reading a digit token and deciding, per locale, which marks group
 * thousands and which one is the decimal mark. One forward pass per token, so any input reads in
 * linear time.
 */
import { isDigit, isGroupSpace } from './chars.js';
import { normalizeDecimal } from './decimal.js';
import type { Locale, Malformed, MalformedWhy } from './types.js';

/** A run of digits with the separators between its digit groups, as written. */
export interface DigitToken {
  start: number;
  end: number;
  groups: string[];
  /** separators[i] stands between groups[i] and groups[i + 1]. */
  separators: string[];
}

/** A reading of a token: an exact value, how many digits follow the decimal mark, and the marks used. */
export interface Numeral {
  value: string;
  fractionDigits: number;
  group?: string;
  decimal?: string;
  malformed?: Malformed;
  /** The malformation only counts when money, a scale word or a percent sign shows a figure. */
  weak?: boolean;
  /** The malformation only counts for money or a counted noun ("3,100 ondernemers"), never a percentage or a scaled figure. */
  countedOnly?: boolean;
}

/** Why a token is not a figure at all: a list of numbers without spaces, or a section-like number. */
export type NotANumber = { notANumber: 'list' | 'section' };

const PUNCTUATION_MARKS = new Set([',', '.']);
const APOSTROPHES = new Set(["'", '\u2019']);

function countDigits(text: string, pos: number, limit: number): number {
  let index = pos;
  while (index < limit && isDigit(text[index])) index++;
  return index - pos;
}

/** Exactly three digits at `pos`, then no further digit. */
function isThreeDigitGroup(text: string, pos: number, limit: number): boolean {
  return countDigits(text, pos, limit) === 3;
}

/**
 * The digit token starting at `pos` (which must be a digit), never reading at or past `limit`.
 * Spaces and apostrophes join only three-digit groups; "," and "." join any digit run (judged later).
 */
export function readDigitToken(text: string, pos: number, limit: number): DigitToken {
  const groups: string[] = [];
  const separators: string[] = [];
  let index = pos;
  let runLength = countDigits(text, index, limit);
  groups.push(text.slice(index, index + runLength));
  index += runLength;
  let sawPunctuation = false;
  // "070 426 6450": a group of digits led by a zero is a phone or file number, never thousands.
  // Take in every spaced digit run so the whole of it is skipped (see interpretToken).
  if (runLength > 1 && text[pos] === '0') {
    while (index + 1 < limit && isGroupSpace(text[index]) && isDigit(text[index + 1])) {
      runLength = countDigits(text, index + 1, limit);
      separators.push(text[index] as string);
      groups.push(text.slice(index + 1, index + 1 + runLength));
      index += 1 + runLength;
    }
    if (separators.length > 0) return { start: pos, end: index, groups, separators };
  }
  while (index + 1 < limit) {
    const mark = text[index] as string;
    const next = index + 1;
    if (PUNCTUATION_MARKS.has(mark) && isDigit(text[next])) {
      sawPunctuation = true;
    } else if (isGroupSpace(mark) || APOSTROPHES.has(mark)) {
      // Thin grouping only continues a clean grouping: a first group of 1-3 digits or a 3-digit group.
      const previous = groups[groups.length - 1] as string;
      const groupFits = groups.length === 1 ? previous.length <= 3 : previous.length === 3;
      const sameAsBefore = separators.length === 0 || separators[separators.length - 1] === mark;
      if (sawPunctuation || !groupFits || !sameAsBefore || !isThreeDigitGroup(text, next, limit)) break;
    } else {
      break;
    }
    runLength = countDigits(text, next, limit);
    separators.push(mark);
    groups.push(text.slice(next, next + runLength));
    index = next + runLength;
  }
  return { start: pos, end: index, groups, separators };
}

/**
 * Digits grouped with one kind of space where one group has the wrong length ("450 00", "12 50 000",
 * "1 5000"): how a French figure reads when a digit was lost or added. Undefined unless exactly one
 * group is wrong and nothing but digits and that space make up the run (so "1 500,5" or a list of
 * years never reads this way). Whether it is a figure at all, the words after it decide.
 */
export function readSpacedGroupsShortOrLong(text: string, pos: number, limit: number): { token: DigitToken; numeral: Numeral } | undefined {
  const groups: string[] = [];
  const separators: string[] = [];
  let index = pos;
  let run = countDigits(text, index, limit);
  if (run > 3) return undefined;
  groups.push(text.slice(index, index + run));
  index += run;
  let wrongGroups = 0;
  while (index + 1 < limit && isGroupSpace(text[index]) && isDigit(text[index + 1]) && (separators.length === 0 || separators[0] === text[index])) {
    run = countDigits(text, index + 1, limit);
    // Stopping at a second wrong group keeps every read short: the scanner never rereads a long run.
    if (run < 2 || run > 4 || (run !== 3 && ++wrongGroups > 1)) return undefined;
    separators.push(text[index] as string);
    groups.push(text.slice(index + 1, index + 1 + run));
    index += 1 + run;
  }
  const [first = '', ...rest] = groups;
  const wrong = rest.filter((group) => group.length !== 3);
  if (first.length > 3 || first.startsWith('0') || wrong.length !== 1 || PUNCTUATION_MARKS.has(text[index] as string) || isDigit(text[index])) return undefined;
  const bad = wrong[0] as string;
  const joined = groups.join('');
  const readings = [normalizeDecimal(joined)];
  const last = rest[rest.length - 1] as string;
  // A short last group lost a digit ("450 00" → 450 000, "4 50 €" → 4 500 €); a long one of zeros gained one ("125 0000" → 125 000).
  const leading = joined.slice(0, joined.length - last.length);
  if (bad === last && last.length < 3) readings.push(normalizeDecimal(leading + last.padEnd(3, '0')));
  if (bad === last && last.length > 3 && /^0+$/u.test(last.slice(3))) readings.unshift(normalizeDecimal(leading + last.slice(0, 3)));
  const numeral: Numeral = {
    value: readings[0] as string,
    fractionDigits: 0,
    group: separators[0] as string,
    malformed: malformedAs('grouping', { id: 'groupAfterSpace', digits: bad.length }, uniqueValues(readings)),
  };
  // A wrong group between good ones ("7 30 000") is plainly one figure; a wrong last group may be a second number.
  if (bad === last) numeral.weak = true;
  return { token: { start: pos, end: index, groups, separators }, numeral };
}

interface LocaleMarks {
  group: string;
  decimal: string;
  /** Punctuation the locale also accepts between thousands. */
  alsoGroups: string;
}

const MARKS: Record<Locale, LocaleMarks> = {
  en: { group: ',', decimal: '.', alsoGroups: '' },
  nl: { group: '.', decimal: ',', alsoGroups: '' },
  de: { group: '.', decimal: ',', alsoGroups: '' },
  fr: { group: ' ', decimal: ',', alsoGroups: '.' },
};

/** "9.00", "17.30": digits that may be a clock time as Dutch, German and French write it. */
export function isClockTime(digits: string): boolean {
  return /^(?:[01]?\d|2[0-4])\.[0-5]\d$/u.test(digits);
}

/** The decimal mark `locale` writes. */
export function decimalMarkOf(locale: Locale): string {
  return MARKS[locale].decimal;
}

function isGroupMarkIn(locale: Locale, mark: string): boolean {
  const marks = MARKS[locale];
  return marks.group === mark || marks.alsoGroups.includes(mark);
}

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' };

function reading(whole: string, fraction = ''): { value: string; fractionDigits: number } {
  return { value: normalizeDecimal(fraction ? `${whole}.${fraction}` : whole), fractionDigits: fraction.length };
}

function uniqueValues(values: string[]): string[] {
  return [...new Set(values)];
}

function isYearLike(group: string): boolean {
  return group.length === 4 && group >= '1800' && group <= '2199';
}

/** Thousands groups after the first one are exactly three digits; the first has one to three. */
function isCleanGrouping(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  return first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3);
}

/** Indian grouping: 12,34,567 (two-digit groups before the last three). */
function isLakhGrouping(groups: readonly string[]): boolean {
  if (groups.length < 3) return false;
  const [first = '', ...rest] = groups;
  const last = rest.pop() ?? '';
  return first.length <= 2 && last.length === 3 && rest.every((group) => group.length === 2);
}

/**
 * Readings of digits whose last group after a group mark has the wrong length, most plausible first:
 * a zero-run typed too long ("100,00000" → 100,000), a decimal mark typed as a group mark
 * ("39,00" → 39), a missing zero ("39,00" → 39,000), and the digits simply joined.
 */
function readingsOfBadLastGroup(leading: string, last: string): string[] {
  const values: string[] = [];
  const joined = normalizeDecimal(leading + last);
  if (last.length > 3) {
    if (/^0+$/.test(last.slice(3))) values.push(normalizeDecimal(leading + last.slice(0, 3)));
    values.push(joined);
    return uniqueValues(values);
  }
  values.push(reading(leading, last).value);
  if (/^0+$/.test(last)) values.push(normalizeDecimal(leading + last.padEnd(3, '0')));
  values.push(joined);
  return uniqueValues(values);
}

function malformedNumeral(kind: Malformed['kind'], why: MalformedWhy, readings: string[], marks: { group?: string; decimal?: string }, fractionDigits?: number): Numeral {
  const [first = '0'] = readings;
  const digitsAfterPoint = first.includes('.') ? first.length - first.indexOf('.') - 1 : 0;
  return { value: first, fractionDigits: fractionDigits ?? digitsAfterPoint, ...marks, malformed: malformedAs(kind, why, readings) };
}

/** A malformation with its reason as data and in English. */
export function malformedAs(kind: Malformed['kind'], why: MalformedWhy, readings: string[]): Malformed {
  return { kind, reason: reasonOf(why), why, readings };
}

/** A reason in English, as `Malformed.reason` has always said it. */
function reasonOf(why: MalformedWhy): string {
  switch (why.id) {
    case 'decimalOnPercent':
      return `decimal "${why.mark}" on a percentage`;
    case 'groupAfterSpace':
      return `a group of ${why.digits} digits after a space`;
    case 'groupAfterMark':
      return `a group of ${why.digits} digits after "${why.mark}"`;
    case 'notLocaleStyle':
      return `${why.what} "${why.mark}" is not ${LOCALE_NAMES[why.locale]} style`;
    case 'groupsInOtherStyle':
      return `"${why.mark}" before three digits groups thousands in ${LOCALE_NAMES[why.locale]} style`;
    case 'noLocaleFits':
      return 'separators fit no locale';
    case 'lakh':
      return 'Indian lakh grouping';
  }
}

/** A figure written in another locale's style: read as written, flagged for the locale's style. */
function foreignStyle(numeral: Numeral, locale: Locale, what: 'decimal' | 'grouping', mark: string): Numeral {
  return { ...numeral, malformed: malformedAs('foreign-style', { id: 'notLocaleStyle', what, mark, locale }, [numeral.value]) };
}

function withMarks(group: string | undefined, decimal: string | undefined, whole: string, fraction = ''): Numeral {
  const { value, fractionDigits } = reading(whole, fraction);
  const numeral: Numeral = { value, fractionDigits };
  if (group !== undefined) numeral.group = group;
  if (decimal !== undefined) numeral.decimal = decimal;
  return numeral;
}

/** Decide what the token's separators mean in `locale`. */
export function interpretToken(
  token: DigitToken,
  locale: Locale,
  allowLakh = false,
): Numeral | NotANumber {
  const { groups, separators } = token;
  const punctuation = separators.filter((mark) => PUNCTUATION_MARKS.has(mark));
  const thinGroup = separators.find((mark) => !PUNCTUATION_MARKS.has(mark));
  const joined = groups.join('');
  if (thinGroup !== undefined && (groups[0] as string).length > 1 && joined.startsWith('0')) return { notANumber: 'list' };
  if (punctuation.length === 0) return withMarks(thinGroup, undefined, joined);

  const lastMark = punctuation[punctuation.length - 1] as string;
  const earlierMarks = new Set(punctuation.slice(0, -1));
  const lastGroup = groups[groups.length - 1] as string;
  const leadingDigits = groups.slice(0, -1).join('');

  // Mixed marks around groups that are not thousands ("255,255,255,0.8", "4.821,5.301") are a list.
  const innerGroups = groups.slice(1, -1);
  if (earlierMarks.size >= 1 && punctuation.length >= 3 && !innerGroups.every((group) => group.length === 3)) {
    if (thinGroup === undefined && isGroupingShortOfADigit(groups, earlierMarks, lastMark)) {
      // "$1,148,88.31", "€ 1.013.90,88": thousands and a decimal, one group short of a digit we cannot know.
      const groupMark = [...earlierMarks][0] as string;
      const why: MalformedWhy = { id: 'groupAfterMark', digits: (groups[groups.length - 2] as string).length, mark: groupMark };
      return { ...withMarks(groupMark, lastMark, leadingDigits, lastGroup), malformed: malformedAs('grouping', why, []) };
    }
    return { notANumber: 'list' };
  }
  if (earlierMarks.size === 1 && !earlierMarks.has(lastMark)) {
    // Two kinds of mark: the earlier ones group, the last one is the decimal mark ("1,234.5", "1.234,5").
    const groupMark = [...earlierMarks][0] as string;
    if (thinGroup !== undefined || !isCleanGrouping(groups.slice(0, -1))) {
      return malformedNumeral('mixed', { id: 'noLocaleFits' }, uniqueValues([reading(leadingDigits, lastGroup).value, normalizeDecimal(joined)]), { group: groupMark, decimal: lastMark });
    }
    const numeral = withMarks(groupMark, lastMark, leadingDigits, lastGroup);
    if (lastMark !== MARKS[locale].decimal) return foreignStyle(numeral, locale, 'decimal', lastMark);
    return numeral;
  }
  if (earlierMarks.size > 1) {
    return malformedNumeral('mixed', { id: 'noLocaleFits' }, [normalizeDecimal(joined)], {});
  }

  if (punctuation.length >= 2) return interpretRepeatedMark(token, lastMark, locale, allowLakh);
  return interpretSingleMark(groups, lastMark, locale, thinGroup);
}

/**
 * Thousands grouped with one mark, one group that lost a digit, then a decimal with the other mark
 * ("1,130,39.56"): at least one clean group comes first, so a list ("255,255,255,0.8") stays a list.
 */
function isGroupingShortOfADigit(groups: readonly string[], earlierMarks: ReadonlySet<string>, lastMark: string): boolean {
  if (earlierMarks.size !== 1 || earlierMarks.has(lastMark)) return false;
  const [first = '', ...inner] = groups.slice(0, -1);
  const short = inner.pop() ?? '';
  return first.length >= 1 && first.length <= 3 && !first.startsWith('0') && inner.length >= 1 && inner.every((group) => group.length === 3) && short.length === 2;
}

/** One mark written several times must group thousands ("1,234,567"), else it is a list or malformed. */
function interpretRepeatedMark(token: DigitToken, mark: string, locale: Locale, allowLakh: boolean): Numeral | NotANumber {
  const { groups } = token;
  const joined = groups.join('');
  if (isCleanGrouping(groups)) {
    const numeral = withMarks(mark, undefined, joined);
    if (!isGroupMarkIn(locale, mark)) return foreignStyle(numeral, locale, 'grouping', mark);
    return numeral;
  }
  if (mark === ',' && isLakhGrouping(groups)) {
    const numeral = withMarks(mark, undefined, joined);
    if (allowLakh) return numeral;
    return { ...numeral, malformed: malformedAs('lakh', { id: 'lakh' }, [numeral.value]) };
  }
  // Grouping gone wrong shows as clean three-digit groups with one bad group at the end
  // ("1,040,100,00"); anything else is a list written without spaces ("22,24,26,31", "3.1.2").
  const middle = groups.slice(1, -1);
  const first = groups[0] as string;
  if (first.length <= 3 && middle.every((group) => group.length === 3)) {
    const leading = groups.slice(0, -1).join('');
    const last = groups[groups.length - 1] as string;
    const readings = readingsOfBadLastGroup(leading, last);
    return malformedNumeral('grouping', { id: 'groupAfterMark', digits: last.length, mark }, readings, { group: mark });
  }
  return { notANumber: mark === '.' ? 'section' : 'list' };
}

/** One "," or "." (maybe after thin groups): a group mark or the decimal mark, by digits and locale. */
function interpretSingleMark(groups: string[], mark: string, locale: Locale, thinGroup: string | undefined): Numeral | NotANumber {
  const last = groups[groups.length - 1] as string;
  const leading = groups.slice(0, -1).join('');
  const first = groups[0] as string;
  const marks = MARKS[locale];
  if (thinGroup !== undefined) {
    // After "400 000" the mark can only be the decimal mark.
    const numeral = withMarks(thinGroup, mark, leading, last);
    return mark === marks.decimal ? numeral : foreignStyle(numeral, locale, 'decimal', mark);
  }
  if (mark === ',' && isYearLike(first) && isYearLike(last)) return { notANumber: 'list' };
  const couldGroup = last.length === 3 && first.length <= 3 && !(first.startsWith('0'));
  if (couldGroup) {
    if (isGroupMarkIn(locale, mark)) return withMarks(mark, undefined, leading + last);
    const numeral = withMarks(undefined, mark, leading, last);
    // "3,100 ondernemers", "400,000 Wohnungen": three decimals ending in a zero are thousands grouped
    // the other locale's way as often as a decimal; a counted noun or money shows the doubt.
    if (!last.endsWith('0')) return numeral;
    const grouped = normalizeDecimal(leading + last);
    const why: MalformedWhy = { id: 'groupsInOtherStyle', mark, locale: locale === 'en' ? 'nl' : 'en' };
    return { ...numeral, malformed: malformedAs('foreign-style', why, uniqueValues([numeral.value, grouped])), countedOnly: true };
  }
  // The mark cannot group thousands here, so it was meant as a decimal mark or mistyped.
  if (mark === marks.decimal) return withMarks(undefined, mark, leading, last);
  // Short runs after a lone mark ("3.5", "60,0") are as often clause numbers, versions or code as
  // figures: they count as malformed only where the figure is plainly one (see `weak`).
  const weak = last.length <= 3 || first === '0';
  // No grouped number starts with a lone zero: "0,1001" is a decimal (or a list), never a bad group.
  if (first === '0' || last.length === 3 || (last.length <= 2 && !/^0+$/.test(last))) {
    const foreign = foreignStyle(withMarks(undefined, mark, leading, last), locale, 'decimal', mark);
    // "$1,50", "€ 4.60": the locale's own group mark before two digits is a decimal written the
    // other locale's way, or a thousands group that lost a digit ($1,500): two readings, not one.
    if (last.length === 2 && first !== '0' && isGroupMarkIn(locale, mark)) {
      foreign.malformed = { ...foreign.malformed!, readings: uniqueValues([foreign.value, normalizeDecimal(`${leading}${last}0`)]) };
    }
    return { ...foreign, weak };
  }
  const readings = readingsOfBadLastGroup(leading, last);
  const fractionDigits = last.length <= 2 ? last.length : 0;
  return { ...malformedNumeral('grouping', { id: 'groupAfterMark', digits: last.length, mark }, readings, { group: mark }, fractionDigits), weak };
}
