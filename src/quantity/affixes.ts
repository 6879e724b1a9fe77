/**
 * The words and signs around digits: scale words, currency markers, percent signs, multiplier
 * and ordinal suffixes. Tables, not regular expressions, so matching is a bounded prefix test.
 */
import { isBlank, isDigit, isLetter, isWordChar, matchWordAt } from './chars.js';
import type { Locale } from './types.js';

export interface AffixMatch {
  /** The marker exactly as written. */
  text: string;
  start: number;
  end: number;
}

// --- Scale words -----------------------------------------------------------------------------

interface ScaleWord {
  text: string;
  /** Power of ten; a function when the word means different things per locale ("billion"). */
  power: number | ((locale: Locale) => number);
  caseSensitive?: boolean;
  /**
   * Letters that mean a scale only on money ("$1.5b", "€5m"), or glued in capitals ("10M"):
   * elsewhere "5 m" is five metres.
   */
  moneyOnly?: boolean;
}

/** "billion" and its kin are 10^12 on the Continent and 10^9 in English. */
const longScaleBillion = (locale: Locale): number => (locale === 'de' || locale === 'fr' ? 12 : 9);

// Longer words first: the first match wins.
const SCALE_WORDS: readonly ScaleWord[] = [
  { text: 'trillions', power: 12 },
  { text: 'trillion', power: 12 },
  { text: 'billions', power: longScaleBillion },
  { text: 'billionen', power: 12 },
  { text: 'billion', power: longScaleBillion },
  { text: 'biljoen', power: 12 },
  { text: 'milliarden', power: 9 },
  { text: 'milliarde', power: 9 },
  { text: 'milliards', power: 9 },
  { text: 'milliard', power: 9 },
  { text: 'miljarden', power: 9 },
  { text: 'miljard', power: 9 },
  { text: 'millionen', power: 6 },
  { text: 'millions', power: 6 },
  { text: 'million', power: 6 },
  { text: 'miljoenen', power: 6 },
  { text: 'miljoen', power: 6 },
  { text: 'crores', power: 7 },
  { text: 'crore', power: 7 },
  { text: 'lakhs', power: 5 },
  { text: 'lakh', power: 5 },
  { text: 'thousands', power: 3 },
  { text: 'thousand', power: 3 },
  { text: 'tausend', power: 3 },
  { text: 'duizend', power: 3 },
  { text: 'mille', power: 3 },
  // "322 hundred" (32 200): digits before "hundred" multiply as before any scale word
  { text: 'hundred', power: 2 },
  { text: 'honderd', power: 2 },
  { text: 'hundert', power: 2 },
  { text: 'Mrd.', power: 9, caseSensitive: true },
  { text: 'Mrd', power: 9, caseSensitive: true },
  { text: 'mld.', power: 9 },
  { text: 'mld', power: 9 },
  { text: 'Mds', power: 9, caseSensitive: true },
  { text: 'Md', power: 9, caseSensitive: true },
  { text: 'Mio.', power: 6, caseSensitive: true },
  { text: 'Mio', power: 6, caseSensitive: true },
  { text: 'mln.', power: 6 },
  { text: 'mln', power: 6 },
  { text: 'bln', power: 9 },
  { text: 'Tsd.', power: 3, caseSensitive: true },
  { text: 'Tsd', power: 3, caseSensitive: true },
  { text: 'tn', power: 12 },
  { text: 'tln', power: 12 },
  { text: 'trn', power: 12 },
  { text: 'bn', power: 9 },
  { text: 'mn', power: 6 },
  { text: 'k', power: 3 },
  // "US$ 1MM": the million of American finance (M = 1 000 in Roman numerals, MM = a thousand thousand)
  { text: 'MM', power: 6, caseSensitive: true, moneyOnly: true },
  { text: 'T', power: 3, caseSensitive: true, moneyOnly: true },
  { text: 'M', power: 6, caseSensitive: true, moneyOnly: true },
  { text: 'B', power: 9, caseSensitive: true, moneyOnly: true },
  { text: 'm', power: 6, caseSensitive: true, moneyOnly: true },
  { text: 'b', power: 9, moneyOnly: true },
];

/** "3 dozen", "3 dozijn", "3 douzaines", "3 Dutzend": twelve of each, not a power of ten. */
const DOZEN_WORDS = ['dozens', 'dozen', 'dozijn', 'douzaines', 'douzaine', 'dutzende', 'dutzend', 'dzs', 'dz'];

/** A dozen word after one blank at `pos`. */
export function matchDozen(text: string, pos: number, limit: number): AffixMatch | null {
  if (!isBlank(text[pos])) return null;
  const found = matchWordAt(text, pos + 1, DOZEN_WORDS);
  return found && found.end <= limit ? { text: found.word, start: pos + 1, end: found.end } : null;
}

export interface ScaleMatch extends AffixMatch {
  power: number;
}

/** A scale word at `pos` (after at most one blank), ending at a word boundary or a currency sign. */
export function matchScale(text: string, pos: number, locale: Locale, isMoney: boolean, limit: number): ScaleMatch | null {
  const start = isBlank(text[pos]) ? pos + 1 : pos;
  const first = text[start];
  if (!isLetter(first)) return null;
  const firstLower = (first as string).toLowerCase();
  for (const scale of SCALE_WORDS) {
    if ((scale.text[0] as string).toLowerCase() !== firstLower) continue;
    const gluedCapital = start === pos && scale.caseSensitive === true && first !== firstLower;
    if (scale.moneyOnly && !isMoney && !gluedCapital && !currencyFollows(text, start + scale.text.length)) continue;
    const found = matchWordAt(text, start, [scale.text], scale.caseSensitive ?? false);
    const glued = found ?? matchGluedToCurrency(text, start, scale);
    if (!glued || glued.end > limit) continue;
    const power = typeof scale.power === 'number' ? scale.power : scale.power(locale);
    return { text: glued.word, start, end: glued.end, power };
  }
  return null;
}

/** "100 k€", "5bn$", "20 kEUR": a scale word followed directly by a currency marker. */
function matchGluedToCurrency(text: string, pos: number, scale: ScaleWord): { word: string; end: number } | null {
  const candidate = text.slice(pos, pos + scale.text.length);
  const same = scale.caseSensitive ? candidate === scale.text : candidate.toLowerCase() === scale.text.toLowerCase();
  const after = pos + scale.text.length;
  if (!same || matchCurrencyAfter(text, after, text.length, true) === null) return null;
  return { word: candidate, end: pos + scale.text.length };
}

function currencyFollows(text: string, pos: number): boolean {
  const start = isBlank(text[pos]) ? pos + 1 : pos;
  return matchCurrencyAfter(text, start, text.length, start === pos) !== null;
}

// --- Currency --------------------------------------------------------------------------------

export interface CurrencyMatch extends AffixMatch {
  code: string;
}

const CURRENCY_SIGNS = new Map<string, string>([
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['元', 'CNY'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['₡', 'CRC'],
  ['₾', 'GEL'],
  ['₭', 'LAK'],
]);

/** Prefixed dollar signs, longest first. */
const DOLLAR_PREFIXES: ReadonlyArray<[string, string]> = [
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['usd$', 'USD'],
  ['MXN$', 'MXN'],
  ['mxn$', 'MXN'],
  ['Mex$', 'MXN'],
  ['AUD$', 'AUD'],
  ['aud$', 'AUD'],
  ['CAD$', 'CAD'],
  ['cad$', 'CAD'],
  ['NZD$', 'NZD'],
  ['nzd$', 'NZD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['S$', 'SGD'],
];

const ISO_CODES = new Set([
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN',
  'CAD', 'AUD', 'NZD', 'INR', 'BRL', 'KRW', 'SGD', 'HKD', 'ZAR', 'TRY', 'MXN', 'RUB', 'ISK',
]);
const ISO_ALIASES = new Map([['RMB', 'CNY']]);

/** Currency words after a figure, lower case, longest first. */
const CURRENCY_WORDS: ReadonlyArray<[string, string]> = [
  ["d'euros", 'EUR'],
  ['d\u2019euros', 'EUR'],
  ["d'euro", 'EUR'],
  ['d\u2019euro', 'EUR'],
  ['de dollars', 'USD'],
  ['de dollar', 'USD'],
  ['de $', 'USD'],
  ['de €', 'EUR'],
  ['de livres', 'GBP'],
  ['de yens', 'JPY'],
  ['de yuans', 'CNY'],
  ['roupies indiennes', 'INR'],
  ['roupies', 'INR'],
  ['livres sterling', 'GBP'],
  ['livres', 'GBP'],
  ['yens', 'JPY'],
  ['yuans', 'CNY'],
  ['florins hollandais', 'NLG'],
  ['amerikaanse dollars', 'USD'],
  ['amerikaanse dollar', 'USD'],
  ['australian dollars', 'AUD'],
  ['canadian dollars', 'CAD'],
  ['us dollars', 'USD'],
  ['us dollar', 'USD'],
  ['us-dollar', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['swiss francs', 'CHF'],
  ['francs suisses', 'CHF'],
  ['franc suisse', 'CHF'],
  ['schweizer franken', 'CHF'],
  ['franken', 'CHF'],
  ['yen', 'JPY'],
  ['chinese yuan', 'CNY'],
  ['yuan', 'CNY'],
  ['rmb', 'CNY'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['finnish markka', 'FIM'],
  ['dutch guilders', 'NLG'],
  ['renminbi', 'CNY'],
  ['rupees', 'INR'],
  ['turkish lira', 'TRY'],
  ['indische rupien', 'INR'],
  ['rupien', 'INR'],
  ['kanadischen dollar', 'CAD'],
  ['kanadische dollar', 'CAD'],
  ['guilders', 'NLG'],
  ['gulden', 'NLG'],
  ['pesetas', 'ESP'],
];

const CURRENCY_WORD_LIST = CURRENCY_WORDS.map(([name]) => name);

/** An ISO code standing alone, or glued to a scale word before it when `glued` ("kEUR"). */
function matchIsoCode(text: string, pos: number, glued = false): CurrencyMatch | null {
  const candidate = text.slice(pos, pos + 3);
  const code = ISO_CODES.has(candidate) ? candidate : ISO_ALIASES.get(candidate);
  if (code === undefined || isLetter(text[pos + 3]) || (!glued && isLetter(text[pos - 1]))) return null;
  return { text: candidate, start: pos, end: pos + 3, code };
}

function matchSign(text: string, pos: number): CurrencyMatch | null {
  for (const [prefix, code] of DOLLAR_PREFIXES) {
    if (text.startsWith(prefix, pos) && !isWordChar(text[pos - 1])) return { text: prefix, start: pos, end: pos + prefix.length, code };
  }
  const code = CURRENCY_SIGNS.get(text[pos] ?? '');
  return code === undefined ? null : { text: text[pos] as string, start: pos, end: pos + 1, code };
}

/** Every character a currency marker written before a figure can start with, to reject the rest at once. */
export const CURRENCY_FIRST_CHARS: ReadonlySet<string> = new Set([
  ...CURRENCY_SIGNS.keys(),
  ...DOLLAR_PREFIXES.map(([prefix]) => prefix[0] as string),
  ...[...ISO_CODES, ...ISO_ALIASES.keys()].map((code) => code[0] as string),
]);

/** A currency marker written before a figure ("€", "US$", "EUR"); the caller checks that digits follow. */
export function matchCurrencyBefore(text: string, pos: number): CurrencyMatch | null {
  if (!CURRENCY_FIRST_CHARS.has(text[pos] ?? '')) return null;
  return matchSign(text, pos) ?? matchIsoCode(text, pos);
}

/** A currency marker written after a figure or its scale word ("€", "EUR", "euro", "d'euros"). */
export function matchCurrencyAfter(text: string, pos: number, limit: number, gluedToScale = false): CurrencyMatch | null {
  const sign = matchSign(text, pos) ?? matchIsoCode(text, pos, gluedToScale);
  // "6,500 $ENS", "20 $ETH": a sign glued to the letters after it names a token, not the figure's currency.
  if (sign && isWordChar(text[sign.end])) return null;
  if (sign) return sign.end <= limit ? sign : null;
  const word = matchWordAt(text, pos, CURRENCY_WORD_LIST);
  if (!word || word.end > limit) return null;
  const code = CURRENCY_WORDS.find(([name]) => name === word.word.toLowerCase())?.[1] ?? 'EUR';
  return { text: word.word, start: pos, end: word.end, code };
}

/** Words for the hundredth of a currency, after the cents of a spoken amount ("3 euro en 50 cent"). */
const CENT_WORDS = ['centimes', 'centime', 'centen', 'cents', 'cent', 'ct'];
const AND_WORDS: Record<Locale, string> = { en: 'and', nl: 'en', de: 'und', fr: 'et' };

/**
 * "15 dollars 50", "3 euro en 50 cent", "10 $ 30 cent": the cents written after a currency that
 * follows whole units. Without a cent word only two digits that close the sentence after a currency
 * word count, so "5 euro 50 keer" and "20 dollars, 15 people" stay apart. `pos` is just after the currency.
 */
export function matchSpokenCents(text: string, pos: number, locale: Locale, limit: number, currencyIsWord: boolean): { cents: string; end: number } | null {
  if (!isBlank(text[pos])) return null;
  let index = pos + 1;
  const and = matchWordAt(text, index, [AND_WORDS[locale]]);
  if (and) {
    if (!isBlank(text[and.end])) return null;
    index = and.end + 1;
  }
  const digitsStart = index;
  while (isDigit(text[index]) && index - digitsStart < 3) index++;
  const length = index - digitsStart;
  if (length < 1 || length > 2 || index > limit) return null;
  const cents = text.slice(digitsStart, index).padStart(2, '0');
  const centWord = isBlank(text[index]) ? matchWordAt(text, index + 1, CENT_WORDS) : null;
  if (centWord) return centWord.end <= limit ? { cents, end: centWord.end } : null;
  // ... and only after a currency word: "rmb 10 usd 20" is two amounts, "15 dollars 50." one.
  const closes = index >= text.length || ('.;!?)'.includes(text[index] as string) && !isWordChar(text[index + 1]));
  return length === 2 && closes && currencyIsWord ? { cents, end: index } : null;
}

/**
 * Markers that name a family of currencies rather than one: "$" and "dollars" are the US, Canadian,
 * Australian, Hong Kong… dollar, "¥" the yen or the yuan, "£" and "pounds" sterling or another
 * pound. The reader still gives one code (the likeliest); a fix must never narrow or widen it.
 */
const CURRENCY_FAMILIES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(?:\$|dollars?|de dollars?|de \$)$/iu, ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'other dollars']],
  [/^¥$/u, ['JPY', 'CNY']],
  [/^(?:£|pounds|livres|de livres)$/iu, ['GBP', 'EGP', 'other pounds']],
];

/** Every currency a marker as written can stand for (one code for an unambiguous marker). */
export function currenciesOf(marker: string | undefined, code: string): readonly string[] {
  if (marker !== undefined) {
    for (const [pattern, family] of CURRENCY_FAMILIES) if (pattern.test(marker.trim())) return family;
  }
  return [code];
}

// --- Percent ---------------------------------------------------------------------------------

export interface PercentMatch extends AffixMatch {
  unit: '%' | 'pp';
  spaced: boolean;
}

const PERCENT_WORDS: ReadonlyArray<[string, '%' | 'pp']> = [
  ['percentage points', 'pp'],
  ['percentage point', 'pp'],
  ['procentpunten', 'pp'],
  ['procentpunt', 'pp'],
  ['prozentpunkten', 'pp'],
  ['prozentpunkte', 'pp'],
  ['prozentpunkt', 'pp'],
  ['points de pourcentage', 'pp'],
  ['point de pourcentage', 'pp'],
  ['%-punten', 'pp'],
  ['%-punt', 'pp'],
  ['%-punkte', 'pp'],
  ['%-points', 'pp'],
  ['p.p.', 'pp'],
  ['pp.', 'pp'],
  ['pp', 'pp'],
  ['per cent', '%'],
  ['percent', '%'],
  ['procent', '%'],
  ['prozent', '%'],
  ['pour cent', '%'],
  ['pour-cent', '%'],
  ['pourcents', '%'],
  ['pourcent', '%'],
  ['pourcentage', '%'],
  ['percentage', '%'],
  ['pct', '%'],
  ['%', '%'],
];

const PERCENT_WORD_LIST = PERCENT_WORDS.map(([word]) => word);

/** A point word after a percent word or sign makes percentage points. */
const POINT_WORDS = ['points', 'point', 'punten', 'punt', 'punkten', 'punkte', 'punkt'];

/** A percent sign or word at `pos` (after at most one blank). */
export function matchPercent(text: string, pos: number, limit: number): PercentMatch | null {
  const start = isBlank(text[pos]) ? pos + 1 : pos;
  const found = matchWordAt(text, start, PERCENT_WORD_LIST);
  if (!found || found.end > limit) return null;
  const unit = PERCENT_WORDS.find(([word]) => word === found.word.toLowerCase())?.[1] ?? '%';
  // "2 percent points", "3 procent punt", "2 Prozent Punkte", "4 % points": percentage points, not per cent.
  if (unit === '%' && /^[ \u00A0-]$/u.test(text[found.end] ?? '')) {
    const point = matchWordAt(text, found.end + 1, POINT_WORDS);
    if (point && point.end <= limit) return { text: text.slice(start, point.end), start, end: point.end, unit: 'pp', spaced: start > pos };
  }
  return { text: found.word, start, end: found.end, unit, spaced: start > pos };
}

// --- Multipliers and ordinals ----------------------------------------------------------------

const MULTIPLIER_SIGNS = ['x', '×'];
const MULTIPLIER_WORDS = ['-fold', ' fold', ' times', '-voudig', ' keer', ' maal', '-mal', ' mal', '-fach', ' fois'];

/** "10x", "10×", "10-fold", "10 times", "10-fach", "10 fois" right after the digits. */
export function matchMultiplierSuffix(text: string, pos: number, limit: number): AffixMatch | null {
  const sign = text[pos] ?? '';
  if (MULTIPLIER_SIGNS.includes(sign) && !isWordChar(text[pos + 1]) && pos + 1 <= limit) {
    return { text: sign, start: pos, end: pos + 1 };
  }
  const found = matchWordAt(text, pos, MULTIPLIER_WORDS);
  return found && found.end <= limit ? { text: found.word, start: pos, end: found.end } : null;
}

/** "x10", "×10", "× 10": the index of the digits after the sign, or -1. */
export function multiplierPrefixEnd(text: string, pos: number): number {
  if (!MULTIPLIER_SIGNS.includes(text[pos] ?? '') || isWordChar(text[pos - 1])) return -1;
  const after = text[pos] === '×' && isBlank(text[pos + 1]) ? pos + 2 : pos + 1;
  return isDigit(text[after]) ? after : -1;
}

const ORDINAL_SUFFIXES: Record<Locale, readonly string[]> = {
  en: ['st', 'nd', 'rd', 'th'],
  nl: ['ste', 'de', 'e'],
  de: [],
  fr: ['ème', 'eme', 'ère', 'er', 're', 'nd', 'nde', 'e', 'è', 'ᵉ'],
};

/** "3rd", "2e", "1er" right after the digits. */
export function matchOrdinalSuffix(text: string, pos: number, locale: Locale, limit: number): AffixMatch | null {
  const found = matchWordAt(text, pos, ORDINAL_SUFFIXES[locale]);
  return found && found.end <= limit ? { text: found.word, start: pos, end: found.end } : null;
}
