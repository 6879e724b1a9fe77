import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Brief, Figure, Sentence, TextBlock } from '../parse/types.js';
import { compareDecimal, subtractDecimal } from '../quantity/decimal.js';
import type { Locale } from '../quantity/types.js';
import { alternation, anyLanguage } from '../lexicon/index.js';
import { authorsSentences } from '../semantics/index.js';
import { perLocale } from '../parse/figures.js';
import { BETWEEN_WORDS as BETWEEN_PAIRS, byLanguage, literalAlternation, withEnglish } from '../lexicon/dates.js';

/** How the two ends of a range are joined: the joining word decides what a reversed pair means. */
type Join = 'dash' | 'slash' | 'between' | 'to';

/** "between" and its "and" in every language, from the lexicon: "tussen … en", "zwischen … und", "entre … et". */
const BETWEEN_WORDS = new RegExp(`^(?:${literalAlternation(BETWEEN_PAIRS.map(([open]) => open))})$`, 'iu');
const AND_WORDS = new RegExp(`\\s(?:${literalAlternation(BETWEEN_PAIRS.map(([, close]) => close))})\\s`, 'iu');
const TO_WORDS = /\s(?:to|through|thru|tot(?: en met)?|t\/m|bis|à)\s/iu;

/**
 * Words that make "from 2030 to 2025" or "2023-2022" a change between two values, not one span:
 * verbs of change ("cut", "daalde", "gesenkt", "passé", "brought forward") and nouns of comparison
 * ("change", "verschil", "Veränderung", "écart"). One list for every locale: briefs quote English.
 */
const CHANGE_WORDS = new RegExp(String.raw`(?<![\p{L}])${alternation(anyLanguage('change'))}(?![\p{L}])`, 'iu');

/** "between 60 and 30 days remaining": a countdown names its window from far to near. */
const COUNTDOWN_AFTER = /^(?:\s+[\p{L}]+){0,2}\s+(?:remaining|left|before|prior|to go|resterend|resteren|vóór|voor|verbleibend|vor|restants?|avant)(?![\p{L}])/iu;

/** "a 60-40 % split", "verhouding 70–30": shares of a whole, largest first, not a range. */
const SPLIT_WORDS = /(?<![\p{L}])(?:split|ratio|divide|divided|verhouding|verdeling|verdeeld|verhältnis|aufteilung|aufgeteilt|répartition|répartis?)(?![\p{L}])/iu;

/** How far after a pair its clause is read: the Dutch or German verb at a clause's end stands well within it. */
const AFTER_REACH = 300;

/** Arithmetic next to the pair: "$120,000 - $8,000 = $112,000", "($650-$86)/$650", "2,270%–2,231%) = …". */
const ARITHMETIC_NEAR = /[=×÷*+]|\\frac/u;

export default defineRule({
  meta: {
    id: 'range-order',
    description: 'A range must run from low to high ("2027–2028", "between 10 % and 20 %"), not backwards',
    category: 'number',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}),
    messages: {
      reversed: 'The range {range} runs backwards: {low} > {high}',
      reversedYears: 'The range {range} runs backwards: it ends in {high}, before it begins in {low} ({swapped}?)',
      reversedAmounts: 'The range {range} runs backwards: {low} is more than {high} ({swapped}?)',
    },
  },
  check(brief, { report }) {
    const columns = columnFacts(brief);
    for (const sentence of authorsSentences(brief)) {
      for (const figure of sentence.figures) {
        if (!isReversedRange(figure, brief.locale, columns.get(figure.block) ?? NO_COLUMN)) continue;
        report({ range: figure.range, ...messageFor(figure) });
      }
    }
  },
});

function messageFor(range: Figure): { messageId: string; data: Record<string, string> } {
  const ends = [...range.text.matchAll(NUMBER_AS_WRITTEN)];
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (first === undefined || last === undefined || first === last) return { messageId: 'reversed', data: { range: range.text, low: range.low!, high: range.high! } };
  const [low, high] = [first[0], last[0]];
  const swapped = range.text.slice(0, first.index) + high + range.text.slice(first.index + low.length, last.index) + low + range.text.slice(last.index + high.length);
  return { messageId: isYearRange(range) ? 'reversedYears' : 'reversedAmounts', data: { range: range.text, low, high, swapped } };
}

/** A number as written, group marks included ("20", "1,200", "2,5", "10 000"). */
const NUMBER_AS_WRITTEN = /\d(?:[\d.,'\u00A0\u202F]|\s(?=\d{3}(?!\d)))*\d|\d/gu;

/** Two plausible years (1800–2199), as the date reader reads them, with nothing that makes them amounts. */
const YEAR = /^(?:18|19|20|21)\d\d$/u;

function isYearRange(figure: Figure): boolean {
  return YEAR.test(figure.low!) && YEAR.test(figure.high!) && figure.currency === undefined && figure.unit === undefined && figure.scale === undefined;
}

function isReversedRange(figure: Figure, locale: Locale, column: ColumnFacts): boolean {
  if (figure.kind !== 'range' || figure.low === undefined || figure.high === undefined || figure.malformed) return false;
  const { low, high } = figure;
  if (compareDecimal(low, high) <= 0 || low.startsWith('-') || high.startsWith('-')) return false;
  const join = joinOf(figure);
  const text = figure.block.text;
  const before = text.slice(Math.max(figure.sentence.start, figure.start - 60), figure.start);
  // What follows in its sentence, as far as a clause reaches (the words read from it stand near the pair).
  const after = text.slice(figure.end, Math.min(figure.sentence.end, figure.end + AFTER_REACH));
  if (ARITHMETIC_NEAR.test(before.slice(-20)) || ARITHMETIC_NEAR.test(after.slice(0, 20))) return false;
  if (isDifferenceStated(figure)) return false;
  if (SPLIT_WORDS.test(before.slice(-30)) || SPLIT_WORDS.test(after.slice(0, 30))) return false;
  const year = isYearRange(figure);
  if (!year && COUNTDOWN_AFTER.test(after)) return false;
  // "may rise by between 15% and 10%": a change by a span is still a span; only a comparison
  // ("the difference between 2019 and 2018") names two values.
  if (join === 'between') return !COMPARISON_WORDS.test(before) && !COMPARISON_WORDS.test(column.header);
  if (changeAround(before, after, column.header, locale)) return false;
  // "2025/2024 accounts" compares two years; "Schuljahr 2014/2013" is one school year written backwards.
  if (year) return join !== 'slash' || isStraddlingYear(figure, before, locale);
  // "3-2", "215–214", "243-1", "12-3": scores, votes, reference and page numbers are written with
  // a dash too; money, a percentage, a scaled figure, a decimal or grouped figure ("0.9–0.5",
  // "9,000–6,500"), or a column of ranges say that a dash joins two amounts.
  if (join === 'dash') return (figure.currency !== undefined || figure.unit === '%' || figure.scale !== undefined || isWrittenAsAmount(figure) || column.ranges) && !isAbbreviated(low, high);
  // "X to Y": in Dutch, German and French ("36 tot 24", "36 bis 24", "9 000 à 6 500") the words of a
  // span; a change is written "van … naar", "von … auf", "passer de … à", with its verb (checked above).
  // In English "(8% to 6%)" is often a change without a verb: a span only after "range(s)", "vary".
  return locale !== 'en' || lastWords(before, 3).some((words) => SPAN_BEFORE.test(words));
}

/** "ranges from", "ranging", "estimated at": English words that make "X to Y" one span, as the last words before it. */
const SPAN_BEFORE = /^(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spans?|spanning|estimated at)(?: from)?$/iu;

/**
 * The last word before a figure, the last two, …, up to `count` words: matched whole by anchored
 * patterns (a pattern ending in `\s*$` backtracks on long runs of blanks).
 */
function lastWords(before: string, count: number): string[] {
  const words = before.slice(-60).trimEnd().split(/\s+/u);
  return Array.from({ length: Math.min(count, words.length) }, (_, index) => words.slice(-(index + 1)).join(' '));
}

/**
 * Nouns of comparison: "the difference between 2019 and 2018", "compared with", "Δ". A change verb
 * ("rise", "stijgen") does not make "between X and Y" two values: it changes by the span.
 */
const COMPARISON_WORDS =
  /(?<![\p{L}])(?:difference|compar(?:e|es|ed|ing|ison)|vs?\.?|versus|Δ|delta|verschil|vergeleken|vergelijking|ten opzichte|unterschied|differenz|verglichen|vergleich|gegenüber|écart|différence|compar(?:é|ée|aison)|par rapport)(?![\p{L}])/iu;

/** Both ends written with a decimal or a thousands mark ("0.9–0.5", "1,8–1,2", "9.000–6.500"): amounts, not scores or page numbers. */
function isWrittenAsAmount(range: Figure): boolean {
  const ends = [...range.text.matchAll(NUMBER_AS_WRITTEN)];
  return ends.length === 2 && ends.every((end) => /\d[.,'\u00A0\u202F ]\d/u.test(end[0]));
}

/** "Schuljahr 2014/2013", "fiscal year 2025/2024": a year that straddles two, named as such, one year apart. */
function isStraddlingYear(range: Figure, before: string, locale: Locale): boolean {
  const lowYear = Number(range.low);
  const highYear = Number(range.high);
  return lowYear - highYear === 1 && lastWords(before, 2).some((words) => straddlingNouns[locale].test(words));
}

const straddlingNouns = perLocale((locale) => new RegExp(`^(?:${literalAlternation(withEnglish(byLanguage('straddlingYear'), locale))})$`, 'iu'));

function joinOf(figure: Figure): Join {
  const opening = figure.block.text.slice(Math.max(0, figure.start - 12), figure.start).trim().split(/\s+/u).pop() ?? '';
  if (BETWEEN_WORDS.test(opening) || BETWEEN_WORDS.test(figure.text.split(/\s/u)[0] ?? '') || AND_WORDS.test(figure.text)) return 'between';
  if (TO_WORDS.test(figure.text)) return 'to';
  return /\d\s*\/\s*\d/u.test(figure.text) ? 'slash' : 'dash';
}

/** "€ 120–30 m" may be 120 to 130 m written short: a second end with fewer digits is not compared. */
function isAbbreviated(low: string, high: string): boolean {
  const digits = (value: string) => (value.split('.')[0] ?? '').length;
  return digits(high) < digits(low);
}

const NUMERIC_KINDS = new Set(['amount', 'percent', 'count', 'number']);

/** "$1,600 ($3,600-$2,000)": the sentence states the difference of the two ends, so the dash is a minus. */
function isDifferenceStated(range: Figure): boolean {
  const difference = subtractDecimal(range.low!, range.high!);
  return (valuesOf(range.sentence).get(Number(difference)) ?? []).some((value) => compareDecimal(value, difference) === 0);
}

/** A sentence's numeric values by their approximate number, built once per sentence (a sentence of many ranges stays linear). */
function valuesOf(sentence: Sentence): Map<number, string[]> {
  let values = sentenceValues.get(sentence);
  if (!values) {
    values = new Map();
    for (const other of sentence.figures) {
      if (!NUMERIC_KINDS.has(other.kind)) continue;
      const key = Number(other.value);
      const same = values.get(key);
      if (same) same.push(other.value);
      else values.set(key, [other.value]);
    }
    sentenceValues.set(sentence, values);
  }
  return values;
}

const sentenceValues = new WeakMap<Sentence, Map<number, string[]>>();

/**
 * "changing it from 2017 to 2016", "vervroegd van 2030 tot 2025": a change word before the pair in
 * its sentence or in the two words after it; Dutch and German put the verb last ("van 2030 tot 2025
 * verschoven"), so the rest of their clause counts too.
 * A column header that names a change ("Verschil", "Δ") counts for the cells below it.
 */
function changeAround(before: string, after: string, columnHeader: string, locale: Locale): boolean {
  if (CHANGE_WORDS.test(before) || CHANGE_WORDS.test(columnHeader)) return true;
  // "the 2019 to 2018 change": a noun right after the pair names what it is.
  if (CHANGE_WORDS.test(after.split(/\s+/u).slice(0, 3).join(' '))) return true;
  return (locale === 'nl' || locale === 'de') && CHANGE_WORDS.test(after.split(/[,;:.]/u)[0] ?? '');
}

/** What a body cell's column says about its figures: its header, and whether it is a column of ranges. */
interface ColumnFacts {
  header: string;
  /** At least two other cells of the column hold ranges, all running upwards ("300-500", "50-80"). */
  ranges: boolean;
}

const NO_COLUMN: ColumnFacts = { header: '', ranges: false };

function columnFacts(brief: Brief): Map<TextBlock, ColumnFacts> {
  const facts = new Map<TextBlock, ColumnFacts>();
  for (const table of brief.tables) {
    const columns = new Map<number, TextBlock[]>();
    for (const row of table.rows) {
      for (const cell of row) {
        const cells = columns.get(cell.column);
        if (cells) cells.push(cell);
        else columns.set(cell.column, [cell]);
      }
    }
    for (const [column, cells] of columns) {
      const header = table.header[column]?.text ?? '';
      const rangesIn = cells.map((cell) => cell.figures.filter((figure) => figure.kind === 'range' && figure.low !== undefined && figure.high !== undefined));
      const upwards = rangesIn.map((ranges) => ranges.some((range) => compareDecimal(range.low!, range.high!) < 0));
      const downwards = rangesIn.map((ranges) => ranges.some((range) => compareDecimal(range.low!, range.high!) > 0));
      const upwardCount = upwards.filter(Boolean).length;
      const downwardCount = downwards.filter(Boolean).length;
      cells.forEach((cell, index) => {
        // Counted without this cell: the others must run upwards, and only this one down.
        const others = upwardCount - (upwards[index] ? 1 : 0);
        facts.set(cell, { header, ranges: others >= 2 && downwardCount === 1 && downwards[index]! });
      });
    }
  }
  return facts;
}
