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
import type { IntervalSource } from '../../arith/interval.js';
import { conceptPattern, conceptSource, wordsFor } from '../../lexicon/index.js';
import type { Brief, Figure, Sentence } from '../../parse/types.js';
import { extractQuantities } from '../../quantity/extract.js';
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
  /** The subject's words before the figure in its own clause ("Youth unemployment stood at"): what names it, before what is said of it. */
  before: readonly string[];
  /** What right after the figure says whom or what it goes to ("to 0xd1F2…", "an die Künstlersozialkasse", "on extended childcare"), folded; '' when none. */
  after: string;
  /** Content words of the figure's noun phrase: its clause up to a few words past it ("Critics note that the €3.5 billion approved for the corridors"). */
  phraseWords: readonly string[];
  /** What narrows a count's noun down right after it ("of the euro area", "involved", "de l'expérimentation"), as content words. */
  complement: readonly string[];
  /** Capitalised names anywhere in the sentence ("Children in Scotland: 24% lived …"). */
  sentenceNames: readonly string[];
  /** Capitalised names in the clause past its first word ("Scotland", "Ceredigion"); none in German, where every noun is capitalised. */
  names: readonly string[];
  /** Capitalised words of the clause past the sentence's first word, in every language (German nouns too): "Standorte in Bayern". */
  capitals: readonly string[];
  /** Lower-cased qualifiers that make this one measure among several ("net", "target", "additional"). */
  stages: string;
  /** The words where the other statement's names are looked for: sentence and headings. */
  context: string;
  /** The figure refers back to something already named: a definite determiner right before it ("the 430 additional places", "Les 23 établissements"), or a definite noun phrase it is the size of ("the gigafactory fund of € 20 bn"). */
  definite: boolean;
  /** The figure stands after a label in a list item ("Households in temporary accommodation, 31 March 2024: 117,450"). */
  label: boolean;
  /** The clause as quoted in messages ("In 2026-27 the transfer fund is worth £2.4bn"). */
  quote: string;
  /**
   * The noun phrase the figure is the size of, as content words: a count's noun with its modifiers
   * ("next-generation AI chips"), an amount's attributive phrase ("the € 20 bn gigafactory fund",
   * "Germany's € 5 bn national AI fund") or the phrase it is "of" ("the gigafactory fund of € 20 bn",
   * "der Fonds … in Höhe von 20 Mrd. Euro"); empty when nothing is attached to the figure.
   */
  head: readonly string[];
  /** Whom or what the figure is for, as content words: an opening "For single parents," or what follows its noun phrase ("… for couples"). */
  scope: string;
  /** For a figure per item ("100,000 chips each", "je 100.000 KI-Chips"): the lemma of the counted noun before it ("gigafactory"); '' otherwise. */
  owner: string;
  /** The values a figure with broken separators may stand for ("100,00000": 100,000 or 10,000,000); absent when its value is clear. */
  readings?: readonly string[];
  /** What the value is compared as: the figure itself, or a table cell's figure in its column's currency and scale ("1,6" under "€ mld"). */
  value: IntervalSource;
  /** A table cell, read with its row label, column header and caption as its words. */
  table: boolean;
}

/**
 * What right after the noun phrase narrows it down: whom or what it is for or of ("… allowance for
 * single parents", "the 20 Member States of the euro area"), a relative clause ("… that signed") or
 * a participle ("… involved", "… taking part").
 */
export const COMPLEMENT =
  /^\s+(?:(?:for|to|in|on|at|of|from|under|within|that|which|who|whose|where|uit|aus|voor|aan|naar|bij|onder|van|die|dat|waar|für|an|bei|unter|zur|zum|von|der|des|welche[rs]?|pour|à|au|aux|en|dans|chez|de|du|des|qui|que|dont|où)\s+(?:[\p{L}][\p{L}\p{N}'’-]*\s*){1,4}|\p{Ll}[\p{L}-]*(?:ing|ed)(?![\p{L}]))/iu;

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Right after a figure (and its unit), the preposition and words of whom or what it goes to or is for: "to 0xd1F2…", "an die Künstlersozialkasse". */
const AFTER_COMPLEMENT =
  /^(?:\s+[\p{L}][\p{L}'’-]*){0,2}?\s+(?:to|for|on|an|für|voor|aan|naar|à|au|aux|pour)\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2}/iu;
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
  // A floor ("more than 40,000", "ruim € 3,7 miljard") or a near ceiling ("knapp 2 Mrd. €", "nearly 300")
  // states a value on one side, compared as an open interval; a bare ceiling ("up to 5 GW", "at most
  // four") is a limit set, not a value to restate.
  // A figure with broken separators is compared in each of its readings ("100,00000"); one with none has no value.
  if ((figure.malformed && figure.malformed.readings.length < 2) || isTimeFigure(figure) || figure.low !== undefined) return undefined;
  if (figure.bound === 'max' && !figure.approximate) return undefined;
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
  const ownClauseStart = clause.start;
  let words = subjectWords(masked(sentence, clause.start, clause.end), measured.measure, locale);
  // "Households in temporary accommodation, 31 March 2024: 117,450": the clause names nothing, its sentence does.
  if (words.length < 2) {
    clause = { start: Math.max(sentence.start, start - 240), end: Math.min(sentence.end, figure.end + 240) };
    words = subjectWords(masked(sentence, clause.start, clause.end), measured.measure, locale);
  }
  if (words.length < 2) return undefined;
  const clauseText = text.slice(clause.start, clause.end);
  // "Initially, …", "raised to": from the sentence's start to the figure's clause, up to the next
  // figure's qualifier ("fewer than 2,000" qualifies that figure, not this one).
  const next = sentence.figures[index + 1];
  const leadEnd = Math.min(clause.end, next ? qualifiedStart(next, locale) : clause.end);
  const leadStart = Math.max(sentence.start, start - 240);
  const lead = untilBlanked(sentence, leadStart, Math.max(leadEnd, figure.end), locale);
  // "fell in 2023 to 1.9 %", "stieg 2023 auf 2.300": a change still states the value it reaches, at the time the sentence names.
  // Not when the sentence also gives the value it started from ("verhoogd van € 8,75 tot € 8,97"): a step in a series.
  const fromValue = figuresWithin(sentence, leadStart, start).some((other) => other !== figure && !isTimeFigure(other));
  const reached = conceptPattern(locale, 'unsettled').test(lead) ? (fromValue ? undefined : changedTo(lead.slice(0, start - leadStart), lead.slice(start - leadStart), locale)) : false;
  if (reached === undefined) return undefined;
  // The time named between this figure's neighbours: "the 430 places starting in August 2025 will
  // translate into around 300 GPs by 2028" gives the places August 2025 and the GPs 2028.
  const previous = neighbour(sentence.figures, index, -1);
  const following = neighbour(sentence.figures, index, 1);
  const segment = {
    start: Math.max(clause.start, previous ? previous.end : clause.start),
    end: Math.min(clause.end, following ? qualifiedStart(following, locale) : clause.end),
  };
  const time = timeOf(figure, sentence, segment, sentenceTimes) ?? timeOf(figure, sentence, clause, sentenceTimes) ?? { period: '', spans: [] };
  // The value a change reaches holds only at the time named with it ("… to 15,000 in 2023").
  if (reached && time.period === '') return undefined;
  // Qualifiers and names are read in the noun phrase: the clause up to a few words past the figure
  // ("the €3.5 billion approved for the corridors"), not the rest of a long sentence.
  const phraseEnd = figure.end + (/^(?:[\s\u00A0\u202F]*[^\s]+){0,4}/u.exec(text.slice(figure.end, clause.end))?.[0].length ?? 0);
  const phrase = masked(sentence, clause.start, Math.min(clause.end, phraseEnd));
  // A count's qualifiers stand in its noun phrase and right after it ("the 430 additional places",
  // "45 apps per category"); "the fund received 1,240 applicants" receives no applicants of another kind.
  const nounEnd = figure.unit ? text.indexOf(figure.unit, figure.end) : -1;
  // An amount attached to a noun phrase ("the planned € 20 bn gigafactory fund") is qualified in that phrase only.
  const attached = attachedTo(figure, sentence, start, clause.end, measured.measure, locale);
  const qualified =
    measured.measure === 'count' && nounEnd >= 0 && nounEnd - figure.end <= 40
      ? text.slice(figure.start, nounEnd + figure.unit!.length)
      : (attached.phrase ?? phrase);
  // "the youth unemployment rate of 12.4 %" is "youth unemployment stood at 12.4 %": a percentage is a rate or share anyway.
  const percentNoun = conceptPattern(locale, 'percentNoun');
  const stages = [...qualified.matchAll(stagePattern(locale))]
    .map((match) => match[0])
    .filter((word) => measured.measure !== '%' || !percentNoun.test(word))
    .map(fold);
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
    // Read in the figure's own clause: a sentence that names the subject only far before ("…, is € 26,50") names none here.
    before: subjectWords(masked(sentence, ownClauseStart, Math.max(ownClauseStart, start)), measured.measure, locale),
    after: fold(AFTER_COMPLEMENT.exec(text.slice(figure.end, Math.min(clause.end, figure.end + 80)))?.[0].replace(/\s+/gu, ' ').trim() ?? ''),
    sentenceNames,
    phraseWords: contentWords(phrase, locale),
    complement: complementOf(figure, clause.end, locale),
    names,
    capitals: (masked(sentence, clause.start, clause.end).match(WORD) ?? []).filter(
      (word) => /^\p{Lu}/u.test(word) && word !== /[\p{L}][\p{L}\p{N}'’-]*/u.exec(sentence.text)?.[0] && !isFunctionWord(word, locale),
    ),
    stages: [...new Set(stages)].join(' '),
    context: [sentence.text, ...sentence.block.headingPath].join('\n'),
    definite: attached.named || definitePattern(locale).test(text.slice(Math.max(sentence.start, start - 40), start)),
    label: figure.context === 'listItem' && /:\s*$/u.test(text.slice(Math.max(sentence.start, start - 4), start)),
    quote: quoteOf(clauseText, figure.start - clause.start),
    head: attached.head,
    scope: attached.scope,
    owner: attached.owner,
    ...(figure.malformed ? { readings: figure.malformed.readings } : {}),
    value: figure,
    table: false,
  };
}

/**
 * What a figure is attached to: the noun phrase it is the size of, whom it is for, and for a figure
 * per item, the counted noun it is per. Read in a few words either side of the figure.
 */
function attachedTo(
  figure: Figure,
  sentence: Sentence,
  start: number,
  clauseEnd: number,
  measure: string,
  locale: Locale,
): Pick<Statement, 'head' | 'scope' | 'owner'> & { phrase?: string; named: boolean } {
  const text = sentence.block.text;
  const before = text.slice(Math.max(sentence.start, start - 120), start);
  const after = text.slice(figure.end, Math.min(clauseEnd, figure.end + 120));
  let head: string[] = [];
  let headEnd = 0;
  let phrase: string | undefined;
  // "the gigafactory fund of € 20 bn": a definite noun phrase the amount is the size of.
  let named = false;
  if (measure === 'count' && figure.unit) {
    // "100,000 next-generation AI chips": the words up to the counted noun.
    const at = after.indexOf(figure.unit);
    if (at >= 0 && at <= 40 && /^[\s\p{L}\p{N}'’-]*$/u.test(after.slice(0, at))) {
      headEnd = at + figure.unit.length;
      head = contentWords(after.slice(0, headEnd), locale);
    }
  } else if (figure.currency) {
    const definite = definitePattern(locale).test(before);
    const attributive = definite && start === figure.start ? attributiveWords(after, locale) : undefined;
    if (attributive) {
      headEnd = attributive.end;
      // "Germany's € 5 bn fund", "the EU's € 50 bn tranche": the owner is part of the subject.
      const possessor = /([\p{L}.]+)['’]s\s+$/u.exec(before)?.[1];
      head = contentWords([possessor ?? '', attributive.words].join(' '), locale);
      // The noun phrase from the two words before the figure and what the clause says of it ("the
      // planned € 20 bn gigafactory fund", "… was approved"), not the words before ("a share of").
      phrase = `${lastWords(before, 2)}${text.slice(figure.start, figure.end)}${after}`;
    } else {
      const of = sizeOfPattern(locale).exec(before);
      if (of?.[1]) {
        head = contentWords(of[1], locale);
        phrase = `${of[0]}${text.slice(start, figure.end)}`;
        named = true;
      }
    }
  }
  const rest = after.slice(headEnd);
  const marker = conceptPattern(locale, 'distributive', 'start').exec(rest.trimStart());
  const eachBefore = distributiveBefore(locale).test(before);
  let owner = '';
  if (marker || eachBefore) {
    // "four gigafactories with 100,000 chips each": per gigafactory.
    const counted = sentence.figures.filter((other) => other.end <= figure.start && other.kind === 'count' && other.unit).pop();
    if (counted?.unit) owner = unitLemma(counted.unit, locale);
  }
  const restAfterMarker = marker ? rest.trimStart().slice(marker[0].length) : rest;
  const opening = SCOPE_OPENING.exec(sentence.text)?.[0] ?? '';
  const complement = headEnd > 0 ? (COMPLEMENT.exec(restAfterMarker)?.[0] ?? '') : '';
  const scope = [opening, complement].map((part) => contentWords(part, locale).join(' ')).join(' | ');
  return { head, scope, owner, named, ...(phrase === undefined ? {} : { phrase }) };
}

/**
 * Whether a figure is the value a change reaches: a change word ("rose", "daalde", "gestiegen",
 * "augmenté") before it, a word of direction right before it ("to", "naar", "auf", "à"), and nothing
 * else that unsettles it (a hypothesis, a negation, a comparison, a start value "from …"). True when
 * so, undefined when the figure is unsettled for another reason.
 */
function changedTo(before: string, after: string, locale: Locale): true | undefined {
  const toward = conceptPattern(locale, 'toward', 'end').exec(before);
  if (!toward) return undefined;
  const change = new RegExp(conceptPattern(locale, 'change').source, 'giu');
  const rest = `${before.slice(0, toward.index)} ${after}`;
  if (!change.test(rest)) return undefined;
  return conceptPattern(locale, 'unsettled').test(rest.replace(change, ' ')) ? undefined : true;
}

/**
 * The sentence's text between two offsets, with "until" and the date after it blanked ("bis 2027",
 * "tot 2030", "jusqu'en 2027"): the end of the stretch a figure holds for unsettles nothing.
 */
function untilBlanked(sentence: Sentence, start: number, end: number, locale: Locale): string {
  const text = sentence.block.text;
  let out = text.slice(start, end);
  const until = conceptPattern(locale, 'until', 'end');
  for (const time of figuresWithin(sentence, start, end)) {
    if (!isTimeFigure(time)) continue;
    const word = until.exec(out.slice(0, time.start - start));
    if (word) out = `${out.slice(0, word.index)}${' '.repeat(time.end - start - word.index)}${out.slice(time.end - start)}`;
  }
  return out;
}

/**
 * The words naming a statement's subject: its content words, less the words of a change ("daalde",
 * "rose": how it moved, not what it is), the verbs that only state it ("stood at", "s'établissait") and, for a percentage, the nouns any percentage is ("rate",
 * "aandeel", "Quote", "taux").
 */
function subjectWords(text: string, measure: string, locale: Locale): string[] {
  const change = conceptPattern(locale, 'change');
  const stating = conceptPattern(locale, 'statingVerb');
  const percentNoun = conceptPattern(locale, 'percentNoun');
  // "Absatz 7", "Section 3": the number a reference noun carries is part of the name ("absatz-7").
  const named = text.replace(referenceNumbered(locale), '$1-$2');
  const kept = (named.match(WORD) ?? []).filter((word) => !change.test(word) && !stating.test(word) && (measure !== '%' || !percentNoun.test(word)));
  return contentWords(kept.join(' '), locale);
}

/** The last few words of a stretch with the blanks after them ("share of the " → "of the "), found without a pattern. */
function lastWords(text: string, count: number): string {
  let at = text.length;
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  for (let seen = 0; seen < count && at > 0; seen++) {
    while (at > 0 && !/\s/u.test(text[at - 1]!)) at--;
    if (seen < count - 1) while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  }
  return text.slice(at);
}

/** A sentence that opens with whom it speaks of: "For single parents, …", "Voor alleenstaanden, …", "Für Familien …", "Pour les couples, …". */
const SCOPE_OPENING = /^\s*(?:for|among|voor|bij|onder|für|bei|unter|pour|chez|parmi)\s+[^,;:]{1,60}(?=,)/iu;

/**
 * After "the € 20 bn": one to three words before a function word or a verb ("the € 20 bn gigafactory
 * fund pays …"). A lower-case word in -s or -ed after a noun is taken for a verb ("fund pays", "fund
 * agreed"), as are a few irregular pasts; a plural noun there ("fund managers") is rare after money.
 */
function attributiveWords(after: string, locale: Locale): { words: string; end: number } | undefined {
  const match = /^(?:\s+[\p{L}][\p{L}\p{N}'’-]*){1,3}/u.exec(after);
  if (!match) return undefined;
  const words: string[] = [];
  let end = 0;
  for (const word of match[0].matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)) {
    if (isFunctionWord(word[0], locale) || (words.length > 0 && LIKELY_VERB.test(word[0]))) break;
    words.push(word[0]);
    end = word.index + word[0].length;
  }
  return words.length > 0 ? { words: words.join(' '), end } : undefined;
}

const LIKELY_VERB = /^(?:\p{Ll}[\p{L}-]*(?:[^s']s|ed)|went|came|made|paid|gave|took|met|led|set|put|kept|left|stood|rose|fell|grew|began|became|brought|bought|sold|spent|won|lost)$/u;

/** A definite determiner, one to three words, then "of" (the lexicon's sizeOf) right before the figure: "the gigafactory fund of € 20 bn". */
const sizeOfPattern = lazyPerLocale((locale) => {
  const determiners = wordsFor(locale, 'determiner').join('|');
  return new RegExp(String.raw`(?:^|[\s(])(?:${determiners})(?:\s+|(?<=['’]))((?:[\p{L}][\p{L}\p{N}'’-]*\s+){1,3}?)(?:${conceptSource(locale, 'sizeOf')})\s*$`, 'iu');
});

/** "mit je 100.000 KI-Chips", "met elk 100.000 chips": a distributive word right before the figure. */
const distributiveBefore = lazyPerLocale((locale) => new RegExp(String.raw`(?:^|\s)(?:${conceptSource(locale, 'distributive')})\s+$`, 'iu'));

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
  let from = Math.max(0, Math.min(at - QUOTE_LENGTH / 2, flat.length - QUOTE_LENGTH));
  let to = Math.min(flat.length, from + QUOTE_LENGTH);
  // Whole words only: "…an foresees" is no quotation of "the plan foresees".
  if (from > 0 && flat[from - 1] !== ' ') {
    const space = flat.indexOf(' ', from);
    if (space >= 0 && space + 1 < at) from = space + 1;
  }
  if (to < flat.length && flat[to] !== ' ') {
    const space = flat.lastIndexOf(' ', to);
    if (space > at) to = space;
  }
  const cut = flat.slice(from, to).trim();
  return `${from > 0 ? '…' : ''}${cut}${to < flat.length ? '…' : ''}`;
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

/** A reference noun and the number it carries: "Absatz 7", "Section 3", "artikel 8". */
const referenceNumbered = lazyPerLocale((locale) => new RegExp(`(${conceptPattern(locale, 'reference').source})[\\s\u00A0]+(\\d{1,6}[a-z]?)(?![\\p{N}])`, 'giu'));

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

/** A currency in a column header, with the scale its figures are in: "£m", "(€ mld)", "EUR bn", "Mio. Euro", "M€", "millions d'euros". */
const HEADER_MONEY =
  /(?<![\p{L}])(?:([€£$]|EUR|GBP|USD|CHF)\s?(k|m|mn|bn|mln|mld|Mio\.?|Mrd\.?|million|billion|miljoen|miljard|millions?|milliards?)?|(k|m|M|Md|Mds|mn|bn|mln|mld|Mio\.?|Mrd\.?|Millionen|Milliarden|million|billion|miljoen|miljard|millions?|milliards?)\s?(?:d['’])?\s?(€|£|\$|EUR|GBP|USD|CHF|Euro|euros?|Franken|francs?))(?![\p{L}])/u;

/** Scale abbreviations of French headers ("M€", "Md€"), as words the extractor reads. */
const SCALE_WORD: Record<string, string> = { M: 'millions', Md: 'milliards', Mds: 'milliards' };

/** A currency word as the extractor reads it before or after digits. */
const CURRENCY_WORD: Record<string, string> = { Euro: 'EUR', euro: 'EUR', euros: 'EUR', Franken: 'CHF', franc: 'CHF', francs: 'CHF' };

/**
 * The statements a table makes: each body cell holding one figure is a statement about its row's
 * label and its column's header, in the period its header, row label, caption or heading names, in
 * the currency and scale its header gives ("| Deltafonds | 1,6 |" under "Uitgaven 2025 (€ mld)").
 * Cells are compared with prose, never with each other (table-total foots tables).
 */
export function tableStatementsIn(brief: Brief): Statement[] {
  const locale = brief.locale;
  const found: Statement[] = [];
  for (const table of brief.tables) {
    if (table.quoted) continue;
    const heading = table.headingPath.at(-1) ?? '';
    // A caption is a short paragraph right before the table ("**Table 2: Allocation, 2025/26**").
    const caption = table.before && table.before.text.length <= 160 ? table.before.text : '';
    // A label names its row only when no other row has it ("Single" in three rows is three households).
    const labels = table.rows.map((row) => row[0]?.text.trim() ?? '');
    const repeated = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
    // Several columns of figures (current law, reform; 2024, 2025) are told apart by their headers alone.
    const valueColumns = new Set(table.rows.flatMap((row) => row.slice(1).filter((cell) => cell.sentences.some((sentence) => sentence.figures.length > 0)).map((cell) => cell.column)));
    // A table comparing many columns (current law, reform, other proposals) states parameters of
    // scenarios the prose names loosely: its cells are left to the table's own rules.
    if (valueColumns.size > MAX_VALUE_COLUMNS) continue;
    for (const [index, row] of table.rows.entries()) {
      const label = labels[index]!;
      // "Total" rows, unlabelled rows, repeated labels and numbered ones ("Schaal 1", "1 jaar": levels of a scale) state no subject of their own.
      if (label === '' || repeated.has(label) || /\p{N}/u.test(label) || conceptPattern('any', 'closing').test(label)) continue;
      for (const cell of row.slice(1)) {
        const figures = cell.sentences.flatMap((sentence) => sentence.figures);
        if (figures.length !== 1) continue;
        const figure = figures[0]!;
        if (figure.malformed || isTimeFigure(figure) || figure.low !== undefined || figure.bound) continue;
        const header = table.header[cell.column]?.text.trim() ?? '';
        const value = cellValue(figure, header, locale);
        if (!value) continue;
        const words = contentWords(`${label} ${header}`, locale);
        const headerWords = contentWords(header, locale);
        if (words.length === 0 || (valueColumns.size > 1 && headerWords.length === 0)) continue;
        const named = `${label} ${header}`;
        // The period: the column's header, the row's label, the header over the labels ("Indicator, England, 2023/24"), caption or heading.
        const timeText = [header, label, table.header[0]?.text ?? '', caption, heading].find((part) => YEAR_OR_SPAN.test(part)) ?? '';
        const years = [...new Set(yearsNamed(timeText))].sort();
        const stages = [...named.matchAll(stagePattern(locale))].map((match) => fold(match[0])).sort();
        found.push({
          figure,
          measure: value.measure,
          noun: value.noun,
          period: years.join(' '),
          spans: years.map((year) => ({ start: `${year}-01-01`, end: `${year}-12-31` })),
          words,
          before: words,
          after: '',
          phraseWords: words,
          // In a table of several value columns, the column's header words must be named with the prose too.
          complement: valueColumns.size > 1 ? headerWords : [],
          sentenceNames: [],
          // Capitalised words past the label's first ("Greater London Authority"); the label itself must be named with the prose anyway.
          names: locale === 'de' ? [] : (label.match(WORD) ?? []).slice(1).filter((word) => /^\p{Lu}/u.test(word) && !isFunctionWord(word, locale)),
          capitals: [],
          stages: [...new Set(stages)].join(' '),
          context: [label, header, caption, ...table.headingPath].join('\n'),
          definite: false,
          label: false,
          quote: `${label} | ${header}: ${figure.text}`.replace(/\s+/gu, ' ').replace(/\*\*/gu, ''),
          head: [],
          scope: '',
          owner: '',
          value: value.source,
          table: true,
        });
      }
    }
  }
  return found;
}

/** How many columns of figures a table may have for its cells to be read as statements. */
const MAX_VALUE_COLUMNS = 2;

const YEAR_OR_SPAN = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/u;

/** The years a stretch of text names: "2023", "2025/26" and "2026-27" (both years), "2020-2025" (each year). */
function yearsNamed(text: string): string[] {
  const years: string[] = [];
  for (const match of text.matchAll(/(?<![\p{N}])((?:19|20)\d\d)(?:\s?[/–-]\s?((?:19|20)?\d\d))?(?![\p{N}])/gu)) {
    const first = Number(match[1]);
    const second = match[2] ? Number(match[2].length === 2 ? `${match[1]!.slice(0, 2)}${match[2]}` : match[2]) : first;
    for (let year = first; year <= second && year - first < 50; year++) years.push(String(year));
  }
  return years;
}

/** What a cell's figure measures, read with its column header: money in the header's currency and scale, a share, or a bare count. */
function cellValue(figure: Figure, header: string, locale: Locale): { measure: string; noun: string; source: IntervalSource } | undefined {
  if (figure.kind === 'amount' && figure.currency) return { measure: figure.currency, noun: '', source: figure };
  if (figure.kind === 'percent' && figure.unit === '%') return { measure: '%', noun: '', source: figure };
  if (figure.kind !== 'number' && figure.kind !== 'count') return undefined;
  const money = HEADER_MONEY.exec(header);
  if (money) {
    const symbol = money[1] ?? money[4]!;
    const scale = SCALE_WORD[money[2] ?? money[3] ?? ''] ?? money[2] ?? money[3] ?? '';
    // Read the cell as the extractor reads money in prose: "€ 1,6 mld", "145 £m" → "£ 145 m".
    const [read] = extractQuantities(`${symbol in CURRENCY_WORD ? '' : `${symbol} `}${figure.text} ${scale}${symbol in CURRENCY_WORD ? ` ${symbol}` : ''}`.trim(), { locale });
    if (!read?.currency || read.kind !== 'amount') return undefined;
    return { measure: read.currency, noun: '', source: read };
  }
  if (/%/u.test(header)) return undefined;
  if (figure.currency || Number(figure.value) < 10) return undefined;
  return { measure: figure.unit ? 'count' : 'number', noun: figure.unit ? unitLemma(figure.unit, locale) : '', source: figure };
}
