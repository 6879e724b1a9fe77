/**
 * Ranges: "10–20 %", "€ 20–30 bn", "between 30 and 40", "5 to 10 million". Scale, currency,
 * percent and unit written once apply to both ends. "from 20 % to 10 %" is a change, not a range.
 */
import { isBlank, isDash, isDigit, isLetter, matchWordAt, skipBlanks, wordBefore } from './chars.js';
import { compareDecimal, exponentOfPower, shiftDecimal } from './decimal.js';
import { readFigure, type ReadFigure, type ScanContext } from './extract.js';
import { qualifierBefore } from './qualifiers.js';
import type { Locale, NumberFormat, Quantity } from './types.js';
import { isLabelNumber } from './unit.js';

const RANGE_KINDS = new Set(['number', 'count', 'amount', 'percent', 'year']);

/** "X to Y" words, per locale ("3 à 5 dagen" is Dutch too). */
const TO_WORDS: Record<Locale, readonly string[]> = { en: ['to', 'through', 'thru'], nl: ['tot en met', 't/m', 'tot', 'à'], de: ['bis'], fr: ['à'] };
/** "between X and Y": the opening word and the joining word. */
const BETWEEN: Record<Locale, { open: string; join: string }> = {
  en: { open: 'between', join: 'and' },
  nl: { open: 'tussen', join: 'en' },
  de: { open: 'zwischen', join: 'und' },
  fr: { open: 'entre', join: 'et' },
};
/** "from X to Y" reads as a change between two figures, so it stays two figures. */
const FROM_WORDS: Record<Locale, readonly string[]> = { en: ['from'], nl: ['van', 'vanaf'], de: ['von'], fr: ['de', 'du'] };
/**
 * ... unless the joining word can only close a range ("vanaf 3.000 tot en met 5.999 minuten", "from
 * 2 through 5"), or a verb before "from" says it spans one ("ranges from 20 to 100", "varie de 1000 à 5000").
 */
const INCLUSIVE_TO_WORDS: Record<Locale, readonly string[]> = { en: ['through', 'thru'], nl: ['tot en met', 't/m'], de: [], fr: [] };
const SPAN_VERBS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying']),
  nl: new Set(['varieert', 'variëren', 'varieerde', 'loopt', 'lopen', 'liep', 'reikt', 'reiken']),
  de: new Set(['reicht', 'reichen', 'reichte', 'variiert', 'variieren', 'schwankt', 'schwanken']),
  fr: new Set(['varie', 'varient', 'variait', 'variant', 'échelonne', 'échelonnent', 'étend', 'étendent']),
};

/** The word before a figure, looking past an article ("tussen de 20 en 30"). */
const ARTICLES: Record<Locale, readonly string[]> = { en: ['the'], nl: ['de'], de: ['den'], fr: [] };

function openingWord(text: string, pos: number, locale: Locale): string {
  const word = wordBefore(text, pos);
  if (!ARTICLES[locale].includes(word)) return word;
  let index = pos;
  while (index > 0 && isBlank(text[index - 1])) index--;
  return wordBefore(text, index - word.length);
}

/** Where the second figure starts after "–", "to", "and"…, or -1. */
function secondStart(context: ScanContext, first: Quantity): number {
  const { text, locale } = context;
  const afterFirst = first.end;
  const dashAt = skipBlanks(text, afterFirst);
  if (text[dashAt] === '~' && dashAt === afterFirst && isDigit(text[dashAt + 1])) return dashAt + 1;
  if (isDash(text[dashAt])) {
    const spacedBefore = dashAt > afterFirst;
    const next = skipBlanks(text, dashAt + 1);
    // "10 -20" is a figure and a negative one, not a range; "10 - 20" and "10-20" are ranges.
    if (spacedBefore && next === dashAt + 1) return -1;
    return next;
  }
  if (!isBlank(text[afterFirst])) return -1;
  const opening = openingWord(text, first.start, locale);
  const between = BETWEEN[locale];
  const words = opening === between.open ? [between.join] : FROM_WORDS[locale].includes(opening) ? fromWords(text, first.start, opening, locale) : TO_WORDS[locale];
  const joined = matchWordAt(text, afterFirst + 1, words);
  if (!joined || !isBlank(text[joined.end])) return -1;
  return joined.end + 1;
}

const FRENCH_SPAN_NOUNS = ['fourchette', 'gamme', 'plage', 'intervalle'];

/** The words that may join "from X" to a second figure as the ends of one range. */
function fromWords(text: string, figureStart: number, opening: string, locale: Locale): readonly string[] {
  let index = figureStart;
  while (index > 0 && isBlank(text[index - 1])) index--;
  const verb = wordBefore(text, index - opening.length);
  // "la fourchette du nombre est de 20 à 100": the noun stands a few words back in French.
  const before = locale === 'fr' ? text.slice(Math.max(0, index - 40), index).toLowerCase() : '';
  const spans = SPAN_VERBS[locale].has(verb) || FRENCH_SPAN_NOUNS.some((noun) => before.includes(noun));
  return spans ? TO_WORDS[locale] : INCLUSIVE_TO_WORDS[locale];
}

/** If a second figure follows `first` as the other end of a range, the range; else null. */
export function readRange(context: ScanContext, first: ReadFigure): ReadFigure | null {
  const low = first.quantity;
  if (!RANGE_KINDS.has(low.kind) || low.value.startsWith('-') && low.format.minus === undefined) return null;
  const start = secondStart(context, low);
  if (start < 0 || start >= context.limit) return null;
  const { text } = context;
  const startsFigure = isDigit(text[start]) || text[start] === low.format.currencyText?.[0] || (low.format.words === true && isLetter(text[start]));
  if (!startsFigure) return null;
  const second = readFigure(context, start, true);
  if ('skipTo' in second) return null;
  const high = second.quantity;
  if (!RANGE_KINDS.has(high.kind) || (low.kind === 'year') !== (high.kind === 'year')) return null;
  if (low.currency && high.currency && low.currency !== high.currency) return null;
  // "10 stuks à € 5", "10 à € 5": a count at a price, not the ends of one range.
  if (high.currency !== undefined && low.currency === undefined && /^\s*à\s*$/u.test(text.slice(low.end, start))) return null;
  // "15 % to 415.9 million $" joins two different things, not the ends of one range.
  const isPercent = (quantity: Quantity) => quantity.kind === 'percent';
  const isMoney = (quantity: Quantity) => quantity.currency !== undefined;
  if ((isPercent(low) && isMoney(high)) || (isMoney(low) && isPercent(high))) return null;
  // "verhoogd met 0,6 procentpunt tot 1%": a step and a level, not the ends of one range.
  if (low.unit !== undefined && high.unit !== undefined && low.unit !== high.unit) return null;
  // "changing it from 2017 to 2016": a later year first, joined by a word, is a change, not a period.
  const joinedByWord = /\p{L}/u.test(text.slice(low.end, start));
  if (low.kind === 'year' && joinedByWord && compareDecimal(high.value, low.value) < 0) return null;
  return mergeEnds(context, first, second);
}

/** "two and three million": the second end's scale word, read by the word reader, applies to the first. */
function wordScalePower(low: Quantity, high: Quantity): number {
  if (!low.format.words || !high.format.words || !/^10{3,}$/.test(high.precision) || low.precision !== '1') return 0;
  return compareDecimal(low.value, '1000') < 0 ? (exponentOfPower(high.precision) ?? 0) : 0;
}

/** Share what was written once: the scale of the second end, the currency and percent sign. */
function mergeEnds(context: ScanContext, first: ReadFigure, second: ReadFigure): ReadFigure {
  const low = first.quantity;
  const high = second.quantity;
  const sharedPower = !first.scale && second.scale ? second.scale.power : wordScalePower(low, high);
  const lowValue = sharedPower ? shiftDecimal(low.value, sharedPower) : low.value;
  const lowPrecision = sharedPower ? shiftDecimal(low.precision, sharedPower) : low.precision;
  const format: NumberFormat = { ...low.format };
  for (const key of ['scaleText', 'currencyText', 'currencyPosition', 'currencySpaced', 'percentText', 'percentSpaced'] as const) {
    if (format[key] === undefined && high.format[key] !== undefined) Object.assign(format, { [key]: high.format[key] });
  }
  const range: Quantity = {
    text: context.text.slice(low.start, high.end),
    start: low.start,
    end: high.end,
    kind: 'range',
    value: lowValue,
    precision: compareDecimal(lowPrecision, high.precision) <= 0 ? lowPrecision : high.precision,
    approximate: low.approximate,
    low: lowValue,
    high: high.value,
    format,
  };
  if (low.bound) range.bound = low.bound;
  const multiplier = low.scale ?? high.scale;
  if (multiplier !== undefined) range.scale = multiplier;
  const unit = high.unit ?? low.unit;
  // "nach Satz 1 Nummer 2 bis 4 erteilten Zulassung": numbered parts count nothing.
  if (unit !== undefined && !isLabelNumber(context.text, low.start)) range.unit = unit;
  const currency = low.currency ?? high.currency;
  if (currency !== undefined) range.currency = currency;
  if (low.malformed) {
    range.malformed = { ...low.malformed, readings: low.malformed.readings.map((value) => shiftDecimal(value, sharedPower)) };
  } else if (high.malformed) {
    range.malformed = high.malformed;
  }
  if (low.kind === 'year') {
    range.interval = { start: `${low.value}-01-01`, end: `${high.value}-12-31` };
  }
  const merged: ReadFigure = { quantity: range, coreEnd: second.coreEnd };
  const scale = first.scale ?? second.scale;
  if (scale) merged.scale = scale;
  const currencyMatch = first.currency ?? second.currency;
  if (currencyMatch) merged.currency = currencyMatch;
  const percent = second.percent ?? first.percent;
  if (percent) merged.percent = percent;
  return merged;
}

const BOUND_PAIR_KINDS = new Set(['number', 'count', 'amount', 'percent']);

/** Words that join a lower and an upper bound into one range. */
const BOUND_LINKS: Record<Locale, readonly string[]> = {
  en: ['and', 'but'],
  nl: ['en', 'maar'],
  de: ['und', 'aber'],
  fr: ['et', 'mais'],
};

/**
 * "more than 100 and less than 300", "at most 100 and at least 20": two opposite bounds joined by
 * "and" describe one range. Kept apart when they cannot be one (the lower bound above the upper).
 */
export function joinBoundPairs(text: string, quantities: Quantity[], locale: Locale): Quantity[] {
  const joined: Quantity[] = [];
  for (let index = 0; index < quantities.length; index++) {
    const first = quantities[index] as Quantity;
    const second = quantities[index + 1];
    const pair = second ? boundPair(text, first, second, locale) : null;
    if (pair) {
      joined.push(pair);
      index++;
    } else {
      joined.push(first);
    }
  }
  return joined;
}

function boundPair(text: string, first: Quantity, second: Quantity, locale: Locale): Quantity | null {
  if (!first.bound || !second.bound || first.bound === second.bound) return null;
  if (!BOUND_PAIR_KINDS.has(first.kind) || !BOUND_PAIR_KINDS.has(second.kind)) return null;
  const qualifier = qualifierBefore(text, second.start, locale);
  const link = text.slice(first.end, qualifier?.start ?? first.end).replace(/^\s*,/, '').trim().toLowerCase();
  if (!qualifier || !BOUND_LINKS[locale].includes(link)) return null;
  const [lower, upper] = first.bound === 'min' ? [first, second] : [second, first];
  if (compareDecimal(lower.value, upper.value) > 0) return null;
  const range: Quantity = {
    text: text.slice(first.start, second.end),
    start: first.start,
    end: second.end,
    kind: 'range',
    value: lower.value,
    precision: compareDecimal(lower.precision, upper.precision) <= 0 ? lower.precision : upper.precision,
    approximate: first.approximate || second.approximate,
    low: lower.value,
    high: upper.value,
    format: first.format,
  };
  const unit = second.unit ?? first.unit;
  if (unit !== undefined) range.unit = unit;
  const multiplier = first.scale ?? second.scale;
  if (multiplier !== undefined) range.scale = multiplier;
  const currency = first.currency ?? second.currency;
  if (currency !== undefined) range.currency = currency;
  const malformed = first.malformed ?? second.malformed;
  if (malformed) range.malformed = malformed;
  return range;
}
