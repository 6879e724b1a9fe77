/**
 * Which locale a document writes its figures in, by a vote of the figures that only one convention
 * can read ("1.234.567", "1,5", "12,5 %" vote for a decimal comma; "1,234.5", "2.5" for English),
 * with scale words and a few function words to tell Dutch, German and French apart.
 */
import { matchCurrencyAfter, matchCurrencyBefore, matchPercent, matchScale } from './affixes.js';
import { isDigit, isWordChar, skipBlanks } from './chars.js';
import { interpretToken, readDigitToken, type DigitToken } from './numeral.js';
import type { Locale } from './types.js';

type Convention = 'point' | 'comma' | 'commaWithSpaces';

/** The convention a token's separators prove, if any. */
function conventionOf(token: DigitToken): Convention | undefined {
  const marks = token.separators.filter((mark) => mark === ',' || mark === '.');
  if (marks.length === 0) return undefined;
  const spaced = marks.length < token.separators.length;
  const last = marks[marks.length - 1] as string;
  const lastGroup = token.groups[token.groups.length - 1] as string;
  const decimalComma: Convention = spaced ? 'commaWithSpaces' : 'comma';
  if (new Set(marks).size === 2) return last === ',' ? decimalComma : 'point';
  if (marks.length >= 2) {
    // "0.586.257" is an identifier: no grouped number starts with a lone zero.
    if (token.groups[0] === '0') return undefined;
    const cleanGroups = token.groups.slice(1).every((group) => group.length === 3);
    if (!cleanGroups) return undefined;
    return last === '.' ? 'comma' : 'point';
  }
  if (spaced) return last === ',' ? 'commaWithSpaces' : 'point';
  const first = token.groups[0] as string;
  const cannotGroup = lastGroup.length <= 2 || (lastGroup.length === 3 && first.startsWith('0') && first.length === 1);
  if (!cannotGroup) return undefined;
  return last === ',' ? 'comma' : 'point';
}

const WORD_HINTS: ReadonlyArray<[RegExp, Locale]> = [
  [/\b(?:miljard|miljarden|miljoen|miljoenen|mld|mln|procent)\b/g, 'nl'],
  [/\b(?:Mrd|Mio|Milliarden?|Millionen|Tsd|Prozent)\b/g, 'de'],
  [/\b(?:milliards?|millions? d|pour cent)\b|d['’]euros/g, 'fr'],
  [/\b(?:bn|billion|per cent|percent)\b/g, 'en'],
];

const FUNCTION_WORDS: ReadonlyArray<[RegExp, Locale]> = [
  [/\b(?:het|een|van|niet|zijn|wordt)\b/g, 'nl'],
  [/\b(?:und|der|nicht|ist|mit|werden)\b/g, 'de'],
  [/\b(?:les|et|est|une|pour|dans)\b/g, 'fr'],
  [/\b(?:the|and|of|is|with|for)\b/g, 'en'],
];

/** The language of the prose, whatever its figures say: scale and function words, any case ("Het", "Der"). */
const SPOKEN_WORDS: ReadonlyArray<[RegExp, Locale]> = [...WORD_HINTS, ...FUNCTION_WORDS].map(([pattern, locale]) => [new RegExp(pattern.source, 'gi'), locale]);

type WordTable = ReadonlyArray<[RegExp, Locale]>;

/**
 * What one text tells the vote: the conventions its figures prove, and (read when first asked) how
 * often each word table's patterns match it. A vote is the sum of its texts'.
 */
export interface TextVote {
  figures: Readonly<Record<Convention, number>>;
  words: Map<WordTable, ReadonlyMap<Locale, number>>;
}

/**
 * Keeps each text's TextVote from one vote to the next (the language server votes again at every
 * keystroke, over texts all but one of which are unchanged): given a text and how to read it, the
 * kept reading or a new one.
 */
export type TextVoteCache = (text: string, read: () => TextVote) => TextVote;

function readTextVote(text: string): TextVote {
  const figures: Record<Convention, number> = { point: 0, comma: 0, commaWithSpaces: 0 };
  voteFigures(text, figures);
  return { figures, words: new Map() };
}

function wordsIn(vote: TextVote, text: string, table: WordTable): ReadonlyMap<Locale, number> {
  let counts = vote.words.get(table);
  if (!counts) {
    const found = new Map<Locale, number>();
    for (const [pattern, locale] of table) found.set(locale, (found.get(locale) ?? 0) + (text.match(pattern)?.length ?? 0));
    vote.words.set(table, (counts = found));
  }
  return counts;
}

function tally(texts: ReadonlyArray<{ text: string; vote: TextVote }>, table: WordTable): Map<Locale, number> {
  const counts = new Map<Locale, number>();
  for (const [, locale] of table) counts.set(locale, 0);
  for (const { text, vote } of texts) for (const [locale, count] of wordsIn(vote, text, table)) counts.set(locale, counts.get(locale)! + count);
  return counts;
}

function best(counts: Map<Locale, number>, among: readonly Locale[]): Locale | undefined {
  let winner: Locale | undefined;
  let most = 0;
  for (const locale of among) {
    const count = counts.get(locale) ?? 0;
    if (count > most) {
      winner = locale;
      most = count;
    }
  }
  return winner;
}

/** Each figure that proves a convention, counted in one text. */
function voteFigures(text: string, votes: Record<Convention, number>): void {
  let pos = 0;
  while (pos < text.length) {
    if (!isDigit(text[pos]) || isWordChar(text[pos - 1])) {
      pos++;
      continue;
    }
    const token = readDigitToken(text, pos, text.length);
    const glued = isWordChar(text[token.end]) && matchScale(text, token.end, 'en', false, text.length) === null;
    const convention = glued
      ? undefined
      : ((isTrustworthy(text, token) && !isInDoubt(text, token) ? conventionOf(token) : undefined) ?? thousandsGrouping(text, token));
    if (convention) votes[convention]++;
    pos = Math.max(token.end, pos + 1);
  }
}

/**
 * A figure whose value is in doubt in either convention ("$1,50": $1.50, or $1,500 missing a digit;
 * "450,00": a thousands group gone wrong) proves neither: it does not vote, so it cannot tip a brief
 * into reading (and fixing) its sound figures another way.
 */
function isInDoubt(text: string, token: DigitToken): boolean {
  // A percentage keeps its decimal reading ("3.75 %" is no 3,750 per cent: see extract.ts).
  const percent = matchPercent(text, token.end, text.length) !== null;
  return (['en', 'nl'] as const).some((locale) => {
    const numeral = interpretToken(token, locale);
    const malformed = 'malformed' in numeral ? numeral.malformed : undefined;
    return malformed !== undefined && (malformed.kind === 'grouping' || malformed.kind === 'mixed' || (!percent && malformed.readings.length > 1));
  });
}

/**
 * Money is written with two decimals or none, so one mark followed by exactly three digits on an
 * amount ("€ 88.270", "$1,500"), or by "000" anywhere, groups thousands: it votes for the
 * convention that groups with that mark.
 */
function thousandsGrouping(text: string, token: DigitToken): Convention | undefined {
  if (token.separators.length !== 1 || token.groups[1]?.length !== 3) return undefined;
  // Nobody writes ninety to three decimals as "90,000": a round thousand groups, with or without money.
  if (token.groups[1] !== '000' && !isMoney(text, token)) return undefined;
  if (token.separators[0] === '.') return 'comma';
  if (token.separators[0] === ',') return 'point';
  return undefined;
}

function isMoney(text: string, token: DigitToken): boolean {
  const before = text.slice(Math.max(0, token.start - 2), token.start).trim();
  if (before !== '' && matchCurrencyBefore(before, before.length - 1) !== null) return true;
  return matchCurrencyAfter(text, skipBlanks(text, token.end), text.length) !== null;
}

/**
 * A lone mark with one or two digits after it ("3.5", "2,1") is as often a section or clause number
 * as a decimal: it votes only when money, a scale word or a percent sign shows it is a figure.
 */
function isTrustworthy(text: string, token: DigitToken): boolean {
  const marks = token.separators.filter((mark) => mark === ',' || mark === '.');
  if (marks.length !== 1 || marks.length !== token.separators.length) return true;
  return (
    isMoney(text, token) ||
    matchPercent(text, token.end, text.length) !== null ||
    matchScale(text, token.end, 'en', true, text.length) !== null
  );
}

/** One voter: a paragraph, a list item, or a whole table (its cells share one vote). */
export type VotingUnit = string | readonly string[];

export interface LocaleVote {
  /** The locale the vote chose; undefined without any evidence. */
  locale?: Locale;
  /**
   * Whether the figures decided by a clear majority of voters (paragraphs, list items, tables): at
   * least two for the winner, and three times as many as for the other convention.
   */
  clear: boolean;
  /**
   * Every locale the vote could not rule out, its winner first: a brief whose figures disagree, or
   * whose figures decide nothing, may be in either convention (see the fixer).
   */
  candidates: Locale[];
  /** Voters (units) and single figures for the English convention and for a decimal comma. */
  units: { point: number; comma: number };
  figures: { point: number; comma: number };
}

/**
 * The locale a document's figures vote for. Each unit votes once, for the convention most of its
 * deciding figures prove, so one table written the other way ("5,75 %", "10,5 %" in an English
 * brief) is one voice against every paragraph, not one per cell; a tie between units goes to the
 * figures, then to the words.
 */
export function voteLocale(units: readonly VotingUnit[], cache?: TextVoteCache): LocaleVote {
  const read = (text: string) => ({ text, vote: cache ? cache(text, () => readTextVote(text)) : readTextVote(text) });
  const voters = units.map((unit) => (typeof unit === 'string' ? [read(unit)] : unit.map(read)));
  const texts = voters.flat();
  const unitVotes = { point: 0, comma: 0 };
  const figureVotes: Record<Convention, number> = { point: 0, comma: 0, commaWithSpaces: 0 };
  for (const unit of voters) {
    const votes: Record<Convention, number> = { point: 0, comma: 0, commaWithSpaces: 0 };
    for (const { vote } of unit) for (const convention of ['point', 'comma', 'commaWithSpaces'] as const) votes[convention] += vote.figures[convention];
    const comma = votes.comma + votes.commaWithSpaces;
    if (votes.point > comma) unitVotes.point++;
    else if (comma > votes.point) unitVotes.comma++;
    for (const convention of ['point', 'comma', 'commaWithSpaces'] as const) figureVotes[convention] += votes[convention];
  }
  // Prose clearly in one language is a voice of its own, worth more than one paragraph: a German
  // statute whose only deciding figure lost a digit ("4.00 Euro", "500.00 Euro") is still German,
  // and one table of "5,75 %" does not make an English brief's locale unclear. A figure in doubt must
  // not decide the vote that judges it.
  const language = clearLanguage(texts);
  if (language !== undefined) unitVotes[language === 'en' ? 'point' : 'comma'] += LANGUAGE_WEIGHT;
  const figures = { point: figureVotes.point, comma: figureVotes.comma + figureVotes.commaWithSpaces };
  const continental = (): Locale =>
    best(tally(texts, WORD_HINTS), CONTINENTAL) ?? best(tally(texts, FUNCTION_WORDS), CONTINENTAL) ?? (figureVotes.commaWithSpaces > figureVotes.comma ? 'fr' : 'nl');
  const winner = unitVotes.point !== unitVotes.comma ? (unitVotes.point > unitVotes.comma ? 'point' : 'comma') : figures.point !== figures.comma ? (figures.point > figures.comma ? 'point' : 'comma') : undefined;
  const vote = { units: unitVotes, figures };
  if (winner === undefined) {
    // No figure decides: the language does (a Dutch law with only whole numbers is still Dutch);
    // without words either, nothing is ruled out.
    const all: Locale[] = ['nl', 'de', 'fr', 'en'];
    const locale = best(tally(texts, WORD_HINTS), all) ?? best(tally(texts, FUNCTION_WORDS), all);
    return locale ? { locale, clear: false, candidates: [locale], ...vote } : { clear: false, candidates: ['en', continental()], ...vote };
  }
  const locale: Locale = winner === 'point' ? 'en' : continental();
  const [won, lost] = winner === 'point' ? [unitVotes.point, unitVotes.comma] : [unitVotes.comma, unitVotes.point];
  const clear = won >= 2 && lost * 3 <= won;
  const otherFigures = winner === 'point' ? figures.comma : figures.point;
  const other: Locale = winner === 'point' ? continental() : 'en';
  // Prose in a language that writes figures the other way keeps that reading open, however clear the
  // figures: a Dutch brief's "1,000 mld." may be one milliard to its readers (issue 19: the fixer must
  // not rewrite "1 000 mld." as "1,000 mld." there).
  const all: Locale[] = ['nl', 'de', 'fr', 'en'];
  const spoken = best(tally(texts, SPOKEN_WORDS), all);
  const spokenOther = spoken !== undefined && (spoken === 'en') !== (locale === 'en') ? spoken : undefined;
  const candidates: Locale[] = clear || otherFigures === 0 ? [locale] : [locale, other];
  if (spokenOther !== undefined && !candidates.some((candidate) => (candidate === 'en') === (spokenOther === 'en'))) candidates.push(spokenOther);
  return { locale, clear, candidates, ...vote };
}

const CONTINENTAL: readonly Locale[] = ['nl', 'de', 'fr'];

/** How many voters a clear language counts as: it outweighs one paragraph or table written the other way, three to one. */
const LANGUAGE_WEIGHT = 3;
/** Function words a text needs before its language counts, and how far its language must lead the next. */
const LANGUAGE_MIN_WORDS = 12;
const LANGUAGE_LEAD = 4;

/** The language the prose is clearly written in (its function and scale words), if one leads every other by far. */
function clearLanguage(texts: ReadonlyArray<{ text: string; vote: TextVote }>): Locale | undefined {
  const counts = tally(texts, SPOKEN_WORDS);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < LANGUAGE_MIN_WORDS || (second && second[1] * LANGUAGE_LEAD > first[1])) return undefined;
  return first[0];
}

/** The locale the unambiguous figures of a document vote for; undefined without evidence. */
export function detectLocale(texts: readonly VotingUnit[]): Locale | undefined {
  return voteLocale(texts).locale;
}
