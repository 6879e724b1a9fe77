/**
 * Dates, periods and year ranges: "11 February 2025", "14.05.2025", "Q4 2025", "first half of 2026",
 * "mid-2026", "2027–2028". A pure function of (text, locale), like the rest of the quantity reader.
 *
 * Reading choices (rules rely on them):
 * - Numeric dates are day-month-year in every locale. In 'en' only, "5/17/2018" (first ≤ 12, second > 12)
 *   is month-day-year; when both are ≤ 12 ("11/02/2025") an EU brief means day-month, so we read that.
 * - Impossible dates ("31 June 2026", "Q5 2025") are returned with their raw parts and no `interval`,
 *   so that a date rule can flag them.
 * - Edges of a year: "early/begin/Anfang/début" = Q1, "mid/medio/Mitte/mi-" = April–September,
 *   "end/late/eind/Ende/fin" = Q4 (part.type 'edge', index 1, 2, 3).
 * - Seasons are meteorological, northern hemisphere: spring = March–May, summer = June–August,
 *   autumn = September–November, winter YYYY (and "Winter 2026/27") = December YYYY – February YYYY+1 (index 1–4).
 * - Year ranges need two plausible years (1800–2199); a reversed range ("2028-2027") keeps low 2028,
 *   high 2027 and has no interval. A range next to a currency or percent sign is money, not years.
 * - Nothing returned overlaps a span of `scanReferences`: "Directive 2019/1937" is a reference, not a
 *   reversed year range, and "https://…/2025-02-11/" is an address.
 * - Apostrophe years ("Q4 '25", "Feb ’25") are 20xx. Not read (left to the number reader or to later
 *   work): other two-digit years ("11/02/25", "Q4/25"),
 *   fiscal years ("FY2025"), dates without a year ("5. Mai").
 * - Ranges of days, months and quarters ("20–21 March 2025", "March–April 2025", "Q1–Q3 2025") are two
 *   figures: the first ("20", "March", "Q1") is a date or period of its own, with the month and year of the second.
 * - A weekday right before a date is its weekday ("Monday 11 February 2025", "Dienstag, 11.02.2025",
 *   "Montag, den 10. Februar 2025") and part of the figure; before the date's bracket ("Monday (11 February
 *   2025)") it is its weekday too, but the figure stays the bracketed date. Not after another weekday and a
 *   range word ("Monday–Tuesday 10–11 February 2025").
 * - Words: the locale's own month, weekday and period words, plus the English ones (briefs quote English);
 *   English month names need a capital ("may 2025" is a verb and a year).
 * - `format.digits` runs from the first digit to the last, as NumberFormat says: "11 February 2025",
 *   "4 2025" for "Q4 2025", "" for the lone "March" of "March–April 2025". `precision` is always "1".
 */
import type { DateParts, Locale, Quantity } from './types.js';
import { BETWEEN_WORDS, byLanguage, literalAlternation, RANGE_WORDS } from '../lexicon/dates.js';
import { amountFollows, amountPrecedes, overlapsAny, pickLeftmostLongest, scanReferences, type ReferenceSpan } from './references.js';

type PartType = 'quarter' | 'half' | 'season' | 'edge';

const SPACE = '[ \\u00a0\\u202f\\u2009\\t\\n]';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
/** Not glued after a word or after a number separator ("EIP-2027-2028", "v1.11.05.2025"). */
const NOT_AFTER_NUMBER = '(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}][.,/:\\-–])';
/** Not followed by more digits or by a separator and a digit. */
const NOT_BEFORE_NUMBER = '(?![\\p{N}]|[.,/:\\-–]\\p{N})';
const PLAUSIBLE_YEAR = '(?:1[89]\\d\\d|2[01]\\d\\d)';
/** "Q4 '25", "Feb ’25": an apostrophe year, read as 20xx. */
const SHORT_YEAR = "['’‘]\\d{2}";

const alternation = literalAlternation;

// The date words, by concept across languages (src/lexicon/<lang>.ts holds them per language).
const MONTH_WORDS = byLanguage('month');
const WEEKDAY_WORDS = byLanguage('weekday');
const ORDINAL_WORDS = byLanguage('ordinal');
const PART_NOUNS = byLanguage('periodNoun');
const EDGE_WORDS = byLanguage('edge');
const SEASON_WORDS = byLanguage('season');
const YEAR_CONNECTORS = byLanguage('yearConnector');
const PERIOD_CODES = byLanguage('periodCode');

/** A word list for one locale: its own words and, since briefs quote English, the English ones. */
function lexicon<T>(table: Record<Locale, T>, locale: Locale): T[] {
  return locale === 'en' ? [table.en] : [table[locale], table.en];
}

interface Lookup<T> {
  pattern: string;
  get(word: string): T | undefined;
  /** Words that only English has, in a non-English locale: "may" is a verb, so English words need a capital. */
  isEnglishOnly(word: string): boolean;
}

function buildLookup<T>(entries: ReadonlyArray<readonly [string, T]>, ownWords: ReadonlySet<string>, locale: Locale): Lookup<T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) if (!map.has(word)) map.set(word, value);
  return {
    pattern: alternation(map.keys()),
    get: (word) => map.get(normalizeWord(word)),
    isEnglishOnly: (word) => locale === 'en' || !ownWords.has(normalizeWord(word)),
  };
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\s\u00a0\u202f\u2009]+/g, ' ').replace(/’/g, "'");
}

function indexedWords(table: Record<Locale, readonly (readonly string[])[]>, locale: Locale): Lookup<number> {
  const entries: Array<[string, number]> = [];
  for (const words of lexicon(table, locale)) words.forEach((names, index) => names.forEach((name) => entries.push([name, index])));
  return buildLookup(entries, new Set(table[locale].flat()), locale);
}

function pairedWords<T>(table: Record<Locale, ReadonlyArray<readonly [string, T]>>, locale: Locale): Lookup<T> {
  return buildLookup(lexicon(table, locale).flat(), new Set(table[locale].map(([word]) => word)), locale);
}

interface LocaleGrammar {
  months: Lookup<number>;
  weekdays: Lookup<number>;
  ordinals: Lookup<number>;
  partNouns: Lookup<'quarter' | 'half'>;
  edges: Lookup<number>;
  seasons: Lookup<number>;
  codes: Readonly<Record<string, 'quarter' | 'half'>>;
  patterns: ReadonlyArray<DatePattern>;
  /** A weekday that ends right before a date the patterns read without one (see `withWeekdayBefore`). */
  weekdayBefore: RegExp;
  /** A weekday and a range word ending right here: "Monday–", "Montag bis ", "du lundi au ". */
  weekdayRangeBefore: RegExp;
}

interface DatePattern {
  regex: RegExp;
  read: Reader;
  /**
   * A test every text with a match passes: the pattern is skipped when it fails. Word patterns are slow
   * over prose (a lookbehind and a case-insensitive word list at every position); their gates start at
   * the year's first character, which V8 finds fast, and look back from there for the word before it.
   */
  gate?: RegExp;
}

type Reader = (match: RegExpExecArray, text: string, grammar: LocaleGrammar, locale: Locale) => Quantity | null;

const grammars = new Map<Locale, LocaleGrammar>();

function grammarFor(locale: Locale): LocaleGrammar {
  let grammar = grammars.get(locale);
  if (!grammar) {
    grammar = buildGrammar(locale);
    grammars.set(locale, grammar);
  }
  return grammar;
}

function buildGrammar(locale: Locale): LocaleGrammar {
  const months = indexedWords(MONTH_WORDS, locale);
  const weekdays = indexedWords(WEEKDAY_WORDS, locale);
  const ordinals = pairedWords(ORDINAL_WORDS, locale);
  const partNouns = pairedWords(PART_NOUNS, locale);
  const edges = pairedWords(EDGE_WORDS, locale);
  const seasons = pairedWords(SEASON_WORDS, locale);
  const codes = PERIOD_CODES[locale];
  const connectors = lexicon(YEAR_CONNECTORS, locale).flat();

  const weekday = `(?:(${weekdays.pattern})\\.?,?${SPACE}{1,3})?`;
  const month = `(${months.pattern})\\.?`;
  const fullYear = `([12]\\d{3})${NOT_BEFORE_NUMBER}`;
  const year = `(${PLAUSIBLE_YEAR}|${SHORT_YEAR})${NOT_BEFORE_NUMBER}`;
  const dayOrdinal = '(?:st|nd|rd|th|er|re|e|\\.)';
  const toYear = `(?:${SPACE}{0,3}[-/]${SPACE}{0,3}|${SPACE}{1,3}(?:(?:${alternation(connectors)})${SPACE}{1,3})?|(?=${SHORT_YEAR}))`;
  const codeLetters = Object.keys(codes).join('');
  const digitOrdinal = '([1-9])(?:st|nd|rd|th|er|re|ème|eme|e|\\.)';
  const rangeWords = alternation(RANGE_WORDS);
  const between = BETWEEN_WORDS.map(([open, close]) => `${open}${SPACE}{1,3}(\\d{4})${SPACE}{1,3}${close}${SPACE}{1,3}(\\d{4})`).join('|');

  // What must stand right before a year (or a day) for a word pattern to match.
  const yearStart = `[\\d'’‘]`;
  const gateAfter = (before: string): RegExp => new RegExp(`${yearStart}(?<=${before}${yearStart})`, 'iu');
  const monthGate = gateAfter(`(?:${months.pattern})\\.?,?${SPACE}{1,3}(?:of${SPACE}{1,3})?`);
  // A weekday before a day or a month: the yearless forms have no year to start a gate at.
  const weekdayGate = new RegExp(
    `${NOT_AFTER_WORD}(?:${weekdays.pattern})\\.?,?${SPACE}{1,3}(?:(?:den|dem|the|le)${SPACE}{1,3})?(?:\\d|(?:${months.pattern})(?![\\p{L}]))`,
    'iu',
  );
  const patterns: DatePattern[] = [
    // Monday 11 February 2025 · 11. Februar 2025 · 1er mars 2025 · 11th of February 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}${weekday}(\\d{1,2})${dayOrdinal}?${SPACE}{1,3}(?:of${SPACE}{1,3})?${month},?${SPACE}{1,3}${fullYear}`, 'giu'),
      read: (m, _text, g) => readNamedDate(m, g, { weekday: m[1], day: m[2]!, month: m[3]!, year: m[4]! }),
      gate: monthGate,
    },
    // February 11, 2025 · Mon, Feb 11, 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}${weekday}${month}${SPACE}{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?${SPACE}{1,3}${fullYear}`, 'giu'),
      read: (m, _text, g) => readNamedDate(m, g, { weekday: m[1], month: m[2]!, day: m[3]!, year: m[4]! }),
      gate: monthGate,
    },
    // Monday 3 June · Montag, den 3. Juni · mercredi 3 juin · Monday, June 3: a weekday and a day without a
    // year, which the date takes from the other dates of the text (see `withContextYear`).
    {
      regex: new RegExp(
        `${NOT_AFTER_WORD}(${weekdays.pattern})\\.?,?${SPACE}{1,3}(?:(?:den|dem|the|le)${SPACE}{1,3})?(\\d{1,2})${dayOrdinal}?${SPACE}{1,3}(?:of${SPACE}{1,3})?${month}(?![\\p{L}\\p{N}])(?!,?${SPACE}{1,3}(?:\\d|['’‘]\\d))`,
        'giu',
      ),
      read: (m, text, g) => readYearlessDate(m, text, g, { weekday: m[1]!, day: m[2]!, month: m[3]! }),
      gate: weekdayGate,
    },
    {
      regex: new RegExp(
        `${NOT_AFTER_WORD}(${weekdays.pattern})\\.?,?${SPACE}{1,3}${month}${SPACE}{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?!,?${SPACE}{1,3}(?:\\d|['’‘]\\d))`,
        'giu',
      ),
      read: (m, text, g) => readYearlessDate(m, text, g, { weekday: m[1]!, month: m[2]!, day: m[3]! }),
      gate: weekdayGate,
    },
    // The first day of "20–21 March 2025" or "20./21. März 2025": a date of its own, month and year read from the second.
    {
      regex: new RegExp(
        `${NOT_AFTER_WORD}(\\d{1,2})${dayOrdinal}?(?=${SPACE}{0,2}[-–/]${SPACE}{0,2}\\d{1,2}${dayOrdinal}?${SPACE}{1,3}${month},?${SPACE}{1,3}${fullYear})`,
        'giu',
      ),
      read: (m, _text, g) => readNamedDate(m, g, { weekday: undefined, day: m[1]!, month: m[2]!, year: m[3]! }),
      gate: monthGate,
    },
    // The first month of "March–April 2025".
    {
      regex: new RegExp(`${NOT_AFTER_WORD}${month}(?=${SPACE}{0,2}[-–]${SPACE}{0,2}(${months.pattern})\\.?${SPACE}{1,3}${year})`, 'giu'),
      read: (m, _text, g) => (acceptsWord(g.months, m[2]!) ? readMonthPeriod(m, g, m[1]!, m[3]!) : null),
      gate: monthGate,
    },
    // February 2025 · februari 2025 · February of 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}${month}${SPACE}{1,3}(?:of${SPACE}{1,3})?${year}`, 'giu'),
      read: (m, _text, g) => readMonthPeriod(m, g, m[1]!, m[2]!),
      gate: monthGate,
    },
    // 2025-02-11 · 2025/2/11
    {
      regex: new RegExp(`${NOT_AFTER_NUMBER}(\\d{4})(?:-(\\d{2})-(\\d{2})|/(\\d{1,2})/(\\d{1,2}))${NOT_BEFORE_NUMBER}`, 'gu'),
      read: (m) => readNumericDate(m, Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])),
    },
    // 14.05.2025 · 11/02/2025 · 11-02-2025 · 5/17/2018
    {
      regex: new RegExp(`${NOT_AFTER_NUMBER}(\\d{1,2})([./-])(\\d{1,2})\\2([12]\\d{3})${NOT_BEFORE_NUMBER}`, 'gu'),
      read: (m, _text, _g, loc) => {
        const { day, month: monthNumber } = orderDayAndMonth(Number(m[1]), Number(m[3]), loc);
        return readNumericDate(m, Number(m[4]), monthNumber, day);
      },
    },
    // Q4 2025 · Q4/2025 · H1 of 2026 · T3 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}([${codeLetters}])(\\d)${toYear}${year}`, 'gu'),
      read: (m) => readPartPeriod(m, codes[m[1]!]!, Number(m[2]), m[3]!, m[1]! + m[2]!),
    },
    // The first part of "Q1–Q3 2025", "H1/H2 2026".
    {
      regex: new RegExp(`${NOT_AFTER_WORD}([${codeLetters}])(\\d)(?=${SPACE}{0,2}[-–/]${SPACE}{0,2}\\1\\d${toYear}${year})`, 'gu'),
      read: (m) => readPartPeriod(m, codes[m[1]!]!, Number(m[2]), m[3]!, m[1]! + m[2]!),
    },
    // 1H 2026 · 4Q 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(\\d)([${codeLetters}])${SPACE}{1,3}${year}`, 'gu'),
      read: (m) => readPartPeriod(m, codes[m[2]!]!, Number(m[1]), m[3]!, m[1]! + m[2]!),
    },
    // 2025-Q4 · 2025 Q4 · 2025Q4
    {
      regex: new RegExp(`${NOT_AFTER_NUMBER}(${PLAUSIBLE_YEAR})(?:${SPACE}{0,3}[-/]${SPACE}{0,3}|${SPACE}{0,3})([${codeLetters}])(\\d)(?![\\p{L}\\p{N}])`, 'gu'),
      read: (m) => readPartPeriod(m, codes[m[2]!]!, Number(m[3]), m[1]!, m[2]! + m[3]!),
    },
    // first half of 2026 · tweede kwartaal 2025 · 2. Quartal 2025 · 3e trimestre 2025
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(?:(${ordinals.pattern})|${digitOrdinal})${SPACE}{1,3}(${partNouns.pattern})${toYear}${year}`, 'giu'),
      read: (m, _text, g) => {
        const type = g.partNouns.get(m[3]!)!;
        const written = m[1] !== undefined ? g.ordinals.get(m[1])! : Number(m[2]);
        const index = written === 0 ? partCount(type) : written;
        const label = m[0].slice(0, m.indices![3]![1] - m.index);
        return readPartPeriod(m, type, index, m[4]!, label);
      },
      gate: gateAfter(`(?:${partNouns.pattern})${toYear}`),
    },
    // End 2027 · mid-2026 · eind 2027 · Anfang 2026 · début 2026 · spring 2026
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(${edges.pattern})${toYear}${year}`, 'giu'),
      read: (m, _text, g) => readEdgeOrSeason(m, 'edge', g.edges.get(m[1]!)!),
      gate: gateAfter(`(?:${edges.pattern})${toYear}`),
    },
    // Winter 2026/27 · hiver 2025-2026: the winter that straddles the two years.
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(${seasons.pattern})${SPACE}{1,3}(${PLAUSIBLE_YEAR})[/-](\\d{2}|\\d{4})${NOT_BEFORE_NUMBER}`, 'giu'),
      read: (m, _text, g) => {
        const index = g.seasons.get(m[1]!)!;
        const next = Number(m[3]!.length === 2 ? m[2]!.slice(0, 2) + m[3] : m[3]);
        return index === 4 && next === Number(m[2]) + 1 ? readEdgeOrSeason(m, 'season', index) : null;
      },
      gate: gateAfter(`(?:${seasons.pattern})${SPACE}{1,3}`),
    },
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(${seasons.pattern})${toYear}${year}`, 'giu'),
      read: (m, _text, g) => readEdgeOrSeason(m, 'season', g.seasons.get(m[1]!)!),
      gate: gateAfter(`(?:${seasons.pattern})${toYear}`),
    },
    // 2027-2028 · 2027–2028 · 2027/28 · 2027 to 2028
    {
      regex: new RegExp(
        `${NOT_AFTER_NUMBER}(\\d{4})(${SPACE}{0,3}[-–—]${SPACE}{0,3}|/|${SPACE}{1,3}(?:${rangeWords})${SPACE}{1,3})(\\d{4}|\\d{2})${NOT_BEFORE_NUMBER}`,
        'giu',
      ),
      read: (m, text) => readYearRange(m, text, m[1]!, m[3]!, /^\s*[-–—/]/u.test(m[2]!) ? '' : m[2]!.trim()),
    },
    // between 2027 and 2028
    {
      regex: new RegExp(`${NOT_AFTER_WORD}(?:${between})${NOT_BEFORE_NUMBER}`, 'giu'),
      read: (m, text) => {
        const low = m.slice(1).filter((group) => group !== undefined);
        return readYearRange(m, text, low[0]!, low[1]!, 'and');
      },
    },
  ];
  // `d` gives capture positions, used for labels.
  for (const pattern of patterns) pattern.regex = new RegExp(pattern.regex.source, `${pattern.regex.flags}d`);
  const weekdayBefore = new RegExp(
    `${NOT_AFTER_WORD}(${weekdays.pattern})\\.?(?:(,?${SPACE}{1,3}(?:(?:den|dem|the)${SPACE}{1,3})?)|,?${SPACE}{0,3}\\(${SPACE}{0,2})$`,
    'iu',
  );
  const weekdayRangeBefore = new RegExp(
    `${NOT_AFTER_WORD}(?:${weekdays.pattern})\\.?${SPACE}{0,3}(?:[-–—/&]|(?:${rangeWords}|and|or|en|of|und|oder|et|ou)(?![\\p{L}]))${SPACE}{0,3}$`,
    'iu',
  );
  return { months, weekdays, ordinals, partNouns, edges, seasons, codes, patterns, weekdayBefore, weekdayRangeBefore };
}

function partCount(type: 'quarter' | 'half'): number {
  return type === 'quarter' ? 4 : 2;
}

function yearOf(written: string): number {
  return /^\d{4}$/u.test(written) ? Number(written) : 2000 + Number(written.slice(1));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days in a month of the Gregorian calendar (1900 has no 29 February, 2000 has one). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** From the first day of one month to the last day of another (which may be in the next year). */
function monthsInterval(year: number, firstMonth: number, lastMonth: number): { start: string; end: string } {
  const endYear = lastMonth > 12 ? year + 1 : year;
  const endMonth = lastMonth > 12 ? lastMonth - 12 : lastMonth;
  return { start: isoDay(year, firstMonth, 1), end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)) };
}

/** The digits as written, from the first digit to the last ("11 February 2025" → "11 February 2025"). */
function digitsAsWritten(written: string): string {
  const first = written.search(/\d/);
  if (first < 0) return '';
  let last = written.length - 1;
  while (last > first && !/\d/.test(written[last]!)) last--;
  return written.slice(first, last + 1);
}

function makeQuantity(
  match: RegExpExecArray,
  fields: Pick<Quantity, 'kind' | 'value'> & Partial<Pick<Quantity, 'date' | 'interval' | 'low' | 'high'>>,
  start = match.index,
): Quantity {
  const end = match.index + match[0].length;
  const written = match.input.slice(start, end);
  const quantity: Quantity = {
    text: written,
    start,
    end,
    kind: fields.kind,
    value: fields.value,
    precision: '1',
    approximate: false,
    format: { digits: digitsAsWritten(written) },
  };
  if (fields.low !== undefined) quantity.low = fields.low;
  if (fields.high !== undefined) quantity.high = fields.high;
  if (fields.date) quantity.date = fields.date;
  if (fields.interval) quantity.interval = fields.interval;
  return quantity;
}

/** A day, month and year: kind 'date', with an interval only when the day exists. */
function dateQuantity(match: RegExpExecArray, year: number, month: number, day: number, weekday?: number, start = match.index): Quantity {
  const date: DateParts = { year, month, day };
  if (weekday !== undefined) date.weekday = weekday;
  const interval = isRealDate(year, month, day) ? { start: isoDay(year, month, day), end: isoDay(year, month, day) } : undefined;
  return makeQuantity(match, { kind: 'date', value: isoDay(year, month, day), date, ...(interval ? { interval } : {}) }, start);
}

/** English-only words must be capitalized ("May 2025", not "may 2025"); other languages write months in lower case. */
function acceptsWord<T>(lookup: Lookup<T>, word: string): boolean {
  return !lookup.isEnglishOnly(word) || /^\p{Lu}/u.test(word);
}

/**
 * Short weekday names ("Mon", "do", "so") are common words too: they count when capitalized, when
 * written with their abbreviation's full stop ("jeu.", "lun."), or when they open the text, as in a
 * table cell or a list item ("di 09-04-2025", "wo 25 nov 2025").
 */
function acceptsWeekday(word: string, text = '', start = -1): boolean {
  if (word.length > 4 || /^\p{Lu}/u.test(word)) return true;
  if (start < 0) return false;
  return text.charAt(start + word.length) === '.' || /^[\s\p{P}]*$/u.test(text.slice(0, start));
}

function readNamedDate(
  match: RegExpExecArray,
  grammar: LocaleGrammar,
  parts: { weekday: string | undefined; day: string; month: string; year: string },
): Quantity | null {
  if (!acceptsWord(grammar.months, parts.month)) return null;
  const day = Number(parts.day);
  if (day < 1 || day > 31) return null;
  const month = grammar.months.get(parts.month)! + 1;
  if (parts.weekday !== undefined && !acceptsWeekday(parts.weekday, match.input, match.indices?.[1]?.[0] ?? -1)) {
    // The date stands without the word before it: start at its first own group.
    return dateQuantity(match, Number(parts.year), month, day, undefined, match.indices![2]![0]);
  }
  const weekday = parts.weekday === undefined ? undefined : grammar.weekdays.get(parts.weekday);
  return dateQuantity(match, Number(parts.year), month, day, weekday);
}

/**
 * A weekday, day and month without a year ("Monday 3 June"): read with year 0 and kept aside, to take
 * the year of the text's other dates in `withContextYear`, or to be dropped when they do not agree on one.
 */
function readYearlessDate(
  match: RegExpExecArray,
  text: string,
  grammar: LocaleGrammar,
  parts: { weekday: string; day: string; month: string },
): Quantity | null {
  if (!acceptsWord(grammar.months, parts.month) || !acceptsWeekday(parts.weekday, text, match.index)) return null;
  const day = Number(parts.day);
  if (day < 1 || day > 31) return null;
  const quantity = makeQuantity(match, {
    kind: 'date',
    value: '',
    date: { month: grammar.months.get(parts.month)! + 1, day, weekday: grammar.weekdays.get(parts.weekday)! },
  });
  yearless.add(quantity);
  return quantity;
}

const yearless = new WeakSet<Quantity>();

/**
 * Yearless dates take the year of the text's other dates when they all have one year ("by Monday 3 June,
 * … on Wednesday 11 June 2025"), marked `yearFromContext`; otherwise they are not read.
 */
function withContextYear(picked: readonly Quantity[]): Quantity[] {
  const years = new Set(picked.filter((quantity) => !yearless.has(quantity) && quantity.date?.year !== undefined).map((quantity) => quantity.date!.year));
  const year = years.size === 1 ? [...years][0]! : undefined;
  const dated: Quantity[] = [];
  for (const quantity of picked) {
    if (!yearless.has(quantity)) dated.push(quantity);
    else if (year !== undefined) {
      const { month, day } = quantity.date as { month: number; day: number };
      const real = isRealDate(year, month, day);
      dated.push({
        ...quantity,
        value: isoDay(year, month, day),
        date: { ...quantity.date, year, yearFromContext: true },
        ...(real ? { interval: { start: isoDay(year, month, day), end: isoDay(year, month, day) } } : {}),
      });
    }
  }
  return dated;
}

function readMonthPeriod(match: RegExpExecArray, grammar: LocaleGrammar, word: string, yearText: string): Quantity | null {
  if (!acceptsWord(grammar.months, word)) return null;
  const month = grammar.months.get(word)! + 1;
  const year = yearOf(yearText);
  return makeQuantity(match, {
    kind: 'period',
    value: String(year),
    date: { year, month, part: { type: 'month', index: month, label: word } },
    interval: monthsInterval(year, month, month),
  });
}

function orderDayAndMonth(first: number, second: number, locale: Locale): { day: number; month: number } {
  if (locale === 'en' && first <= 12 && second > 12) return { day: second, month: first };
  return { day: first, month: second };
}

/** Month 17 ("5/17/2018" in a day-first locale) is kept as an impossible date for a rule to flag. */
function readNumericDate(match: RegExpExecArray, year: number, month: number, day: number): Quantity | null {
  if (day < 1 || day > 31 || month < 1 || month > 31) return null;
  return dateQuantity(match, year, month, day);
}

function readPartPeriod(match: RegExpExecArray, type: 'quarter' | 'half', index: number, yearText: string, label: string): Quantity {
  const year = yearOf(yearText);
  const monthsPerPart = type === 'quarter' ? 3 : 6;
  const possible = index >= 1 && index <= partCount(type);
  return makeQuantity(match, {
    kind: 'period',
    value: String(year),
    date: { year, part: { type, index, label } },
    ...(possible ? { interval: monthsInterval(year, (index - 1) * monthsPerPart + 1, index * monthsPerPart) } : {}),
  });
}

const EDGE_MONTHS: Readonly<Record<number, readonly [number, number]>> = { 1: [1, 3], 2: [4, 9], 3: [10, 12] };
const SEASON_MONTHS: Readonly<Record<number, readonly [number, number]>> = { 1: [3, 5], 2: [6, 8], 3: [9, 11], 4: [12, 14] };

function readEdgeOrSeason(match: RegExpExecArray, type: PartType, index: number): Quantity | null {
  const label = match[1]!;
  // "Works start 2026" names a year, not its first quarter: "start" counts only as "start of 2026".
  if (label.toLowerCase() === 'start' && !/^\s+of\s/u.test(match[0].slice(label.length))) return null;
  const year = yearOf(match[2]!);
  const [first, last] = (type === 'season' ? SEASON_MONTHS : EDGE_MONTHS)[index]!;
  return makeQuantity(match, {
    kind: 'period',
    value: String(year),
    date: { year, part: { type, index, label: label.replace(/-$/u, '') } },
    interval: monthsInterval(year, first, last),
  });
}

function readYearRange(match: RegExpExecArray, text: string, lowText: string, highWritten: string, joinWord: string): Quantity | null {
  const end = match.index + match[0].length;
  if (amountPrecedes(text, match.index) || amountFollows(text, end)) return null;
  const low = Number(lowText);
  let high = Number(highWritten);
  if (highWritten.length === 2) {
    if (joinWord !== '') return null; // "2027 to 28" is not how years are written
    const century = Math.floor(low / 100) * 100;
    // "2027/28" goes forward and "2099/00" crosses the century; "2025-02" is a month, not a backwards range.
    if (century + high > low) high += century;
    else if (low % 100 === 99 && high === 0) high = century + 100;
    else return null;
  }
  if (!isPlausible(low) || !isPlausible(high)) return null;
  const interval = low <= high ? { start: isoDay(low, 1, 1), end: isoDay(high, 12, 31) } : undefined;
  return makeQuantity(match, {
    kind: 'range',
    value: String(low),
    low: String(low),
    high: String(high),
    ...(interval ? { interval } : {}),
  });
}

function isPlausible(year: number): boolean {
  return year >= 1800 && year <= 2199;
}

/**
 * Every date-structured figure in the text, in order, non-overlapping. `references` are the text's
 * `scanReferences` spans, or a function that returns them: a caller that needs them anyway (the
 * reader, via peers.ts) passes its own, so the text is scanned for references once, and only when
 * a date candidate makes them matter.
 */
export function scanDates(
  text: string,
  locale: Locale,
  references: readonly ReferenceSpan[] | (() => readonly ReferenceSpan[]) = () => scanReferences(text, locale),
): Quantity[] {
  // Every form holds a four-digit or an apostrophe year: most table cells are done here.
  if (!HAS_YEAR.test(text)) return [];
  const grammar = grammarFor(locale);
  const candidates: Quantity[] = [];
  // Several patterns share a gate: each is tested once.
  const gatePassed = new Map<RegExp, boolean>();
  for (const { regex, read, gate } of grammar.patterns) {
    if (gate !== undefined) {
      let passed = gatePassed.get(gate);
      if (passed === undefined) {
        passed = gate.test(text);
        gatePassed.set(gate, passed);
      }
      if (!passed) continue;
    }
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const quantity = read(match, text, grammar, locale);
      if (quantity !== null) candidates.push(quantity);
    }
  }
  if (candidates.length === 0) return [];
  const spans = typeof references === 'function' ? references() : references;
  const picked = pickLeftmostLongest(candidates.filter((quantity) => !overlapsAny(spans, quantity.start, quantity.end)));
  return withContextYear(picked).map((quantity, index, all) => withWeekdayBefore(text, quantity, grammar, index > 0 ? all[index - 1]!.end : 0));
}

/**
 * A weekday the patterns leave out: before a numeric date ("Dienstag, 11.02.2025", "Tuesday 11/02/2025"),
 * before "den"/"the" ("Montag, den 10. Februar 2025"), or before the bracket that holds the date ("on Monday
 * (11 February 2025)"). Only right next to the date: a weekday in another clause is not the date's. The
 * weekday joins the figure, except before a bracket, where the figure stays the bracketed date.
 */
function withWeekdayBefore(text: string, quantity: Quantity, grammar: LocaleGrammar, notBefore: number): Quantity {
  if (quantity.kind !== 'date' || quantity.date?.weekday !== undefined) return quantity;
  const windowStart = Math.max(notBefore, quantity.start - 40);
  const match = grammar.weekdayBefore.exec(text.slice(windowStart, quantity.start));
  if (match === null) return quantity;
  const wordStart = windowStart + match.index;
  if (!acceptsWeekday(match[1]!, text, wordStart)) return quantity;
  // The window may begin inside a word ("…sMonday"): the weekday must be a whole word of the text.
  if (/[\p{L}\p{N}_]/u.test(text.charAt(wordStart - 1))) return quantity;
  // "Monday–Tuesday 10–11 February 2025": the weekday ends a range of weekdays, it is not this date's.
  if (grammar.weekdayRangeBefore.test(text.slice(Math.max(0, wordStart - 30), wordStart))) return quantity;
  const date: DateParts = { ...quantity.date, weekday: grammar.weekdays.get(match[1]!)! };
  if (match[2] === undefined) return { ...quantity, date };
  const start = quantity.start - match[0].length;
  return { ...quantity, date, start, text: text.slice(start, quantity.end) };
}

const HAS_YEAR = /\d{4}|['’‘]\d\d/u;
