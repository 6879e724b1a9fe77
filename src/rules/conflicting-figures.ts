import { intervalOf, intervalsMeet, type Slack } from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule } from '../engine/types.js';
import type { Figure, Sentence } from '../parse/types.js';
import { writeLike } from '../quantity/format.js';
import { unitLemma } from '../quantity/nouns.js';
import { perLocale } from '../parse/figures.js';
import type { Locale } from '../quantity/types.js';
import { joinAlternatives } from './number-format.js';
import { conceptPattern, wordsFor } from '../lexicon/index.js';
import {
  authorsSentences,
  namesMissing,
  qualifiedStart,
  sameMeasureOf,
  samePeriodOf,
  COMPLEMENT,
  sameWord,
  semanticsOf,
  sharedWords,
  type Statement,
} from '../semantics/index.js';
import { boundedText, MAX_GAP_LENGTH } from '../parse/gaps.js';

/**
 * One figure with what it is a figure of, read from the words around it in its sentence. Two
 * statements are the same fact only when all of these agree; everything else is a different fact.
 */
interface PhrasedStatement {
  figure: Figure;
  sentence: Sentence;
  /** Currency code for money, 'count' for counted nouns. */
  measure: string;
  /** Lemmas of the noun phrase the figure counts or funds ("next-generation ai chip", "gigafactory fund"). */
  subject: string[];
  /** The per-item marker after the noun phrase, normalised ("each", "per year"), or ''. */
  marker: string;
  /** For "each": the lemma of the counted noun the figure is per ("gigafactory"). */
  owner: string;
  /** Years named in the sentence (or its heading), stage words ("planned", "spent"): a different set is a different fact. */
  setting: string;
  /** The sentence from its start to the end of the figure's clause, where names and places are looked for. */
  window: string;
  /** The figure with its qualifier, as written ("roughly 100,000"). */
  written: string;
  /** The statement as quoted in messages: '100,00000 … AI chips each', 'the € 25 bn gigafactory fund'. */
  quote: string;
}

/** Words that never belong to a subject phrase, and that end an attributive one ("the € 20 bn fund is …"). */
const STOP_WORDS = new Set(
  (
    'the a an of to in on for and or with by at from as into is are was were be been being will would shall should can could may might ' +
    'has have had its it their his her our your this that these those which who whom whose what per each than more less ' +
    'de het een van voor met op aan bij uit als is zijn was waren wordt worden werd zal zou heeft hebben had die dat deze dit en of om naar per ' +
    'der die das den dem des ein eine einen einem einer eines von für mit auf an bei aus als ist sind war waren wird werden wurde hat haben und oder zu pro je ' +
    'le la les un une du des de d au aux pour avec sur par en est sont était étaient sera seront a ont et ou qui que dont ce cette ces son sa ses leur leurs'
  ).split(' '),
);

/** Definite determiners by language: "the € 20 bn gigafactory fund" is one known thing, "a € 5 bn loan" is any loan. */
const DEFINITE = perLocale((locale) => wordsFor(locale, 'determiner').join('|'));

/** A definite determiner right before the figure ("the € 20 bn …", "die vier Gigafabriken"). */
const DEFINITE_BEFORE = perLocale((locale) => new RegExp(String.raw`(?:^|[\s(])(?:${DEFINITE[locale]})(?:\s+|(?<=['’]))$`, 'iu'));

/** "Of" before the figure, by language: "the gigafactory fund of € 20 bn", "der Fonds in Höhe von 20 Mrd. Euro". */
const OF: Record<Locale, string> = {
  en: 'of|worth|totalling|totaling',
  nl: 'van|ter waarde van',
  de: 'in höhe von|von|über',
  fr: 'de|d[\'’]',
};

/** A definite determiner, one to three words, then "of": the noun phrase a following amount is the size of. */
const SUBJECT_OF_FIGURE = perLocale(
  (locale) =>
    new RegExp(String.raw`(?:^|[\s(])(?:${DEFINITE[locale]})(?:\s+|(?<=['’]))((?:[\p{L}][\p{L}\p{N}'’-]*\s+){1,3}?)(?:${OF[locale]})\s*$`, 'iu'),
);

/** The per-item marker right after a noun phrase: "100,000 chips each", "€ 500 per household", "€ 2 bn a year". */
const MARKER =
  /^\s*(each|apiece|per\s+[\p{L}-]+|a\s+(?:year|month|week|day)|annually|monthly|yearly|weekly|daily|p\.\s?a\.|elk|ieder|per\s+stuk|pro\s+[\p{L}-]+|je\s+[\p{L}-]+|jeweils|jährlich|monatlich|jaarlijks|maandelijks|chacun|chacune|par\s+[\p{L}-]+|annuel(?:le)?s?|mensuel(?:le)?s?)(?![\p{L}])/iu;

/** "Each" in the four languages: the figure is per item of a count before it. */
const EACH = /^(?:each|apiece|elk|ieder|jeweils|chacun|chacune)$/u;

/**
 * Words that make a figure one state among several: a change over time ("initially", "increased to",
 * "revised"), a comparison ("than", "from"), a hypothesis or a negation. Such a sentence states no
 * fixed fact another sentence could contradict.
 */
const CHANGING =
  /(?<![\p{L}])(?:initial(?:ly)?|original(?:ly)?|now|currently|revised?|revision|increas(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion)|cut|decreas(?:e|ed|es|ing)|ros[e]|risen|fell|fallen|grew|grown|growth|dropped|doubled|tripled|previously|formerly|instead|replac(?:e|ed|es|ing)|vervang\p{L}*|in plaats van|ersetz\p{L}*|anstelle|an die stelle|remplac\p{L}*|au lieu|since|until|before|after|later|earlier|then|sinds|voorheen|destijds|later|seit|damals|später|vorher|depuis|avant|après|jusqu|autrefois|alors|updated|than|from|compared|versus|vs|if|would|could|might|scenario|option|alternative|assum(?:e|ed|ing)|suppose|example|not|no|never|aanvankelijk|oorspronkelijk|nu|inmiddels|thans|verhoogd|verlaagd|gestegen|gedaald|herzien|eerder|dan|vanaf|indien|als|zou|zouden|niet|geen|ursprünglich|zunächst|nun|jetzt|inzwischen|erhöht|gesenkt|gestiegen|gesunken|revidiert|bisher|zuvor|wenn|falls|würde|würden|nicht|kein(?:e|en|er)?|initialement|d['’]abord|désormais|maintenant|révisé(?:e|s|es)?|augmenté(?:e|s|es)?|réduit(?:e|s|es)?|relevé(?:e|s|es)?|abaissé(?:e|s|es)?|auparavant|que|si|serait|seraient|pas|jamais)(?![\p{L}])/iu;

/** Stage words: "planned" and "spent", "proposed" and "approved" sums are different facts. */
const STAGE =
  /(?<![\p{L}])(planned|budgeted|spent|allocated|committed|disbursed|paid|received|requested|proposed|approved|estimated|projected|forecast|expected|targeted|actual|available|remaining|additional|extra|another|further|existing|previous|final|maximum|minimum|average|cumulative|net|gross|nominal|real|annual|gepland|begroot|uitgegeven|toegekend|betaald|ontvangen|voorgesteld|goedgekeurd|geschat|verwacht|extra|aanvullende?|resterende?|gemiddelde?|geplant|ausgegeben|bewilligt|gezahlt|beantragt|vorgeschlagen|genehmigt|geschätzt|erwartet|zusätzliche?n?|durchschnittliche?n?|prévu(?:e|s|es)?|dépensé(?:e|s|es)?|alloué(?:e|s|es)?|engagé(?:e|s|es)?|versé(?:e|s|es)?|proposé(?:e|s|es)?|approuvé(?:e|s|es)?|estimé(?:e|s|es)?|supplémentaires?|moyen(?:ne)?s?)(?![\p{L}])/giu;

const YEAR = /(?<![\p{N}.,])(?:19|20)\d\d(?![\p{N}])/gu;
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
/** A clause ends at a comma or dash followed by a blank, a semicolon, colon or bracket. */
const CLAUSE_END = /,\s|;|:\s|[()]|\s[–—]\s/u;

export default defineRule({
  meta: {
    id: 'conflicting-figures',
    description: 'The same thing must not be stated twice with values that cannot both be true',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    const line = (figure: Figure): number => brief.pointAt(figure.range.start).line;
    const write = (figure: Figure, value: string): string => writeLike(figure, value, brief.locale);
    const reported = new Set<Figure>();
    // "roughly 100,000 allows 90,000 to 110,000": the slack, without the half unit of rounding.
    const allowanceOf = (...stated: { figure: Figure; written: string }[]): string =>
      stated
        .filter(({ figure: { approximate } }) => approximate)
        .map(({ figure: approximate, written }) => {
          const { low, high } = intervalOf({ ...approximate, precision: '0' }, slack);
          return low !== null && high !== null ? `; ${written} allows ${write(approximate, low)} to ${write(approximate, high)}` : '';
        })
        .join('');

    // Named statements ("the € 20 bn gigafactory fund", "100,000 chips each"), bucketed by everything
    // two statements of one fact share exactly, so each is compared only with its own kind: linear.
    const phrased = [...authorsSentences(brief)].flatMap((sentence) => phrasedStatementsIn(sentence, brief.locale));
    const byKey = new Map<string, PhrasedStatement[]>();
    for (const statement of phrased) {
      const key = keyOf(statement);
      const bucket = byKey.get(key);
      if (bucket) bucket.push(statement);
      else byKey.set(key, [statement]);
    }
    for (const bucket of byKey.values()) {
      for (const [index, statement] of bucket.entries()) {
        const { figure } = statement;
        const sameFact = (other: PhrasedStatement): boolean => other !== statement && sameSubject(statement, other, brief.locale);
        const readings = readingsOf(figure);
        if (readings) {
          // Every reading of the doubtful digits against each clear statement of the same thing.
          const near = bucket.slice(Math.max(0, index - MAX_COMPARED), index + MAX_COMPARED);
          for (const other of near.filter((candidate) => !readingsOf(candidate.figure) && sameFact(candidate))) {
            const otherInterval = intervalOf(other.figure, slack);
            const agreeing = readings.filter((reading) => intervalsMeet(intervalOf({ ...figure, value: reading }, slack), otherInterval));
            if (agreeing.length === readings.length) continue;
            const conflicting = readings.filter((reading) => !agreeing.includes(reading)).map((reading) => write(figure, reading));
            const against = `"${other.quote}" (line ${line(other.figure)})`;
            const message =
              agreeing.length > 0
                ? `"${statement.quote}" may be read as ${joinAlternatives(conflicting)}, which contradicts ${against}; only the reading ${joinAlternatives(agreeing.map((reading) => write(figure, reading)))} agrees`
                : `"${statement.quote}" contradicts ${against} in every reading (${joinAlternatives(conflicting)})`;
            report({ range: figure.range, message, related: [{ range: other.figure.range, message: `"${other.quote}" is stated here` }] });
            reported.add(figure);
            break;
          }
          continue;
        }
        // A clear figure against the clear statements before it: silent when any of them agrees.
        const earlier = bucket.slice(Math.max(0, index - MAX_COMPARED), index).filter((candidate) => !readingsOf(candidate.figure) && sameFact(candidate));
        const own = intervalOf(figure, slack);
        if (earlier.length === 0 || earlier.some((other) => intervalsMeet(own, intervalOf(other.figure, slack)))) continue;
        const other = earlier[0]!;
        report({
          range: figure.range,
          message: `"${statement.quote}" contradicts "${other.quote}" (line ${line(other.figure)}): ${figure.text} is not ${other.figure.text}${allowanceOf(statement, other)}`,
          related: [{ range: other.figure.range, message: `"${other.quote}" is stated here` }],
        });
        reported.add(figure);
      }
    }

    // Restatements however phrased: the same subject, measure and period stated twice anywhere in the
    // brief. Statements are bucketed by what they measure, and each is compared with the last few of its bucket.
    const byMeasure = new Map<string, Statement[]>();
    for (const statement of semanticsOf(brief).claims.statements) {
      const key = statement.measure === 'number' ? 'count' : statement.measure;
      const bucket = byMeasure.get(key) ?? [];
      const same = bucket.slice(-MAX_COMPARED).filter((other) => restates(statement, other, brief.locale));
      bucket.push(statement);
      byMeasure.set(key, bucket);
      const { figure } = statement;
      if (same.length === 0 || reported.has(figure) || same.some((other) => reported.has(other.figure))) continue;
      const own = intervalOf(figure, slack);
      if (same.some((other) => intervalsMeet(own, intervalOf(other.figure, slack)))) continue;
      const other = same.reduce((best, candidate) => (overlap(candidate, statement) > overlap(best, statement) ? candidate : best));
      const written = (stated: Statement) => ({ figure: stated.figure, written: stated.figure.text });
      const period = statement.period && other.period ? ` in ${periodText(statement)}` : '';
      report({
        range: figure.range,
        message: `"${statement.quote}" contradicts "${other.quote}" (line ${line(other.figure)}): ${shown(statement)} is not ${shown(other)} for the same subject${period}${allowanceOf(written(statement), written(other))}`,
        related: [{ range: other.figure.range, message: `"${other.quote}" is stated here` }],
      });
      reported.add(figure);
    }
  },
});

/** A figure as the message names it: with the symbol a bare number measures ("17.4 GW", "7.900 fte"). */
function shown(statement: Statement): string {
  const { figure, measure, noun } = statement;
  const written = measure === 'number' && noun !== '' && figure.block.text.slice(figure.end, figure.end + 40).trimStart().startsWith(noun);
  return written ? `${figure.text} ${noun}` : figure.text;
}

/** How many earlier statements of one measure a statement is compared with: enough for a brief's restatements, and linear. */
const MAX_COMPARED = 64;

/** What two statements of one fact share exactly, as one key. */
function keyOf(statement: PhrasedStatement): string {
  return [statement.measure, statement.marker, statement.owner, statement.setting, statement.subject.join(' ')].join('\u0000');
}

/**
 * Whether statement a restates an earlier statement b. Both must be in other paragraphs, of the same
 * measure and qualifiers ("net", "target"), under comparable headings, with no name on each side the
 * other lacks ("Scotland" against "the UK"), and not two items of one list (a list enumerates things).
 * Then either a refers back ("the 430 additional places", "Les 190 millions d'euros du plan"): the same
 * subject in at least two words (for a count, its noun and the period do), in the same period when
 * both name one; or one of them is a summary's or a key-figure list's and they name the same subject
 * in the same period: at least two words, and at least half of the words of the shorter one.
 */
function restates(a: Statement, b: Statement, locale: Locale): boolean {
  if (a.figure.block === b.figure.block) return false;
  if (a.figure.context === 'listItem' && b.figure.context === 'listItem') return false;
  if (a.stages !== b.stages || !sameMeasureOf(a, b, locale)) return false;
  if (!sameSection(a.figure.sentence, b.figure.sentence)) return false;
  // Names on each side that the other lacks: two places, two programmes. A reference back may drop
  // names ("the transfer fund" for "the Apprenticeship Levy Transfer Fund") but not add one.
  if (a.definite ? namesMissing(a, b).length > 0 : namesMissing(a, b, 'sentence').length > 0 && namesMissing(b, a, 'sentence').length > 0) return false;
  const shared = overlap(a, b);
  const period = samePeriodOf(a, b);
  if (a.definite && a.measure !== '%') {
    if (a.period && b.period && !period) return false;
    if (a.noun !== '' && b.noun !== '') {
      // "De 27 deelnemende gemeenten" after "zeventien gemeenten": a count's noun names its subject,
      // unless the things are few ("the two lines", "vier Monatsbeträge": any passage names a few).
      if (period) return true;
      // Without a shared period, what narrows the reference's noun must be named with the other too
      // ("the 20 Member States of the euro area" are not "the 27 Member States").
      const narrowed = a.complement.every((word) => b.words.some((other) => sameWord(word, other)));
      return narrowed && Number(a.figure.value) >= 10 && Number(b.figure.value) >= 10;
    }
    // Money: the same period, and the noun phrase's words ("the €3.5 billion approved for the corridors") named with the other.
    const named = a.phraseWords.filter((word) => b.words.some((other) => sameWord(word, other))).length;
    return period && named >= 2 && named * 2 >= a.phraseWords.length;
  }
  if (!period || !(a.label || b.label || inSummary(a) || inSummary(b))) return false;
  return shared >= 2 && shared * 2 >= Math.min(a.words.length, b.words.length);
}

function inSummary(statement: Statement): boolean {
  return statement.figure.block.headingPath.some((heading) => SUMMARY.test(heading));
}

function overlap(a: Statement, b: Statement): number {
  return Math.min(sharedWords(a, b), sharedWords(b, a));
}

function periodText(statement: Statement): string {
  const years = statement.period.split(' ');
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]!;
}

/** The values a figure in doubt may stand for ("100,00000": 100,000 or 10,000,000); undefined when its value is clear. */
function readingsOf(figure: Figure): string[] | undefined {
  const readings = figure.malformed?.readings ?? [];
  return readings.length > 1 ? readings : undefined;
}

/** Whether two statements say the same thing of the same subject, in the same setting. */
function sameSubject(a: PhrasedStatement, b: PhrasedStatement, locale: Locale): boolean {
  if (a.sentence === b.sentence) return false;
  if (a.measure !== b.measure || a.marker !== b.marker || a.owner !== b.owner || a.setting !== b.setting) return false;
  if (a.figure.kind === 'count' && !sameUnitLemma(a.figure.unit, b.figure.unit, locale)) return false;
  if (a.subject.join(' ') !== b.subject.join(' ')) return false;
  return sameSection(a.sentence, b.sentence) && namesShared(a, b) && namesShared(b, a);
}

/** Headings of the sections that restate the rest of a brief (any language: a Dutch brief may head its summary "Summary"). */
const SUMMARY = conceptPattern('any', 'summary');

/**
 * Parallel sections ("## Germany", "## France"; "## Option A", "## Option B") state the same
 * things of different subjects. Two statements under different headings are compared only when
 * one of them sits in a summary, introduction or conclusion, or under no heading at all.
 */
function sameSection(a: Sentence, b: Sentence): boolean {
  const [left, right] = [a.block.headingPath, b.block.headingPath];
  if (left.length === 0 || right.length === 0 || left.at(-1) === right.at(-1)) return true;
  return [...left, ...right].some((heading) => SUMMARY.test(heading));
}

function sameUnitLemma(a: string | undefined, b: string | undefined, locale: Locale): boolean {
  return a !== undefined && b !== undefined && unitLemma(a, locale) === unitLemma(b, locale);
}

/**
 * Names in one statement's window (places, programmes, organisations: capitalised words past the
 * first) must all stand in the other's sentence: "in Germany" and "in France" are two facts.
 */
function namesShared(a: PhrasedStatement, b: PhrasedStatement): boolean {
  const other = wordsOf(b.sentence.text);
  return wordsOf(a.window)
    .slice(1)
    .filter((word) => /^\p{Lu}/u.test(word))
    .every((word) => other.some((candidate) => sameWord(word, candidate)));
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The statements one sentence makes: money and counts tied to a noun phrase that says what they are. */
function phrasedStatementsIn(sentence: Sentence, locale: Locale): PhrasedStatement[] {
  if (CHANGING.test(sentence.text)) return [];
  const found: PhrasedStatement[] = [];
  for (const figure of sentence.figures) {
    if (figure.context !== 'prose' && figure.context !== 'listItem') continue;
    const statement = statementOf(figure, sentence, locale);
    if (statement) found.push(statement);
  }
  return found;
}

function statementOf(figure: Figure, sentence: Sentence, locale: Locale): PhrasedStatement | undefined {
  // Separators no locale writes ("1.000,000.5"): no value to compare.
  if (figure.malformed && figure.malformed.readings.length === 0) return undefined;
  const text = sentence.block.text;
  const start = qualifiedStart(figure, locale);
  const qualifier = text.slice(start, figure.start);
  // A subject phrase is a few words: each figure reads at most MAX_GAP_LENGTH characters on either side,
  // so a sentence of thousands of figures stays linear.
  const after = text.slice(figure.end, Math.min(sentence.end, figure.end + MAX_GAP_LENGTH));
  const before = boundedText(text, sentence.start, start);
  const clauseBefore = before.split(CLAUSE_END).pop() ?? '';

  let phrase: { words: string[]; quote: string; end: number } | undefined;
  let measure: string;
  // "im Jahr 2010 erzielten Aufkommen": a bare year read as a count is no count.
  if (figure.kind === 'count' && figure.unit && !figure.bound && !/^(?:1[89]|20)\d\d$/u.test(figure.text)) {
    measure = 'count';
    const at = after.indexOf(figure.unit);
    const between = at < 0 ? '' : after.slice(0, at);
    if (at < 0 || at > 40 || !/^[\s\p{L}\p{N}'’-]*$/u.test(between)) return undefined;
    const words = wordsOf(after.slice(0, at + figure.unit.length));
    const shown = words.length > 2 ? `… ${words.slice(-2).join(' ')}` : words.join(' ');
    phrase = { words, quote: `${qualifier}${figure.text} ${shown}`, end: at + figure.unit.length };
  } else if (figure.kind === 'amount' && figure.currency && !figure.bound) {
    measure = figure.currency;
    phrase = (locale === 'en' ? attributivePhrase(figure, after, clauseBefore, qualifier, locale) : undefined) ?? phraseBefore(figure, clauseBefore, qualifier, locale);
  } else {
    return undefined;
  }
  if (!phrase) return undefined;

  // "Germany's € 5 bn fund" and "France's € 3 bn fund": the owner is part of the subject.
  const possessor = /([\p{L}.]+)['’]s\s+$/u.exec(clauseBefore)?.[1];
  const subject = contentWords([...(possessor ? [possessor] : []), ...phrase.words].join(' '), locale);
  const markerMatch = MARKER.exec(after.slice(phrase.end));
  const written = (markerMatch?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "mit je 100.000 KI-Chips", "met elk 100.000 chips": German and Dutch put "each" before the figure.
  const eachBefore = /(?:^|\s)(je|jeweils|elk|ieder)\s+$/iu.exec(clauseBefore)?.[1];
  const marker = EACH.test(written) || eachBefore ? 'each' : written;
  let owner = '';
  if (marker === 'each') {
    // "four gigafactories with 100,000 chips each": per gigafactory.
    const ownerFigure = sentence.figures.filter((other) => other.end <= figure.start && other.kind === 'count' && other.unit).pop();
    if (!ownerFigure?.unit) return undefined;
    owner = unitLemma(ownerFigure.unit, locale);
  }
  // One noun alone ("jobs", "the fund") names too many things; "each" with its owner is specific enough.
  if (subject.length < (owner ? 1 : 2)) return undefined;
  // "12 zero bytes", "8 test cases": a count is one known thing only per owner ("… each") or after a
  // definite determiner ("the 27 Member States"); a bare count recurs in every paragraph with new things.
  if (measure === 'count' && !owner && !DEFINITE_BEFORE[locale].test(clauseBefore)) return undefined;

  const rest = after.slice(phrase.end);
  const clauseEnd = rest.search(CLAUSE_END);
  // The figures' own words ("EUR", "Mrd.") are no names: blanked out of the window.
  const window = sentence.figures
    .reduce((masked, other) => masked.slice(0, other.start) + ' '.repeat(other.end - other.start) + masked.slice(other.end), text)
    .slice(sentence.start, figure.end + phrase.end + (clauseEnd < 0 ? rest.length : clauseEnd));
  const sentenceYears = (sentence.text.match(YEAR) ?? []).filter((year) => !figure.text.includes(year));
  const years = sentenceYears.length > 0 ? sentenceYears : (sentence.block.headingPath.at(-1)?.match(YEAR) ?? []);
  const stages = (window.match(STAGE) ?? []).map((word) => word.toLowerCase());
  // Whom or what the figure is for: "For single parents, the € 500 monthly allowance …", "the € 500
  // monthly allowance for couples". Two statements must name the same (or none).
  const opening = SCOPE_OPENING.exec(sentence.text)?.[0] ?? '';
  const complement = COMPLEMENT.exec(after.slice(phrase.end + (markerMatch?.[0].length ?? 0)))?.[0] ?? '';
  const scope = [opening, complement].map((part) => contentWords(part, locale).join(' ')).join(' | ');
  const setting = [...new Set(years)].sort().join(' ') + ' | ' + [...new Set(stages)].sort().join(' ') + ' | ' + scope;
  const quote = `${eachBefore ? `${eachBefore} ` : ''}${phrase.quote}${written ? ` ${written}` : ''}`.replace(/\s+/gu, ' ');
  return { figure, sentence, measure, subject, marker, owner, setting, window, written: `${qualifier}${figure.text}`, quote };
}

/** A sentence that opens with whom it speaks of: "For single parents, …", "Voor alleenstaanden, …", "Für Familien …", "Pour les couples, …". */
const SCOPE_OPENING = /^\s*(?:for|among|voor|bij|onder|für|bei|unter|pour|chez|parmi)\s+[^,;:]{1,60}(?=,)/iu;

/** Lemmas of the words that are not stop words, in order. */
function contentWords(text: string, locale: Locale): string[] {
  return wordsOf(text)
    .map((word) => unitLemma(word, locale))
    .filter((word) => !STOP_WORDS.has(word));
}

/**
 * After the first word of "the € 20 bn gigafactory fund pays …": a verb ends the noun phrase. A
 * lower-case word in -s or -ed after a noun is one ("fund pays", "fund agreed"), as are a few
 * irregular pasts; a plural noun there ("fund managers") is rare after a money figure.
 */
const LIKELY_VERB = /^(?:\p{Ll}[\p{L}-]*(?:[^s']s|ed)|went|came|made|paid|gave|took|met|led|set|put|kept|left|stood|rose|fell|grew|began|became|brought|bought|sold|spent|won|lost)$/u;

/** "the € 20 bn gigafactory fund": a definite determiner, the figure, then up to three words before a stop word. */
function attributivePhrase(
  figure: Figure,
  after: string,
  clauseBefore: string,
  qualifier: string,
  locale: Locale,
): { words: string[]; quote: string; end: number } | undefined {
  if (qualifier !== '' || !DEFINITE_BEFORE[locale].test(clauseBefore)) return undefined;
  const match = /^(?:\s+[\p{L}][\p{L}\p{N}'’-]*){1,3}/u.exec(after);
  if (!match) return undefined;
  const words: string[] = [];
  for (const word of wordsOf(match[0])) {
    if (STOP_WORDS.has(word.toLowerCase()) || (words.length > 0 && LIKELY_VERB.test(word))) break;
    words.push(word);
  }
  if (words.length === 0) return undefined;
  const determiner = /(\S+)\s+$/u.exec(clauseBefore)?.[1] ?? '';
  const end = after.indexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
  return { words, quote: `${determiner} ${figure.text} ${words.join(' ')}`, end };
}

/** "the gigafactory fund of € 20 bn": the noun phrase between a definite determiner and "of" before the figure. */
function phraseBefore(
  figure: Figure,
  clauseBefore: string,
  qualifier: string,
  locale: Locale,
): { words: string[]; quote: string; end: number } | undefined {
  const match = SUBJECT_OF_FIGURE[locale].exec(clauseBefore);
  if (!match?.[1]) return undefined;
  const words = wordsOf(match[1]);
  const lead = clauseBefore.slice(match.index).trimStart();
  return { words, quote: `${lead}${qualifier}${figure.text}`, end: 0 };
}
