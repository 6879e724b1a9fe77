/**
 * A share as a text states it: a percentage figure ("38 %", "12,5 procent"), or a fraction in words
 * ("two thirds", "one in five", "two in five", "een op de vier", "jede zehnte", "un jeune sur trois"),
 * with its qualifiers ("roughly half", "knapp zwei Drittel", "moins d'un quart"). Read here once, for
 * share claims (share.ts) and breakdowns (breakdown.ts) alike.
 */
import { intervalOf, type Interval, type Slack } from '../../arith/interval.js';
import { WORD_END, WORD_START } from '../../lexicon/index.js';
import { FRACTION_WORDS } from '../../lexicon/fractions.js';
import { dateWords, literalAlternation } from '../../lexicon/dates.js';
import type { Figure, Range, Sentence, TextBlock } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import { qualifierBefore } from '../../quantity/qualifiers.js';
import type { Locale } from '../../quantity/types.js';
import { qualifiedStart } from '../figures.js';
import { memoByLocale } from '../memo.js';

/** A percentage that can be a share of a whole: "%", not "pp", not negative, read cleanly. */
export function isShareFigure(figure: Figure): boolean {
  return figure.kind === 'percent' && figure.unit === '%' && !figure.malformed && !figure.value.startsWith('-');
}

/** A share as stated: a percentage figure, or a fraction in words. */
export interface ShareValue {
  text: string;
  /** Offsets in the block's text (qualifier words excluded), and the source range. */
  start: number;
  end: number;
  /** Where the qualifier words ("roughly", "ruim") start. */
  qualifiedStart: number;
  range: Range;
  block: TextBlock;
  figure?: Figure;
  fraction?: { numerator: number; denominator: number; approximate: boolean; bound?: 'min' | 'max' };
}

export function percentShare(figure: Figure, locale: Locale): ShareValue {
  return { text: figure.text, start: figure.start, end: figure.end, qualifiedStart: qualifiedStart(figure, locale), range: figure.range, block: figure.block, figure };
}

const fractionWords = (locale: Locale): string => {
  const words = FRACTION_WORDS[locale];
  const fixed = words.fixed.map(([pattern]) => `(${pattern})`);
  const oneIn = words.oneIn.map((pattern) => `(?:${pattern})`);
  const someIn = words.someIn.map((pattern) => `(?:${pattern})`);
  return [...fixed, ...oneIn, ...someIn].join('|');
};
const FRACTION_PATTERNS = perLocale((locale) => new RegExp(`${WORD_START}(?:${fractionWords(locale)})${WORD_END}`, 'giu'));
/**
 * The words alone, without their boundaries: most sentences hold no fraction word, and a pattern that
 * opens with a look-behind is tried at every character (on the corpus the gate is three times faster).
 */
const FRACTION_GATES = perLocale((locale) => new RegExp(fractionWords(locale), 'iu'));

/** "the first quarter", "het tweede kwartaal", "im dritten Viertel", "le premier semestre": the sentence counts periods. */
const PERIOD_ORDINAL = perLocale((locale) => {
  const words = dateWords(locale);
  return new RegExp(String.raw`${WORD_START}(?:${literalAlternation(words.ordinal.map(([word]) => word))})\s+(?:${literalAlternation(words.periodNoun.map(([word]) => word))})${WORD_END}`, 'iu');
});

/** Fractions in words in a sentence, with their qualifiers ("roughly half", "moins d'un quart"). */
export function fractionsIn(sentence: Sentence, locale: Locale): ShareValue[] {
  const block = sentence.block;
  const text = sentence.text;
  const words = FRACTION_WORDS[locale];
  const found: ShareValue[] = [];
  if (!FRACTION_GATES[locale].test(text)) return found;
  const pattern = FRACTION_PATTERNS[locale];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    let numerator = 1;
    let denominator = 0;
    const fixedIndex = words.fixed.findIndex((_, index) => match[index + 1] !== undefined);
    if (fixedIndex >= 0) [, numerator, denominator] = words.fixed[fixedIndex]!;
    else {
      const number = (raw: string | undefined): number => (raw === undefined ? 0 : /^\d+$/u.test(raw) ? Number(raw) : (words.numbers[raw.toLowerCase()] ?? 0));
      const oneIn = match.slice(words.fixed.length + 1, words.fixed.length + 1 + words.oneIn.length).find((group) => group !== undefined);
      if (oneIn !== undefined) denominator = number(oneIn);
      else {
        // "two in five": the first defined pair of groups after the "one in N" forms.
        const pairs = match.slice(words.fixed.length + 1 + words.oneIn.length);
        const at = pairs.findIndex((group) => group !== undefined);
        [numerator, denominator] = [number(pairs[at]), number(pairs[at + 1])];
        if (numerator < 2 || numerator >= denominator) continue;
      }
    }
    if (denominator < 2) continue;
    // "the first quarter … the remaining three quarters": quarters and halves of a year, not shares.
    if ((denominator === 2 || denominator === 4) && PERIOD_ORDINAL[locale].test(text)) continue;
    // "half an epoch", "half a million": a fraction of what follows, not a share.
    if (/^\s+(?:a|an|een|ein|eine|einer|un|une)(?![\p{L}])/iu.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    const qualifier = qualifierBefore(block.text, start, locale);
    const elided = /(?:moins|plus|près) d['’]\s*$/iu.exec(block.text.slice(Math.max(0, start - 12), start));
    let approximate = qualifier?.approximate ?? false;
    let bound = qualifier?.bound;
    let from = qualifier?.start ?? start;
    if (elided) {
      from = start - elided[0].length;
      if (/^moins/iu.test(elided[0])) bound = 'max';
      else if (/^plus/iu.test(elided[0])) bound = 'min';
      else approximate = true;
    }
    const fraction = { numerator, denominator, approximate, ...(bound ? { bound } : {}) };
    const range = block.sourceRange ? block.sourceRange(start, end) : { start: block.sourceOffset(start), end: block.sourceOffset(end) };
    found.push({ text: match[0], start, end, qualifiedStart: from, range, block, fraction });
  }
  return found;
}

/** The shares of a sentence in text order: percentages, and fractions in words unless a percentage follows in brackets. */
// Read once per sentence and locale: share claims, breakdowns and stated rests all ask.
export const sharesIn: (sentence: Sentence, locale: Locale) => ShareValue[] = memoByLocale((sentence: Sentence, locale: Locale) => readShares(sentence, locale));

function readShares(sentence: Sentence, locale: Locale): ShareValue[] {
  const percents = sentence.figures.filter(isShareFigure).map((figure) => percentShare(figure, locale));
  const text = sentence.block.text;
  const fractions = fractionsIn(sentence, locale).filter(
    (fraction) => !percents.some((percent) => percent.start >= fraction.end && /^\s*\(\s*$/u.test(text.slice(fraction.end, percent.qualifiedStart))),
  );
  return [...percents, ...fractions].sort((a, b) => a.start - b.start);
}


/** A fraction in words as a percentage, to four decimals ("a third" is 33.3333). */
export function fractionPercent(fraction: NonNullable<ShareValue['fraction']>): string {
  return ((100 * fraction.numerator) / fraction.denominator).toFixed(4);
}

/**
 * The percentages a fraction in words may stand for: a writer says "a third" for 32 to 34 %, "roughly
 * half" or "knapp zwei Drittel" for anything the approximate slack allows (close to the fraction even
 * with "just over" or "nearly"), "more than half" for anything above it.
 */
export function fractionInterval(fraction: NonNullable<ShareValue['fraction']>, slack: Slack): Interval {
  const bound = fraction.bound && !fraction.approximate ? { bound: fraction.bound } : {};
  return intervalOf({ value: fractionPercent(fraction), precision: '2', approximate: fraction.approximate, ...bound }, slack);
}
