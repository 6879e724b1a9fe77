/**
 * The scanner: one pass over the text with an index loop. At each place a figure can start (a digit,
 * a currency sign, a minus, a multiplier sign, a word) it reads the figure with its affixes and
 * jumps past it, so every character is looked at a bounded number of times.
 */
import {
  CURRENCY_FIRST_CHARS,
  matchCurrencyAfter,
  matchCurrencyBefore,
  matchDozen,
  matchMultiplierSuffix,
  matchOrdinalSuffix,
  matchPercent,
  matchScale,
  matchSpokenCents,
  multiplierPrefixEnd,
  type CurrencyMatch,
  type PercentMatch,
  type ScaleMatch,
} from './affixes.js';
import { isBlank, isDigit, isLetter, isMinusSign, isWordChar, matchWordAt, skipBlanks, wordBefore } from './chars.js';
import { multiplyDecimal, negateDecimal, normalizeDecimal, powerOfTen, shiftDecimal } from './decimal.js';
import { decimalMarkOf, interpretToken, malformedAs, readDigitToken, readSpacedGroupsShortOrLong } from './numeral.js';
import { datesIn, referencesIn, wordNumberAt } from './peers.js';
import { boundAfter, qualifierBefore } from './qualifiers.js';
import { joinBoundPairs, readRange } from './range.js';
import type { ExtractOptions, Locale, Malformed, NumberFormat, Quantity, QuantityKind } from './types.js';
import { isLabelNumber, unitAfter } from './unit.js';

/** What the scanner needs at every step. */
export interface ScanContext {
  text: string;
  locale: Locale;
  allowLakh: boolean;
  /** Figures never read at or past this index (the start of the next date or reference). */
  limit: number;
}

/** The number itself, before scale, currency and percent are applied. */
interface NumberCore {
  start: number;
  end: number;
  value: string;
  /** One unit of the last written digit, before scale. */
  precision: string;
  format: NumberFormat;
  malformed?: Malformed;
  /** Malformed only if the figure turns out to be money, scaled or a percentage ("€ 39,00", not "3.5"). */
  weakMalformed?: boolean;
  wordKind?: 'cardinal' | 'ordinal' | 'multiplier';
  /** Spaced thousands with one group of the wrong length ("450 00"): malformed only if shown to be a figure. */
  spacedGroups?: boolean;
  /** Malformed only before money or a counted noun, without scale or percent ("3,100 ondernemers"). */
  countedOnly?: boolean;
}

/**
 * Percentages are not grouped in thousands, so "86.0 %" in Dutch is a decimal written the English
 * way, not a bad thousands group: one reading, the decimal one, and the mark recorded as decimal.
 */
function readAsForeignDecimal(core: NumberCore): void {
  const mark = core.format.group;
  const [decimalReading] = core.malformed?.readings ?? [];
  if (mark === undefined || decimalReading === undefined) return;
  const { group: _group, ...format } = core.format;
  core.format = { ...format, decimal: mark };
  core.malformed = malformedAs('foreign-style', { id: 'decimalOnPercent', mark }, [decimalReading]);
}

/** A figure read by `readFigure`: a Quantity plus what a range needs to share between its ends. */
export interface ReadFigure {
  quantity: Quantity;
  scale?: ScaleMatch;
  currency?: CurrencyMatch;
  percent?: PercentMatch;
  /** Where the digits (or number words) end, before any suffix. */
  coreEnd: number;
}

/** A place the scanner skips (a list of numbers, an identifier) and where to continue. */
interface Skip {
  skipTo: number;
}

const MINUS_WORDS: Record<Locale, readonly string[]> = { en: ['minus'], nl: ['minus', 'min'], de: ['minus'], fr: ['moins'] };
/** Words before "moins" that make it "at least" or "less", not a minus: "au moins 20", "du moins 3", "plus ou moins 5". */
const MINUS_WORD_PHRASES = new Set(['au', 'du', 'le', 'ou', 'pas', 'plus', 'tout']);

const DIGIT = /\d/;

/** Every figure in `text`, in order of appearance. */
export function extractQuantities(text: string, options: ExtractOptions = {}): Quantity[] {
  const locale = options.locale ?? 'en';
  // Every date holds a digit, so prose without any is spared the date scanner. References are
  // always looked for: addresses and e-mail addresses hold words we must not read as numbers.
  const dates = DIGIT.test(text) ? datesIn(text, locale) : [];
  const blocked = mergeSpans([...dates, ...referencesIn(text, locale)]);
  const found: Quantity[] = [];
  let nextBlocked = 0;
  let pos = 0;
  while (pos < text.length) {
    while (nextBlocked < blocked.length && (blocked[nextBlocked] as Span).end <= pos) nextBlocked++;
    const span = blocked[nextBlocked];
    if (span && span.start <= pos) {
      pos = span.end;
      continue;
    }
    if (!mayStartFigure(text, pos)) {
      pos++;
      continue;
    }
    const context: ScanContext = { text, locale, allowLakh: options.allowLakh ?? false, limit: span ? span.start : text.length };
    const result = readAt(context, pos);
    if ('skipTo' in result) {
      pos = Math.max(pos + 1, result.skipTo);
      continue;
    }
    found.push(result.quantity);
    pos = result.quantity.end;
  }
  const all = dates.length > 0 ? [...found, ...dates].sort((a, b) => a.start - b.start) : found;
  return applyAccountingBrackets(text, joinBoundPairs(text, all, locale));
}

interface Span {
  start: number;
  end: number;
}

/** A cheap first look, so most characters cost one test: can a figure start here at all? */
function mayStartFigure(text: string, pos: number): boolean {
  const char = text[pos] as string;
  if (isDigit(char) || isMinusSign(char) || char === '.' || char === ',' || char === '×' || char === 'x') return true;
  if (isWordChar(text[pos - 1])) return false;
  return isLetter(char) || CURRENCY_FIRST_CHARS.has(char);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Read a figure (or a range) at `pos`, or say how far to skip. */
function readAt(context: ScanContext, pos: number): ReadFigure | Skip {
  const figure = readFigure(context, pos);
  if ('skipTo' in figure) return figure;
  return readRange(context, figure) ?? figure;
}

/** Read one figure at `pos` with its affixes and qualifiers, or say how far to skip. */
export function readFigure(context: ScanContext, pos: number, afterRangeDash = false): ReadFigure | Skip {
  const { text } = context;
  const char = text[pos];
  if (isDigit(char)) {
    const identifier = !afterRangeDash && startsInsideIdentifier(text, pos);
    return identifier ? { skipTo: endOfWord(text, pos) } : readSigned(context, pos, pos, undefined, undefined);
  }
  if (char === decimalMarkOf(context.locale) && isDigit(text[pos + 1]) && !isWordChar(text[pos - 1])) return readLeadingDecimal(context, pos);
  if (isMinusSign(char)) return readNegative(context, pos);
  const currency = isWordChar(text[pos - 1]) ? null : matchCurrencyBefore(text, pos);
  if (currency) return readAfterCurrency(context, pos, currency);
  const multiplierDigits = multiplierPrefixEnd(text, pos);
  if (multiplierDigits >= 0) return readPrefixedMultiplier(context, pos, multiplierDigits);
  if (isLetter(char) && !isWordChar(text[pos - 1])) return readWordStart(context, pos);
  return { skipTo: pos + 1 };
}

/** "COVID-19", "EIP-1559", "v1.2", "G7": digits glued to a word are part of an identifier. */
function startsInsideIdentifier(text: string, pos: number): boolean {
  const previous = text[pos - 1];
  if (isWordChar(previous)) return true;
  if (previous !== '-' && previous !== '/') return isSlashChain(text, pos);
  // "CPP2000/2210M", "BWBR0011711-2": the part before the join holds a letter somewhere.
  for (let index = pos - 2; index >= 0 && pos - index <= MAX_IDENTIFIER_PART && isWordChar(text[index]); index--) {
    if (isLetter(text[index])) return true;
  }
  return false;
}

const MAX_IDENTIFIER_PART = 24;

/**
 * "14/209/11640": three or more digit runs joined by slashes (no date: dates are read first) are a
 * file or tax number. "3/4", "24/7", "50/50": two short runs are a fraction or a ratio, which has no
 * exact decimal value in general; reading "3" and "4" as two figures would be wrong, so neither is read.
 * Fiscal years ("2016/17") have a four-digit first part and are read as periods.
 */
function isSlashChain(text: string, pos: number): boolean {
  let index = pos;
  const partLengths: number[] = [];
  while (partLengths.length < 3) {
    const partStart = index;
    while (isDigit(text[index]) && index - partStart <= MAX_IDENTIFIER_PART) index++;
    if (index === partStart) return false;
    partLengths.push(index - partStart);
    if (text[index] !== '/' || !isDigit(text[index + 1])) break;
    index++;
  }
  if (partLengths.length >= 3) return true;
  return partLengths.length === 2 && partLengths.every((length) => length <= 3) && text[index] !== '/';
}

/** Marks that join the parts of one identifier or path ("EIP-1559", "images/2020-06-23-plan", "v1.2"). */
const IDENTIFIER_JOINS = new Set(['.', ',', '-', '/', '_']);

function endOfWord(text: string, pos: number): number {
  let index = pos;
  while (index < text.length && (isWordChar(text[index]) || (IDENTIFIER_JOINS.has(text[index] as string) && isWordChar(text[index + 1])))) index++;
  return Math.max(index, pos + 1);
}

/** "-2.0", "−2.0", "-€20": a minus sign that is not a hyphen between words or figures. */
function readNegative(context: ScanContext, pos: number): ReadFigure | Skip {
  const { text } = context;
  if (isWordChar(text[pos - 1])) return { skipTo: pos + 1 };
  const afterSign = pos + 1;
  if (isDigit(text[afterSign])) return readSigned(context, pos, afterSign, undefined, text[pos]);
  const currency = matchCurrencyBefore(text, afterSign);
  if (!currency) return { skipTo: pos + 1 };
  const digits = skipBlanks(text, currency.end);
  if (!isDigit(text[digits])) return { skipTo: pos + 1 };
  return readSigned(context, pos, digits, currency, text[pos]);
}

/** "€ 20", "EUR 20", "€-20", "$1.5bn". */
function readAfterCurrency(context: ScanContext, pos: number, currency: CurrencyMatch): ReadFigure | Skip {
  const { text } = context;
  let digits = skipBlanks(text, currency.end);
  let minus: string | undefined;
  if (isMinusSign(text[digits]) && isDigit(text[digits + 1])) {
    minus = text[digits];
    digits++;
  }
  if (!isDigit(text[digits]) || digits >= context.limit) return { skipTo: currency.end };
  return readSigned(context, pos, digits, currency, minus);
}

/** ".08" in English, ",08" elsewhere: a fraction written without its leading zero. */
function readLeadingDecimal(context: ScanContext, pos: number): ReadFigure | Skip {
  const { text } = context;
  let end = pos + 1;
  while (end < context.limit && isDigit(text[end])) end++;
  if (end === pos + 1 || text[end] === '.' || text[end] === ',') return { skipTo: end };
  const fraction = text.slice(pos + 1, end);
  const core: NumberCore = {
    start: pos,
    end,
    value: normalizeDecimal(`0.${fraction}`),
    precision: powerOfTen(-fraction.length),
    format: { digits: text.slice(pos, end), decimal: text[pos] as string },
  };
  return readSuffixes(context, pos, core, undefined, undefined);
}

/** "x10", "×10". */
function readPrefixedMultiplier(context: ScanContext, pos: number, digits: number): ReadFigure | Skip {
  const core = readDigitsCore(context, digits);
  if ('skipTo' in core) return core;
  const quantity = makeQuantity(context, pos, core.end, core, { kind: 'multiplier' });
  return { quantity, coreEnd: core.end };
}

/** A word: "minus 5", or a number written in words. Otherwise skip the whole word. */
function readWordStart(context: ScanContext, pos: number): ReadFigure | Skip {
  const { text } = context;
  const minus = matchWordAt(text, pos, MINUS_WORDS[context.locale]);
  if (minus && isBlank(text[minus.end]) && isDigit(text[minus.end + 1]) && !MINUS_WORD_PHRASES.has(wordBefore(text, pos))) {
    return readSigned(context, pos, minus.end + 1, undefined, minus.word);
  }
  const words = wordNumberAt(text, pos, context.locale);
  if (words && words.end > pos && words.end <= context.limit) {
    const core: NumberCore = {
      start: pos,
      end: words.end,
      value: words.value,
      precision: words.precision,
      format: { digits: text.slice(pos, words.end), words: true },
      wordKind: words.kind,
    };
    const figure = readSuffixes(context, pos, core, undefined, undefined);
    // A lone "one" / "een" / "un" is mostly an article or a pronoun, not a figure.
    if (!('skipTo' in figure) && isLoneOne(figure, core)) return { skipTo: words.end };
    return figure;
  }
  return { skipTo: endOfWord(text, pos) };
}

function isLoneOne(figure: ReadFigure, core: NumberCore): boolean {
  const plain = !figure.scale && !figure.currency && !figure.percent;
  return plain && core.value === '1' && core.wordKind === 'cardinal' && !/\s/.test(core.format.digits);
}

/** The digits at `digitsStart` (which must be a digit), judged by locale. */
function readDigitsCore(context: ScanContext, digitsStart: number): NumberCore | Skip {
  const { text } = context;
  // A date or reference may start right at the digits: then there is nothing to read here.
  if (digitsStart >= context.limit) return { skipTo: digitsStart + 1 };
  const token = readDigitToken(text, digitsStart, context.limit);
  const numeral = interpretToken(token, context.locale, context.allowLakh);
  if ('notANumber' in numeral) return { skipTo: token.end };
  const exponent = token.separators.length <= 1 ? readExponent(text, token.end, context.limit) : null;
  const end = exponent?.end ?? token.end;
  const power = exponent?.power ?? 0;
  const format: NumberFormat = { digits: text.slice(token.start, end) };
  if (numeral.group !== undefined) format.group = numeral.group;
  if (numeral.decimal !== undefined) format.decimal = numeral.decimal;
  const value = shiftDecimal(numeral.value, power);
  const core: NumberCore = { start: token.start, end, value, precision: powerOfTen(power - numeral.fractionDigits), format };
  if (numeral.malformed) core.malformed = numeral.malformed;
  if (numeral.weak) core.weakMalformed = true;
  if (numeral.countedOnly) core.countedOnly = true;
  return core;
}

/** Scientific notation right after the digits: "1.3e6", "-12e-1", "12.32e+14". */
function readExponent(text: string, pos: number, limit: number): { end: number; power: number } | null {
  if (text[pos] !== 'e' && text[pos] !== 'E') return readPowerOfTen(text, pos, limit);
  let index = pos + 1;
  const negative = text[index] === '-';
  if (text[index] === '+' || negative) index++;
  const digitsStart = index;
  while (index < limit && index - digitsStart < 4 && isDigit(text[index])) index++;
  if (index === digitsStart || isWordChar(text[index])) return null;
  const power = Number(text.slice(digitsStart, index));
  return { end: index, power: negative ? -power : power };
}

const TIMES_SIGNS = new Set(['x', '×', '*', '·']);

/** "1.3x10^6", "6.23 × 10^-4": a power of ten written with a caret. */
function readPowerOfTen(text: string, pos: number, limit: number): { end: number; power: number } | null {
  let index = isBlank(text[pos]) && TIMES_SIGNS.has(text[pos + 1] as string) ? pos + 1 : pos;
  if (!TIMES_SIGNS.has(text[index] as string)) return null;
  index = skipBlanks(text, index + 1);
  if (!text.startsWith('10^', index)) return null;
  index += 3;
  const negative = text[index] === '-' || text[index] === '\u2212';
  if (negative || text[index] === '+') index++;
  const digitsStart = index;
  while (index < limit && index - digitsStart < 4 && isDigit(text[index])) index++;
  if (index === digitsStart || isWordChar(text[index])) return null;
  const power = Number(text.slice(digitsStart, index));
  return { end: index, power: negative ? -power : power };
}

/** Digits (maybe after a sign or currency), then the suffixes. */
function readSigned(context: ScanContext, start: number, digitsStart: number, currency: CurrencyMatch | undefined, minus: string | undefined): ReadFigure | Skip {
  if (isListNumbering(context.text, digitsStart)) return { skipTo: digitsStart + 1 };
  const spaced = MARKS_GROUP_WITH_SPACES.has(context.locale) ? readSpacedFigure(context, start, digitsStart, currency, minus) : undefined;
  if (spaced) return spaced;
  const core = readDigitsCore(context, digitsStart);
  if ('skipTo' in core) return core;
  if (minus !== undefined) core.format.minus = minus;
  return readSuffixes(context, start, core, currency, minus);
}

const SPACED_KINDS: ReadonlySet<QuantityKind> = new Set(['amount', 'count', 'percent', 'number']);

/** Locales whose own thousands mark is a space. */
const MARKS_GROUP_WITH_SPACES: ReadonlySet<Locale> = new Set(['fr']);

/**
 * "450 00 personnes", "4 50 €", "12 50 000 logements": spaced thousands with one group of the wrong
 * length, read as one malformed figure when money, a scale word, a percent sign or a counted noun
 * shows it is one; otherwise undefined, and the digits read as they always have.
 */
function readSpacedFigure(context: ScanContext, start: number, digitsStart: number, currency: CurrencyMatch | undefined, minus: string | undefined): ReadFigure | undefined {
  const spaced = readSpacedGroupsShortOrLong(context.text, digitsStart, context.limit);
  if (!spaced) return undefined;
  const { token, numeral } = spaced;
  const format: NumberFormat = { digits: context.text.slice(token.start, token.end), group: numeral.group as string };
  if (minus !== undefined) format.minus = minus;
  const core: NumberCore = { start: token.start, end: token.end, value: numeral.value, precision: '1', format, malformed: numeral.malformed as Malformed, weakMalformed: numeral.weak === true, spacedGroups: true };
  const figure = readSuffixes(context, start, core, currency, minus);
  return 'quantity' in figure && figure.quantity.malformed && SPACED_KINDS.has(figure.quantity.kind) ? figure : undefined;
}

/** "1. " or "1) " opening a text: list numbering, not a figure. */
function isListNumbering(text: string, pos: number): boolean {
  let before = pos;
  while (before > 0 && /\s/.test(text[before - 1] as string)) before--;
  if (before > 0) return false;
  let index = pos;
  while (isDigit(text[index])) index++;
  return (text[index] === '.' || text[index] === ')') && (isBlank(text[index + 1]) || index + 1 >= text.length);
}

/** What follows the digits: ordinal or multiplier suffix, scale word, currency, percent, then the counted noun. */
function readSuffixes(context: ScanContext, start: number, core: NumberCore, currencyBefore: CurrencyMatch | undefined, minus: string | undefined): ReadFigure | Skip {
  const { text, locale, limit } = context;
  const words = core.format.words === true;
  if (core.wordKind === 'ordinal') return { quantity: makeQuantity(context, start, core.end, core, { kind: 'ordinal' }), coreEnd: core.end };
  if (core.wordKind === 'multiplier') return { quantity: makeQuantity(context, start, core.end, core, { kind: 'multiplier' }), coreEnd: core.end };
  if (!words && !currencyBefore && minus === undefined && !core.format.decimal) {
    const ordinal = matchOrdinalSuffix(text, core.end, locale, limit);
    if (ordinal) return { quantity: makeQuantity(context, start, ordinal.end, core, { kind: 'ordinal' }), coreEnd: core.end };
    if (locale === 'de' && isGermanOrdinal(text, start, core.end)) {
      return { quantity: makeQuantity(context, start, core.end + 1, core, { kind: 'ordinal' }), coreEnd: core.end };
    }
  }
  if (!currencyBefore) {
    const multiplier = matchMultiplierSuffix(text, core.end, limit);
    if (multiplier) return { quantity: makeQuantity(context, start, multiplier.end, core, { kind: 'multiplier' }), coreEnd: core.end };
  }
  let end = core.end;
  // "3 dozen eggs": 36, counted exactly as "three dozen" is (see words.ts).
  const dozen = words || currencyBefore ? null : matchDozen(text, end, limit);
  if (dozen) {
    core = { ...core, value: multiplyDecimal(core.value, '12'), precision: core.format.decimal ? multiplyDecimal(core.precision, '12') : '1' };
    end = dozen.end;
  }
  let scale = dozen ? undefined : (matchScale(text, end, locale, currencyBefore !== undefined, limit) ?? undefined);
  if (scale && !currencyBefore && isLabelLetter(text, start, core.end, scale, locale)) scale = undefined;
  if (scale) end = scale.end;
  let currency = currencyBefore;
  let currencyAfter = false;
  let currencySpaced = currencyBefore ? isBlank(text[currencyBefore.end]) : false;
  if (!currency) {
    const at = skipBlanks(text, end);
    const after = matchCurrencyAfter(text, at, limit, scale !== undefined && at === end);
    if (after) {
      currency = after;
      currencyAfter = true;
      currencySpaced = at > end;
      end = after.end;
      // "75 USD million": the scale word may follow the currency.
      if (!scale) {
        scale = matchScale(text, end, locale, true, limit) ?? undefined;
        if (scale) end = scale.end;
      }
    }
  }
  // "3 euro en 50 cent", "It costs 15 dollars 50.": whole units, the currency, then the cents.
  const spokenCents = currencyAfter && !scale && !words && !core.format.decimal && !core.malformed ? matchSpokenCents(text, end, locale, limit, isCurrencyWord(currency?.text)) : null;
  if (spokenCents) {
    core = { ...core, value: normalizeDecimal(`${core.value}.${spokenCents.cents}`), precision: '0.01' };
    end = spokenCents.end;
  }
  const percent = currency ? undefined : (matchPercent(text, end, limit) ?? undefined);
  if (percent) end = percent.end;
  // Digits glued to letters that are no suffix ("5G", "3D", "20GB") are names, not figures.
  if (!words && end === core.end && isWordChar(text[end])) return { skipTo: endOfWord(text, core.start) };
  const unit = percent ? percent.unit : currency || isLabelNumber(text, start) ? undefined : unitAfter(text, end, locale, limit, scale !== undefined);
  let unconfirmed: Malformed | undefined;
  if (core.countedOnly && (scale || percent || (unit === undefined && !currency))) delete core.malformed;
  const lostDigit = core.spacedGroups === true || (isInDoubt(core.malformed) && isGroupShortOfOneDigit(core.format.digits));
  if (core.weakMalformed && !scale && !currency && !percent && !(unit !== undefined && lostDigit)) {
    // A part number ("artikel 3.12") or a reference's tail ("VN 2007/35.13") is no figure at all;
    // anything else waits for the document to judge it.
    if (lostDigit && !core.spacedGroups && !isLabelNumber(text, start) && text[start - 1] !== '/') unconfirmed = core.malformed;
    delete core.malformed;
  }
  if (core.weakMalformed && percent && core.malformed?.kind === 'grouping') readAsForeignDecimal(core);
  // Percentages are not grouped in thousands: "2,50 %" in English is 2.5 %, not 2,500 %.
  if (percent && core.malformed?.kind === 'foreign-style' && core.malformed.readings.length > 1) core.malformed = { ...core.malformed, readings: core.malformed.readings.slice(0, 1) };
  const format: NumberFormat = {
    ...core.format,
    ...(scale && { scaleText: scale.text }),
    ...(currency && { currencyText: currency.text, currencyPosition: currencyAfter ? 'after' : 'before', currencySpaced }),
    ...(percent && { percentText: percent.text, percentSpaced: percent.spaced }),
  };
  const kind: QuantityKind = currency ? 'amount' : percent ? 'percent' : unit ? 'count' : 'number';
  const quantity = makeQuantity(context, start, end, { ...core, format }, { kind, power: scale?.power ?? 0, negative: minus !== undefined, unit, currency: currency?.code });
  if (unconfirmed) quantity.unconfirmed = shiftedMalformed(unconfirmed, 0, minus !== undefined);
  if (kind === 'number' && isYear(core, scale, minus)) setYear(quantity);
  const figure: ReadFigure = { quantity, coreEnd: core.end };
  if (scale) figure.scale = scale;
  if (currency) figure.currency = currency;
  if (percent) figure.percent = percent;
  return figure;
}

/**
 * "vraag 1B", "Question 2B": one capital glued to the digits after a label word names a part. And
 * "B" for billion is English: a Dutch, German or French "1B" is a name ("mld", "Mrd", "Md" there).
 */
function isLabelLetter(text: string, start: number, coreEnd: number, scale: ScaleMatch, locale: Locale): boolean {
  if (scale.start !== coreEnd || scale.text.length !== 1) return false;
  return isLabelNumber(text, start) || (locale !== 'en' && scale.text === 'B');
}

/** "dollars", "euro", "francs suisses": a currency written as a word, not a sign or a three-letter code. */
function isCurrencyWord(marker: string | undefined): boolean {
  return marker !== undefined && marker.length > 3 && /^[\p{L}\s'\u2019]+$/u.test(marker);
}

/** Words after which "3." is an ordinal, not the end of a sentence: "die 3. Stufe", "zum 2. Mal". */
const GERMAN_ORDINAL_LEADS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'zum', 'zur', 'im', 'am', 'vom', 'beim', 'ihr', 'ihre', 'sein', 'seine', 'jeder', 'jede']);

function isGermanOrdinal(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' || !isBlank(text[end + 1]) || !isLetter(text[end + 2])) return false;
  let wordEnd = start;
  while (wordEnd > 0 && isBlank(text[wordEnd - 1])) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isLetter(text[wordStart - 1])) wordStart--;
  return wordEnd > wordStart && GERMAN_ORDINAL_LEADS.has(text.slice(wordStart, wordEnd).toLowerCase());
}

function isYear(core: NumberCore, scale: ScaleMatch | undefined, minus: string | undefined): boolean {
  const digits = core.format.digits;
  return !scale && minus === undefined && !core.format.words && digits.length === 4 && /^\d{4}$/.test(digits) && digits >= '1800' && digits <= '2199';
}

function setYear(quantity: Quantity): void {
  quantity.kind = 'year';
  quantity.date = { year: Number(quantity.value) };
  quantity.interval = { start: `${quantity.value}-01-01`, end: `${quantity.value}-12-31` };
}

interface Reading {
  kind: QuantityKind;
  power?: number;
  negative?: boolean;
  unit?: string | undefined;
  currency?: string | undefined;
}

/** Assemble the Quantity: scale applied to value and precision, qualifiers looked up before `start`. */
function makeQuantity(context: ScanContext, start: number, end: number, core: NumberCore, reading: Reading): Quantity {
  const power = reading.power ?? 0;
  const scaled = shiftDecimal(core.value, power);
  const qualifier = qualifierBefore(context.text, start, context.locale);
  const quantity: Quantity = {
    text: context.text.slice(start, end),
    start,
    end,
    kind: reading.kind,
    value: reading.negative ? negateDecimal(scaled) : scaled,
    precision: shiftDecimal(core.precision, power),
    approximate: qualifier?.approximate ?? false,
    format: core.format,
  };
  const bound = qualifier?.bound ?? boundAfter(context.text, end, context.locale);
  if (bound) quantity.bound = bound;
  if (power !== 0) quantity.scale = powerOfTen(power);
  if (reading.unit !== undefined) quantity.unit = reading.unit;
  if (reading.currency !== undefined) quantity.currency = reading.currency;
  if (core.malformed) quantity.malformed = shiftedMalformed(core.malformed, power, reading.negative ?? false);
  return quantity;
}

/** A malformation's readings with the figure's scale and sign applied. */
function shiftedMalformed(malformed: Malformed, power: number, negative: boolean): Malformed {
  const readings = malformed.readings.map((value) => shiftDecimal(value, power));
  return { ...malformed, readings: negative ? readings.map(negateDecimal) : readings };
}

/** One lone mark and two digits after it ("1,50", "2.00"): a thousands group that lost one digit. */
function isGroupShortOfOneDigit(digits: string): boolean {
  return /^\d{1,3}[.,]\d{2}$/u.test(digits);
}

/**
 * A thousands group that lost a digit or a decimal written another locale's way ("1,50", "2.00"):
 * more than one reading. A counted noun after it ("450,00 people") shows it is a figure.
 */
function isInDoubt(malformed: Malformed | undefined): malformed is Malformed {
  return malformed !== undefined && malformed.readings.length > 1;
}

/** "(2.0)" as a whole table cell is a negative figure in accounting style. */
function applyAccountingBrackets(text: string, quantities: Quantity[]): Quantity[] {
  if (quantities.length !== 1) return quantities;
  const only = quantities[0] as Quantity;
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const isWholeBracket = open >= 0 && close > open && text.slice(0, open).trim() === '' && text.slice(close + 1).trim() === '';
  const inside = isWholeBracket && text.slice(open + 1, only.start).trim() === '' && text.slice(only.end, close).trim() === '';
  if (!inside || only.value.startsWith('-') || only.kind === 'year' || only.kind === 'date' || only.kind === 'period') return quantities;
  const format: NumberFormat = { ...only.format, minus: '(' };
  const negative: Quantity = { ...only, text: text.slice(open, close + 1), start: open, end: close + 1, value: negateDecimal(only.value), format };
  if (only.low !== undefined) negative.low = negateDecimal(only.low);
  if (only.high !== undefined) negative.high = negateDecimal(only.high);
  return [negative];
}
