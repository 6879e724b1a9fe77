import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Brief, Figure, TextBlock } from '../parse/types.js';
import { compareDecimal, subtractDecimal } from '../quantity/decimal.js';
import type { Locale } from '../quantity/types.js';
import { alternation, anyLanguage } from '../lexicon/index.js';
import { authorsSentences } from '../semantics/index.js';

/** How the two ends of a range are joined: the joining word decides what a reversed pair means. */
type Join = 'dash' | 'slash' | 'between' | 'to';

const BETWEEN_WORDS = /^(?:between|tussen|zwischen|entre)$/iu;
const AND_WORDS = /\s(?:and|en|und|et)\s/iu;
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
  },
  check(brief, { report }) {
    const columnHeaders = columnHeaderTexts(brief);
    for (const sentence of authorsSentences(brief)) {
      for (const figure of sentence.figures) {
        if (!isReversedRange(figure, brief.locale, columnHeaders.get(figure.block) ?? '')) continue;
        report({ range: figure.range, message: messageFor(figure) });
      }
    }
  },
});

function messageFor(range: Figure): string {
  const ends = [...range.text.matchAll(NUMBER_AS_WRITTEN)];
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (first === undefined || last === undefined || first === last) return `The range ${range.text} runs backwards: ${range.low} > ${range.high}`;
  const [low, high] = [first[0], last[0]];
  const swapped = range.text.slice(0, first.index) + high + range.text.slice(first.index + low.length, last.index) + low + range.text.slice(last.index + high.length);
  const comparison = isYearRange(range) ? `it ends in ${high}, before it begins in ${low}` : `${low} is more than ${high}`;
  return `The range ${range.text} runs backwards: ${comparison} (${swapped}?)`;
}

/** A number as written, group marks included ("20", "1,200", "2,5", "10 000"). */
const NUMBER_AS_WRITTEN = /\d(?:[\d.,'\u00A0\u202F]|\s(?=\d{3}(?!\d)))*\d|\d/gu;

/** Two plausible years (1800–2199), as the date reader reads them, with nothing that makes them amounts. */
const YEAR = /^(?:18|19|20|21)\d\d$/u;

function isYearRange(figure: Figure): boolean {
  return YEAR.test(figure.low!) && YEAR.test(figure.high!) && figure.currency === undefined && figure.unit === undefined && figure.scale === undefined;
}

function isReversedRange(figure: Figure, locale: Locale, columnHeader = ''): boolean {
  if (figure.kind !== 'range' || figure.low === undefined || figure.high === undefined || figure.malformed) return false;
  const { low, high } = figure;
  if (compareDecimal(low, high) <= 0 || low.startsWith('-') || high.startsWith('-')) return false;
  const join = joinOf(figure);
  const text = figure.block.text;
  const before = text.slice(Math.max(figure.sentence.start, figure.start - 60), figure.start);
  const after = text.slice(figure.end, figure.sentence.end);
  if (ARITHMETIC_NEAR.test(before.slice(-20)) || ARITHMETIC_NEAR.test(after.slice(0, 20))) return false;
  if (isDifferenceStated(figure)) return false;
  if (changeAround(before, after, columnHeader, locale)) return false;
  if (SPLIT_WORDS.test(before.slice(-30)) || SPLIT_WORDS.test(after.slice(0, 30))) return false;
  if (isYearRange(figure)) return join !== 'slash';
  if (COUNTDOWN_AFTER.test(after)) return false;
  // "3-2", "215–214", "243-1", "12-3": scores, votes, reference and page numbers are written with
  // a dash too; only money, a percentage or a scaled figure says that a dash joins two amounts.
  if (join === 'dash') return (figure.currency !== undefined || figure.unit === '%' || figure.scale !== undefined) && !isAbbreviated(low, high);
  // "9.8% to 9.5%", "(8% to 6%)": a reversed "X to Y" is a change; "between X and Y" is a span.
  return join === 'between';
}

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
  return range.sentence.figures.some((other) => NUMERIC_KINDS.has(other.kind) && compareDecimal(other.value, difference) === 0);
}

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

/** The header text of each body cell's column. */
function columnHeaderTexts(brief: Brief): Map<TextBlock, string> {
  const headers = new Map<TextBlock, string>();
  for (const table of brief.tables) {
    for (const row of table.rows) {
      for (const cell of row) headers.set(cell, table.header[cell.column]?.text ?? '');
    }
  }
  return headers;
}
