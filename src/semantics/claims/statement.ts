/**
 * Statement claims: a figure stated as a fact about a subject — what it measures (a currency, a
 * counted noun, a percentage), the words that name what it is a figure of, the period it holds for,
 * and the qualifiers that make it one measure among several ("gross", "planned", "target"). Two
 * statements of one subject, measure and period are a restatement: their values must agree
 * (`conflicting-figures` judges that across the whole brief).
 *
 * Read once per sentence, from the figure's clause (widened to its sentence, or a list item's label,
 * when the clause names nothing). A figure whose clause says it is one state among several
 * ("initially", "raised to", "if", "than") makes no statement.
 */
import { conceptPattern, wordsFor } from '../../lexicon/index.js';
import type { Figure, Sentence } from '../../parse/types.js';
import { unitLemma } from '../../quantity/nouns.js';
import type { Locale } from '../../quantity/types.js';
import { clauseAround, figuresWithin } from '../clauses.js';
import { qualifiedStart } from '../figures.js';
import { isTimeFigure, yearsOf } from '../period.js';
import { isQuoted } from '../quotes.js';
import { sameUnit, sameWord, unitSymbolAfter } from '../units.js';

export interface Statement {
  figure: Figure;
  /** What the value measures: a currency code, '%', 'count' (see `noun`) or 'number' (a bare figure). */
  measure: string;
  /** The counted noun of a count, or the word right after a bare number ("fte", "GW"); '' when none. */
  noun: string;
  /** The years the statement holds for, sorted and joined ("2026 2027"): statements are bucketed by it. */
  period: string;
  /** The stretches of time named (ISO start..end): "March 2024" and "September 2024" are two periods. */
  spans: readonly { start: string; end: string }[];
  /** Content words naming the subject, lower-cased and lemmatised ("transfer", "fund"). */
  words: readonly string[];
  /** Content words of the figure's noun phrase: its clause up to a few words past it ("Critics note that the €3.5 billion approved for the corridors"). */
  phraseWords: readonly string[];
  /** What narrows a count's noun down right after it ("of the euro area", "involved", "de l'expérimentation"), as content words. */
  complement: readonly string[];
  /** Capitalised names anywhere in the sentence ("Children in Scotland: 24% lived …"). */
  sentenceNames: readonly string[];
  /** Capitalised names in the clause past its first word ("Scotland", "Ceredigion"); none in German, where every noun is capitalised. */
  names: readonly string[];
  /** Lower-cased qualifiers that make this one measure among several ("net", "target", "additional"). */
  stages: string;
  /** The words where the other statement's names are looked for: sentence and headings. */
  context: string;
  /** The figure refers back to something already named: a definite determiner right before it ("the 430 additional places", "Les 23 établissements"). */
  definite: boolean;
  /** The figure stands after a label in a list item ("Households in temporary accommodation, 31 March 2024: 117,450"). */
  label: boolean;
  /** The clause as quoted in messages ("In 2026-27 the transfer fund is worth £2.4bn"). */
  quote: string;
}

/**
 * What right after the noun phrase narrows it down: whom or what it is for or of ("… allowance for
 * single parents", "the 20 Member States of the euro area"), a relative clause ("… that signed") or
 * a participle ("… involved", "… taking part").
 */
export const COMPLEMENT =
  /^\s+(?:(?:for|to|in|on|at|of|from|under|within|that|which|who|whose|where|uit|aus|voor|aan|naar|bij|onder|van|die|dat|waar|für|an|bei|unter|zur|zum|von|der|des|welche[rs]?|pour|à|au|aux|en|dans|chez|de|du|des|qui|que|dont|où)\s+(?:[\p{L}][\p{L}\p{N}'’-]*\s*){1,4}|\p{Ll}[\p{L}-]*(?:ing|ed)(?![\p{L}]))/iu;

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;
const QUOTE_LENGTH = 90;

/** The statements one sentence makes, in order. */
export function statementsIn(sentence: Sentence, locale: Locale): Statement[] {
  const found: Statement[] = [];
  // The sentence's dates, read once: a figure whose clause names none takes the sentence's.
  const times = sentence.figures.filter((other) => isTimeFigure(other) && other.interval);
  for (const [index, figure] of sentence.figures.entries()) {
    const statement = statementOf(figure, index, sentence, times, locale);
    if (statement) found.push(statement);
  }
  return found;
}

/** What a figure measures, or undefined for a figure that states no comparable quantity. */
function measureOf(figure: Figure, locale: Locale): { measure: string; noun: string } | undefined {
  // A bound ("at most four", "more than 40,000") is a limit or a floor, not a value to restate.
  if (figure.malformed || isTimeFigure(figure) || figure.low !== undefined || figure.bound) return undefined;
  if (figure.kind === 'amount' && figure.currency) return { measure: figure.currency, noun: '' };
  if (figure.kind === 'percent' && figure.unit === '%') return { measure: '%', noun: '' };
  if (/^(?:1[89]|20)\d\d$/u.test(figure.text)) return undefined;
  if (figure.kind === 'count' && figure.unit) return { measure: 'count', noun: unitLemma(figure.unit, locale) };
  const symbol = unitSymbolAfter(figure);
  if (figure.kind === 'number' && symbol) return { measure: 'number', noun: symbol };
  if (figure.kind === 'number' && !figure.unit && !figure.currency && Number(figure.value) >= 100) {
    const next = /^[\s\u00A0\u202F]*([\p{L}][\p{L}\p{N}-]*)/u.exec(figure.block.text.slice(figure.end, figure.end + 30))?.[1] ?? '';
    const noun = next && !isFunctionWord(next, locale) && !conceptPattern(locale, 'timeWord').test(next) ? unitLemma(next, locale) : '';
    return { measure: 'number', noun };
  }
  return undefined;
}

function statementOf(figure: Figure, index: number, sentence: Sentence, sentenceTimes: readonly Figure[], locale: Locale): Statement | undefined {
  if (figure.context !== 'prose' && figure.context !== 'listItem') return undefined;
  if (isQuoted(figure)) return undefined;
  const measured = measureOf(figure, locale);
  if (!measured) return undefined;
  const text = sentence.block.text;
  const start = qualifiedStart(figure, locale);
  let clause = clauseAround(sentence, sentence.start, start, figure.end);
  let words = contentWords(masked(sentence, clause.start, clause.end), locale);
  // "Households in temporary accommodation, 31 March 2024: 117,450": the clause names nothing, its sentence does.
  if (words.length < 2) {
    clause = { start: Math.max(sentence.start, start - 240), end: Math.min(sentence.end, figure.end + 240) };
    words = contentWords(masked(sentence, clause.start, clause.end), locale);
  }
  if (words.length < 2) return undefined;
  const clauseText = text.slice(clause.start, clause.end);
  // "Initially, …", "raised to": from the sentence's start to the figure's clause, up to the next
  // figure's qualifier ("fewer than 2,000" qualifies that figure, not this one).
  const next = sentence.figures[index + 1];
  const leadEnd = Math.min(clause.end, next ? qualifiedStart(next, locale) : clause.end);
  const lead = text.slice(Math.max(sentence.start, start - 240), Math.max(leadEnd, figure.end));
  if (conceptPattern(locale, 'unsettled').test(lead)) return undefined;
  // The time named between this figure's neighbours: "the 430 places starting in August 2025 will
  // translate into around 300 GPs by 2028" gives the places August 2025 and the GPs 2028.
  const previous = neighbour(sentence.figures, index, -1);
  const following = neighbour(sentence.figures, index, 1);
  const segment = {
    start: Math.max(clause.start, previous ? previous.end : clause.start),
    end: Math.min(clause.end, following ? qualifiedStart(following, locale) : clause.end),
  };
  const time = timeOf(figure, sentence, segment, sentenceTimes) ?? timeOf(figure, sentence, clause, sentenceTimes) ?? { period: '', spans: [] };
  // Qualifiers and names are read in the noun phrase: the clause up to a few words past the figure
  // ("the €3.5 billion approved for the corridors"), not the rest of a long sentence.
  const phraseEnd = figure.end + (/^(?:[\s\u00A0\u202F]*[^\s]+){0,4}/u.exec(text.slice(figure.end, clause.end))?.[0].length ?? 0);
  const phrase = masked(sentence, clause.start, Math.min(clause.end, phraseEnd));
  // A count's qualifiers stand in its noun phrase and right after it ("the 430 additional places",
  // "45 apps per category"); "the fund received 1,240 applicants" receives no applicants of another kind.
  const nounEnd = figure.unit ? text.indexOf(figure.unit, figure.end) : -1;
  const qualified =
    measured.measure === 'count' && nounEnd >= 0 && nounEnd - figure.end <= 40
      ? text.slice(figure.start, nounEnd + figure.unit!.length)
      : phrase;
  const stages = [...qualified.matchAll(stagePattern(locale))].map((match) => fold(match[0]));
  const afterNoun = nounEnd >= 0 ? text.slice(nounEnd + figure.unit!.length, clause.end) : '';
  if ((['rate', 'distributive', 'perPeriod'] as const).some((concept) => conceptPattern(locale, concept, 'start').test(afterNoun))) stages.push('per');
  stages.sort();
  const first = /[\p{L}][\p{L}\p{N}'’-]*/u.exec(clauseText)?.[0];
  const namesIn = (stretch: string, firstWord: string | undefined): string[] =>
    locale === 'de'
      ? []
      : (stretch.match(WORD) ?? []).filter(
          (word) => /^\p{Lu}/u.test(word) && word !== firstWord && !isFunctionWord(word, locale) && !conceptPattern(locale, 'timeWord').test(word),
        );
  const names = namesIn(phrase, first);
  const bounded = masked(sentence, Math.max(sentence.start, start - 240), Math.min(sentence.end, figure.end + 240));
  const sentenceNames = namesIn(bounded, /[\p{L}][\p{L}\p{N}'’-]*/u.exec(sentence.text)?.[0]);
  return {
    figure,
    ...measured,
    ...time,
    words,
    sentenceNames,
    phraseWords: contentWords(phrase, locale),
    complement: complementOf(figure, clause.end, locale),
    names,
    stages: [...new Set(stages)].join(' '),
    context: [sentence.text, ...sentence.block.headingPath].join('\n'),
    definite: definitePattern(locale).test(text.slice(Math.max(sentence.start, start - 40), start)),
    label: figure.context === 'listItem' && /:\s*$/u.test(text.slice(Math.max(sentence.start, start - 4), start)),
    quote: quoteOf(clauseText, figure.start - clause.start),
  };
}

/** The content words of what follows a count's noun and narrows it ("the 12 Member States involved"). */
function complementOf(figure: Figure, end: number, locale: Locale): string[] {
  if (!figure.unit) return [];
  const after = figure.block.text.slice(figure.end, Math.min(end, figure.end + 120));
  const at = after.indexOf(figure.unit);
  if (at < 0 || at > 40) return [];
  const complement = COMPLEMENT.exec(after.slice(at + figure.unit.length))?.[0] ?? '';
  return contentWords(complement, locale);
}

/** How many dates a sentence may name for its figures to take them as their period. */
const MAX_DATES = 8;

/** The nearest figure before (step -1) or after (+1) that is no date, within a few figures. */
function neighbour(figures: readonly Figure[], index: number, step: 1 | -1): Figure | undefined {
  for (let at = index + step, seen = 0; at >= 0 && at < figures.length && seen < MAX_DATES; at += step, seen++) {
    if (!isTimeFigure(figures[at]!)) return figures[at];
  }
  return undefined;
}

/** The sentence's text between two offsets, with every figure blanked out ("€ 2.4bn", "2026-27" name no subject). */
function masked(sentence: Sentence, start: number, end: number): string {
  const text = sentence.block.text;
  let out = '';
  let at = start;
  for (const figure of figuresWithin(sentence, start, end)) {
    out += text.slice(at, figure.start) + ' ';
    at = figure.end;
  }
  return out + text.slice(at, end);
}

/** The years and stretches of time a statement holds for: its clause's dates, else its sentence's, else its heading's years. */
function timeOf(
  figure: Figure,
  sentence: Sentence,
  within: { start: number; end: number },
  sentenceTimes: readonly Figure[],
): Pick<Statement, 'period' | 'spans'> | undefined {
  const timed = (figures: readonly Figure[]): Figure[] => figures.filter((other) => other !== figure && isTimeFigure(other) && other.interval);
  let times = timed(figuresWithin(sentence, within.start, within.end));
  // A sentence naming many dates names no one period for its figures.
  if (times.length === 0 && sentenceTimes.length <= MAX_DATES) times = timed(sentenceTimes);
  if (times.length > 0) {
    const years = new Set(times.flatMap((time) => yearsOf(time)));
    return { period: [...years].sort().join(' '), spans: times.map((time) => time.interval!) };
  }
  const heading = sentence.block.headingPath.at(-1) ?? '';
  const years = [...new Set(heading.match(YEAR) ?? [])].sort();
  if (years.length === 0) return undefined;
  return { period: years.join(' '), spans: years.map((year) => ({ start: `${year}-01-01`, end: `${year}-12-31` })) };
}

/** The clause as quoted, shortened around the figure to a readable length. */
function quoteOf(clause: string, at: number): string {
  const flat = clause.replace(/\s+/gu, ' ').trim();
  if (flat.length <= QUOTE_LENGTH) return flat;
  const from = Math.max(0, Math.min(at - QUOTE_LENGTH / 2, flat.length - QUOTE_LENGTH));
  const cut = flat.slice(from, from + QUOTE_LENGTH).trim();
  return `${from > 0 ? '…' : ''}${cut}${from + QUOTE_LENGTH < flat.length ? '…' : ''}`;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isFunctionWord(word: string, locale: Locale): boolean {
  return functionWords(locale).has(fold(word));
}

/** A value per language, built on first use (patterns are compiled only for the languages linted). */
function lazyPerLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    if (!built.has(locale)) built.set(locale, build(locale));
    return built.get(locale)!;
  };
}

const FUNCTION_EXPANSIONS = /\(\?:|\)\??|\?/gu;

/** The function words of a language as a set of folded words (entries with an optional "s" give both forms). */
const functionWords = lazyPerLocale((locale) => {
  const set = new Set<string>();
  for (const entry of wordsFor(locale, 'functionWord')) {
    // 'stands?', 'millions?', 'totall?ed': the entry with and without its optional letter.
    set.add(fold(entry.replace(FUNCTION_EXPANSIONS, '')));
    set.add(fold(entry.replace(/.\?/gu, '')));
  }
  return set;
});

/** A definite determiner or possessive right before a figure: "the", "de", "die", "les", "des", "the state's". */
const definitePattern = lazyPerLocale((locale) => {
  const words = [...wordsFor(locale, 'determiner'), ...wordsFor(locale, 'definiteBefore')];
  return new RegExp(`(?:^|[\\s(])(?:${words.join('|')})(?:\\s+|(?<=['’]))$`, 'iu');
});

/** The stage words of a language, all of them in a stretch (global). */
const stagePattern = lazyPerLocale((locale) => new RegExp(conceptPattern(locale, 'stage').source, 'giu'));

/** Lemmas of the words that name something: not function words, not words of time, at least two letters. */
function contentWords(text: string, locale: Locale): string[] {
  const time = conceptPattern(locale, 'timeWord');
  const words: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    if (word.length < 2 || isFunctionWord(word, locale) || time.test(word)) continue;
    // "Parkstadgemeenten", "coastal": lemma of the folded word.
    words.push(unitLemma(fold(word), locale));
  }
  return [...new Set(words)];
}

/** Whether two statements measure the same kind of thing: one currency, percentages, or one counted noun. */
export function sameMeasureOf(a: Statement, b: Statement, locale: Locale): boolean {
  if (a.measure === 'count' || a.measure === 'number' || b.measure === 'count' || b.measure === 'number') {
    if (!['count', 'number'].includes(a.measure) || !['count', 'number'].includes(b.measure)) return false;
    // "Three hundred and forty additional GP training places": a bare number's next word may be an adjective.
    if (a.noun && b.noun) return sameUnit(a.noun, b.noun, locale) || (a.measure === 'number' && a.words.some((word) => sameUnit(word, b.noun, locale))) || (b.measure === 'number' && b.words.some((word) => sameUnit(word, a.noun, locale)));
    // "Households in temporary accommodation: 117,450" and "171,450 households": the noun stands in the label.
    const noun = a.noun || b.noun;
    const bare = a.noun ? b : a;
    return noun === '' ? false : bare.words.some((word) => sameUnit(word, noun, locale));
  }
  return a.measure === b.measure;
}

/** Whether two statements hold for the same stretch of time: the same years, and some named stretch shared (both must name one). */
export function samePeriodOf(a: Statement, b: Statement): boolean {
  if (a.period === '' || a.period !== b.period) return false;
  return a.spans.some((left) => b.spans.some((right) => left.start <= right.end && right.start <= left.end));
}

/** How many of the words naming a's subject name b's too (folded prefix match: "fund" ~ "funds"). */
export function sharedWords(a: Statement, b: Statement): number {
  return a.words.filter((word) => b.words.some((other) => sameWord(word, other))).length;
}

/** Names one statement gives that the other's sentence and headings never mention ("Scotland" against "UK"). */
export function namesMissing(a: Statement, b: Statement, scope: 'phrase' | 'sentence' = 'phrase'): string[] {
  const other = b.context.match(WORD) ?? [];
  return (scope === 'phrase' ? a.names : a.sentenceNames).filter((name) => !other.some((word) => sameWord(name, word)));
}
