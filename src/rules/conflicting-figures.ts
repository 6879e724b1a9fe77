import { intervalOf, intervalsMeet, type Interval, type Slack } from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule } from '../engine/types.js';
import type { Figure, Sentence } from '../parse/types.js';
import type { MessageData } from '../engine/messages.js';
import { writeLike } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';
import { conceptPattern } from '../lexicon/index.js';
import { namesMissing, qualifiedStart, sameMeasureOf, samePeriodOf, sameWord, semanticsOf, sharedWords, type Statement } from '../semantics/index.js';

/**
 * conflicting-figures judges the statement claims of the semantics layer (semantics/claims/statement.ts):
 * a figure stated of a subject — its measure, period, qualifiers, the noun phrase it is the size of —
 * wherever it stands (prose, list item, table cell). Two statements of one subject, measure, period,
 * scope and stage are one fact stated twice, and their values must agree within rounding and the
 * slack an approximate figure allows.
 */
export default defineRule({
  meta: {
    id: 'conflicting-figures',
    description: 'The same thing must not be stated twice with values that cannot both be true',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      contradictsSubject: '"{quote}" contradicts "{otherQuote}" (line {line}): {figure} is not {other} for the same subject{period, select, none {} other { in {period}}}{allowance, select, yes {; {allowed} allows {low} to {high}} other {}}{otherAllowance, select, yes {; {otherAllowed} allows {otherLow} to {otherHigh}} other {}}',
      someReadings: '"{quote}" may be read as {conflicting}, which contradicts "{otherQuote}" (line {line}); only the reading {agreeing} agrees',
      everyReading: '"{quote}" contradicts "{otherQuote}" (line {line}) in every reading ({conflicting})',
      statedHere: '"{otherQuote}" is stated here',
    },
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    const locale = brief.locale;
    const line = (figure: Figure): number => brief.pointAt(figure.range.start).line;
    const write = (statement: Statement, value: string): string => writeLike(statement.figure, value, locale);
    const interval = (statement: Statement, value?: string): Interval =>
      intervalOf(value === undefined ? statement.value : { ...statement.value, value }, slack);
    // "roughly 100,000 allows 90,000 to 110,000": the slack, without the half unit of rounding.
    const allowance = (statement: Statement, ...names: [string, string, string, string]): MessageData => {
      const [has, allowed, low, high] = names;
      const { low: from, high: to } = statement.figure.approximate ? intervalOf({ ...statement.figure, precision: '0' }, slack) : { low: null, high: null };
      if (from === null || to === null) return { [has]: 'no' };
      const written = statement.figure.block.text.slice(qualifiedStart(statement.figure, locale), statement.figure.end);
      return { [has]: 'yes', [allowed]: written, [low]: write(statement, from), [high]: write(statement, to) };
    };
    const allowanceOf = (statement: Statement, other: Statement): MessageData => ({
      ...allowance(statement, 'allowance', 'allowed', 'low', 'high'),
      ...allowance(other, 'otherAllowance', 'otherAllowed', 'otherLow', 'otherHigh'),
    });
    const statedHere = (other: Statement) => [{ range: other.figure.range, messageId: 'statedHere', data: { otherQuote: other.quote } }];
    const reported = new Set<Figure>();

    // Statements are bucketed by what they measure, and each is compared with the last few of its bucket: linear.
    const byMeasure = new Map<string, Statement[]>();
    for (const statement of semanticsOf(brief).claims.statements) {
      const key = statement.measure === 'number' ? 'count' : statement.measure;
      const bucket = byMeasure.get(key) ?? [];
      const same = bucket.slice(-MAX_COMPARED).filter((other) => restates(statement, other, locale));
      bucket.push(statement);
      byMeasure.set(key, bucket);
      if (same.length === 0 || reported.has(statement.figure)) continue;

      // A figure in doubt ("100,00000") against a clear statement of the same thing: every reading is tried.
      const doubtful = same.find((other) => (statement.readings === undefined) !== (other.readings === undefined));
      if (doubtful) {
        const [unclear, clear] = statement.readings ? [statement, doubtful] : [doubtful, statement];
        if (reported.has(unclear.figure)) continue;
        const readings = unclear.readings!;
        const agreeing = readings.filter((reading) => intervalsMeet(interval(unclear, reading), interval(clear)));
        if (agreeing.length === readings.length) continue;
        const conflicting = readings.filter((reading) => !agreeing.includes(reading)).map((reading) => write(unclear, reading));
        const data = { quote: unclear.quote, otherQuote: clear.quote, line: String(line(clear.figure)), conflicting };
        report(
          agreeing.length > 0
            ? { range: unclear.figure.range, messageId: 'someReadings', data: { ...data, agreeing: agreeing.map((reading) => write(unclear, reading)) }, related: statedHere(clear) }
            : { range: unclear.figure.range, messageId: 'everyReading', data, related: statedHere(clear) },
        );
        reported.add(unclear.figure);
        continue;
      }
      const clear = same.filter((other) => !other.readings);
      if (statement.readings || clear.length === 0 || clear.some((other) => reported.has(other.figure))) continue;
      const own = interval(statement);
      // Silent when any earlier statement of the same thing agrees: the brief says it right once.
      if (clear.some((other) => intervalsMeet(own, interval(other)))) continue;
      const other = clear.reduce((best, candidate) => (overlap(candidate, statement) > overlap(best, statement) ? candidate : best));
      report({
        range: statement.figure.range,
        messageId: 'contradictsSubject',
        data: {
          quote: statement.quote,
          otherQuote: other.quote,
          line: String(line(other.figure)),
          figure: shown(statement),
          other: shown(other),
          period: statement.period && other.period ? periodText(statement) : 'none',
          ...allowanceOf(statement, other),
        },
        related: statedHere(other),
      });
      reported.add(statement.figure);
    }
  },
});

/** How many earlier statements of one measure a statement is compared with: enough for a brief's restatements, and linear. */
const MAX_COMPARED = 64;

/** A figure as the message names it: with the symbol a bare number measures ("17.4 GW", "7.900 fte"). */
function shown(statement: Statement): string {
  const { figure, measure, noun } = statement;
  // A table cell in its column's currency and scale: "145" under "£m" is shown as "£ 145 m".
  const cell = statement.table ? (statement.value as Partial<Pick<Figure, 'text'>>).text : undefined;
  if (cell && cell !== figure.text) return cell;
  const written = measure === 'number' && noun !== '' && figure.block.text.slice(figure.end, figure.end + 40).trimStart().startsWith(noun);
  return written ? `${figure.text} ${noun}` : figure.text;
}

/**
 * Whether statement a restates an earlier statement b: the same measure, qualifiers ("net",
 * "target"), owner of a per-item figure and scope, under comparable headings, with no name on each
 * side the other lacks ("Scotland" against "the UK"), in the same period when both name one, and
 * not two items of one list or two cells of one table. Then the same subject, told by one of:
 * the same noun phrase attached to both figures ("the € 20 bn gigafactory fund", "100,000 AI chips
 * each"); a reference back ("the 430 additional places"); a table cell's row and column named in the
 * prose around the other; or, with a period named on both sides, the same words.
 */
function restates(a: Statement, b: Statement, locale: Locale): boolean {
  if (a.figure.sentence === b.figure.sentence) return false;
  if (a.table && b.table) return false;
  if (a.figure.context === 'listItem' && b.figure.context === 'listItem') return false;
  if (a.stages !== b.stages || a.owner !== b.owner || !sameMeasureOf(a, b, locale)) return false;
  if (!sameSection(a.figure.sentence, b.figure.sentence)) return false;
  const period = samePeriodOf(a, b);
  if (a.period && b.period && !period) return false;
  if (a.table || b.table) return cellRestated(a.table ? a : b, a.table ? b : a);
  // Names on each side that the other lacks: two places, two programmes. A reference back may drop
  // names ("the transfer fund" for "the Apprenticeship Levy Transfer Fund") but not add one.
  if (a.definite ? namesMissing(a, b).length > 0 : namesMissing(a, b, 'sentence').length > 0 && namesMissing(b, a, 'sentence').length > 0) return false;
  // One named thing: the same noun phrase attached to both figures, for whom it is the same ("for
  // single parents"), the later one definite ("the € 25 bn gigafactory fund") or per item ("… each").
  if (a.head.length >= (a.owner ? 1 : 2) && (a.owner || a.definite) && a.period === b.period && a.scope === b.scope && sameWords(a.head, b.head) && capitalsShared(a, b) && capitalsShared(b, a)) {
    return true;
  }
  // In one paragraph, only the same period tells a restatement from the next item of a list of facts.
  const sameBlock = a.figure.block === b.figure.block;
  if (sameBlock && !period) return false;
  const shared = overlap(a, b);
  if (a.definite && a.measure !== '%') {
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
    // Without a period of its own, a reference to the amount itself takes the period of what it names ("De
    // € 2,1 miljard voor de verduurzaming van schoolgebouwen" after "tot 2030 € 1,2 miljard … voor de
    // verduurzaming van schoolgebouwen"); an amount that names a thing ("the € 25 bn fund") is another thing.
    const amountItself = a.period === '' && a.head.length === 0 && !sameBlock;
    return (period || amountItself) && named >= 2 && named * 2 >= a.phraseWords.length;
  }
  if (!period) return false;
  if (a.label || b.label || inSummary(a) || inSummary(b)) return shared >= 2 && shared * 2 >= Math.min(a.words.length, b.words.length);
  // Anywhere else, in the same period: what names each subject before its figure is named with the
  // other ("Youth unemployment stood at 14.2 % in 2023" … "With a youth unemployment rate of 12.4 % in
  // 2023, …"); a word only one names there narrows it ("für das Beitrittsgebiet", "the family loses").
  // What each figure goes to or is for, when both say it, must be the same ("to 0xd1F2…", "an die Künstlersozialkasse").
  if (a.before.length === 0 || b.before.length === 0 || Math.max(a.before.length, b.before.length) < 2) return false;
  if (a.after !== '' && b.after !== '' && a.after !== b.after) return false;
  // A title ("Overzicht percentage wachtgeld behorende bij een VUT% van 80%") names a table's case, it states no fact.
  if (!STATED.test(a.figure.sentence.text) || !STATED.test(b.figure.sentence.text)) return false;
  return shared >= 2 && namedIn(a.before, b.words) && namedIn(b.before, a.words);
}

/** A sentence closed as one: a full stop, question or exclamation mark, semicolon or colon at its end (before closing quotes, brackets, emphasis). */
const STATED = /[.!?;:…][\s"'’”»)\]*_]*$/u;

function namedIn(words: readonly string[], other: readonly string[]): boolean {
  return words.every((word) => other.some((candidate) => sameWord(word, candidate)));
}

/**
 * Whether prose (or a list item) restates a table cell: the cell's row label named in the prose's
 * sentence or the paragraph before it ("Gelderland blijft achter … De provincie telde eind 2024
 * 24.100 publieke laadpunten"), and its row and column words half named in the prose's sentence.
 * When either names no period, only money is compared, and the row's label must stand in the
 * prose's own sentence ("La Bretagne, avec 184 M€, …" against "| Bretagne | 148 M€ |").
 */
function cellRestated(cell: Statement, prose: Statement): boolean {
  const { block, sentence } = prose.figure;
  const around: string[] = [...(block.text.slice(Math.max(0, prose.figure.start - 400), prose.figure.end + 120).match(WORD) ?? []), ...prose.words];
  const named = (word: string): boolean => around.some((other) => sameWord(word, other));
  if (!cell.names.every(named)) return false;
  const label = cell.context.split('\n')[0]!;
  const labelWords = (label.match(WORD) ?? []).filter((word) => word.length > 2);
  const labelNamed = labelWords.filter(named).length;
  if (labelNamed === 0 || labelNamed * 2 < labelWords.length) return false;
  const own: string[] = [...(sentence.text.match(WORD) ?? []), ...prose.words];
  const inSentence = (word: string): boolean => own.some((other) => sameWord(word, other));
  // Without a period, only money: a bare figure in a table ("| Delegate address | 20 |" bytes) names too little.
  if ((cell.period === '' || prose.period === '') && (!MONEY.test(cell.measure) || !labelWords.every(inSentence))) return false;
  // The column's header words all, when the table has several value columns (kept as the cell's complement).
  if (!cell.complement.every(inSentence)) return false;
  return cell.words.filter(inSentence).length * 2 >= cell.words.length;
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** A measure that is a currency code ("EUR", "GBP"), not 'count', 'number' or '%'. */
const MONEY = /^[A-Z]{3}$/u;

/** The capitalised words of a's clause (places, programmes, German nouns: "Standorte in Bayern") all stand in b's sentence or headings. */
function capitalsShared(a: Statement, b: Statement): boolean {
  const other = b.context.match(WORD) ?? [];
  return a.capitals.every((word) => other.some((candidate) => sameWord(word, candidate)));
}

/** Two noun phrases of the same words, in any order ("gigafactory fund" ~ "gigafactories fund"). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word) => b.some((other) => sameWord(word, other)));
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
