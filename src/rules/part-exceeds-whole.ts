import { intervalOf, type Slack } from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule } from '../engine/types.js';
import { boundedText } from '../parse/gaps.js';
import type { Brief, Figure, Sentence } from '../parse/types.js';
import { compareDecimal, subtractDecimal } from '../quantity/decimal.js';
import { writeLike } from '../quantity/format.js';
import { qualifierBefore } from '../quantity/qualifiers.js';
import type { Locale } from '../quantity/types.js';

/**
 * A part and the whole it is said to belong to, found by one clear pattern in one sentence.
 * Everything looser ("including", a whole in the previous sentence) is left alone: the rule only
 * speaks where an editor reading the sentence would agree which figure is the part.
 */
interface Pairing {
  part: Figure;
  whole: Figure;
}

/**
 * "W, of which P" / "W waarvan P" / "W, davon P" / "W, dont P": the whole, at most three words
 * (its noun: "1,200 employees"), an optional comma or bracket, the connector, then the part — only
 * qualifier words ("about", "ruim") may stand between the connector and the part, so that
 * "3 pays dont la population dépasse 10 millions" (a whose-clause) is not read as a part.
 */
const WHOLE_THEN_PART =
  /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}\s*[,(–—:]?\s*(?:of which|of whom|thereof|waarvan|van wie|davon|wovon|dont)\s*$/iu;

/**
 * "6 of the 27", "8 out of 64", "6 van de 27", "6 op 10", "6 von 27", "6 der 27", "6 des 27", "6 sur 27".
 * By the document's language: Dutch "of" is "or" ("1, 3 of 15 dagen"), and German "des" opens a
 * genitive ("Nummer 10 des Fünften Buches").
 */
const PART_OF_WHOLE: Record<Locale, RegExp> = {
  en: /^\s*(?:out of(?: the| these| those| its| their| our| a total of)?|of (?:the|these|those|its|their|our|a total of)|of)\s+$/iu,
  nl: /^\s*(?:op|van (?:de|het|deze|die|onze|hun|in totaal))\s+$/iu,
  de: /^\s*(?:von(?: den| diesen| insgesamt)?|der)\s+$/iu,
  fr: /^\s*(?:des|sur(?: les| ces| un total de)?)\s+$/iu,
};

/**
 * After the whole of "P of W": a hyphen or possessive means the figure only describes the noun
 * ("20 of the 12-month contracts", "100 of the 27 Member States' regions"), and a following "to" /
 * "naar" / "auf" makes "von 10 auf 30" a change, not a share.
 */
const NOT_A_WHOLE_AFTER = /^(?:[-‐‑–]|(?:\s+\p{L}+){0,3}['’]s?(?:\s|$)|\s+(?:to|naar|tot|auf|bis|nach|zu|à|au|jusqu)\b)/iu;

/**
 * "Of the EU's € 50 bn, € 20 bn …", "Out of the 27 Member States, 6 …", "Sur les 27 États membres, 6 …",
 * "Van de € 50 miljard gaat € 20 miljard …", "Von den 27 Mitgliedstaaten haben 6 …": a clause that opens
 * with the whole, which may be named first ("Of the EU tranche of € 50 bn", "Van de EU-tranche van
 * € 50 mld.", "Sur la tranche de 50 Md€"). The text before the whole, from the clause start.
 */
const CLAUSE_OPENS_WITH_WHOLE =
  /(?:^|[,;:(—–]\s*)(?:(?:of|out of)(?:\s+[\p{L}][\p{L}'’-]*){1,3}(?:\s+of)?|(?:van|von)\s+(?:de|het|deze|die|onze|hun|den|dem|diesen|unseren|insgesamt)(?:\s+[\p{L}][\p{L}'’-]*){0,2}(?:\s+(?:van|von))?|(?:sur|parmi)\s+(?:les|ces|ses|leurs|nos|la|le)(?:\s+[\p{L}][\p{L}'’-]*){0,2}(?:\s+d[eu])?|des(?:\s+[\p{L}][\p{L}'’-]*){0,2})\s+$/iu;

/**
 * Right after a part: a comparison ("€ 60 bn more than last year", "20 meer dan", "60 Mrd. € mehr als",
 * "60 Md€ de plus"), which makes the figure a difference, not a part of the whole before it.
 */
const COMPARISON_AFTER =
  /^\s+(?:more|less|fewer|higher|lower|above|below|extra|additional|up|down|meer|minder|hoger|lager|mehr|weniger|höher|niedriger|zusätzlich\w*|de plus|de moins|supplémentaires?|en plus|en moins)\b/iu;

/** After such an opening whole: its noun (up to four words) and a comma, then the part. */
const OPENING_WHOLE_THEN_COMMA = /^(?:\s+[\p{L}][\p{L}'’.-]*){0,4}\s*,\s*$/u;

/**
 * Dutch and German put the verb right after the opening phrase, without a comma ("Van de € 50 miljard
 * gaat € 20 miljard naar …"): up to four words, none of which makes it a change ("naar", "auf").
 */
const OPENING_WHOLE_THEN_VERB = /^(?:\s+[\p{L}][\p{L}'’.-]*){1,4}\s+$/u;
const CHANGE_WORDS = /\b(?:naar|tot|auf|bis|nach|zu|to|à|jusqu|gestegen|gedaald|gestiegen|gesunken|stieg|steeg|daalde|sank)\b/iu;


export default defineRule({
  meta: {
    id: 'part-exceeds-whole',
    description: 'A part ("of which", "X out of Y", "waarvan", "davon", "dont") must not be larger than its whole',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    for (const sentence of authorsSentences(brief)) {
      for (const { part, whole } of pairingsIn(sentence, brief.locale)) {
        if (!compatible(part, whole)) continue;
        const partLow = intervalOf(part, slack).low;
        const wholeHigh = intervalOf(whole, slack).high;
        // Rounding and "about" are honoured: only a part that cannot fit in any reading of its whole.
        if (partLow === null || wholeHigh === null || compareDecimal(partLow, wholeHigh) <= 0) continue;
        const excess = writeLike(whole, subtractDecimal(part.value, whole.value), brief.locale);
        report({
          range: part.range,
          message: `Part larger than its whole: ${part.text} is part of ${whole.text}, but exceeds it by ${excess}`,
          related: [{ range: whole.range, message: `the whole: ${whole.text}` }],
        });
      }
    }
  },
});

/** Every sentence outside quotations: a quotation keeps its source's words, which the author cannot correct. */
export function* authorsSentences(brief: Brief): Generator<Sentence> {
  for (const block of brief.blocks) {
    if (!block.quoted) yield* block.sentences;
  }
}

/** Start of a figure with the qualifier words before it ("about € 20 bn"), which belong to no gap. */
export function qualifiedStart(figure: Figure, locale: Locale): number {
  // Asked for each figure by several rules and pairings: read once per figure (and locale).
  const known = qualifiedStarts.get(figure);
  if (known?.locale === locale) return known.start;
  const start = qualifierBefore(figure.block.text, figure.start, locale)?.start ?? figure.start;
  qualifiedStarts.set(figure, { locale, start });
  return start;
}

const qualifiedStarts = new WeakMap<Figure, { locale: Locale; start: number }>();

/** "P of the W", "P out of W", "P van de W", "P von W", "P sur W": adjacent figures, part first. */
export function isPartOfWhole(part: Figure, whole: Figure, sentence: Sentence, locale: Locale): boolean {
  const text = sentence.block.text;
  let gap = boundedText(text, part.end, qualifiedStart(whole, locale));
  // "8 cells out of 64": the part's own noun may stand before the preposition.
  if (part.unit && gap.startsWith(` ${part.unit} `)) gap = gap.slice(part.unit.length + 1);
  return PART_OF_WHOLE[locale].test(gap) && !NOT_A_WHOLE_AFTER.test(text.slice(whole.end, sentence.end));
}

export function pairingsIn(sentence: Sentence, locale: Locale): Pairing[] {
  const text = sentence.block.text;
  const found: Pairing[] = [];
  const figures = sentence.figures;
  for (let index = 0; index + 1 < figures.length; index++) {
    const first = figures[index]!;
    const second = figures[index + 1]!;
    const gap = boundedText(text, first.end, qualifiedStart(second, locale));
    const comparedAfter = COMPARISON_AFTER.test(text.slice(second.end, sentence.end));
    if (WHOLE_THEN_PART.test(gap) && !comparedAfter) {
      found.push({ whole: first, part: second });
      continue;
    }
    if (isPartOfWhole(first, second, sentence, locale)) {
      found.push({ part: first, whole: second });
      continue;
    }
    const opening = boundedText(text, sentence.start, qualifiedStart(first, locale));
    if (CLAUSE_OPENS_WITH_WHOLE.test(opening) && !comparedAfter) {
      const verbFirst = /(?:^|[,;:(—–]\s*)(?:van|von)\s+\S+[^,;:(—–]*$/iu.test(opening);
      if (
        OPENING_WHOLE_THEN_COMMA.test(gap) ||
        (verbFirst && OPENING_WHOLE_THEN_VERB.test(gap) && !CHANGE_WORDS.test(gap))
      ) {
        found.push({ whole: first, part: second });
      }
    }
  }
  return found;
}

/** Kinds of figure that count or measure something; years, shares and multipliers are not. */
export const MEASURED: ReadonlySet<string> = new Set(['amount', 'count', 'number', 'range']);

/** A figure that can be a part or a whole: a non-negative amount or count, not a share, date or label. */
function measurable(figure: Figure): boolean {
  if (!MEASURED.has(figure.kind) || figure.malformed) return false;
  if (figure.unit === '%' || figure.unit === 'pp') return false;
  return [figure.value, figure.low, figure.high].every((value) => value === undefined || !value.startsWith('-'));
}

/** Same currency and the same counted noun, or no noun on one side ("6 of the 27 Member States"). */
export function compatible(part: Figure, whole: Figure): boolean {
  if (!measurable(part) || !measurable(whole)) return false;
  if (part.currency !== whole.currency) {
    // "€ 50 bn, of which 20 bn": a bare figure with the same scale word shares the whole's currency.
    const bare = part.currency ? whole : part;
    const money = part.currency ? part : whole;
    if (bare.unit || bare.currency || !bare.scale || bare.scale !== money.scale) return false;
  }
  if (part.unit && whole.unit && !sameNoun(part.unit, whole.unit)) return false;
  // The reader keeps no unit for symbols ("2 GB, of which 750 MB"): a figure followed by one is
  // compared only with a figure followed by the same symbol.
  const partSymbol = unitSymbolAfter(part);
  const wholeSymbol = unitSymbolAfter(whole);
  if ((partSymbol || wholeSymbol) && !(partSymbol && wholeSymbol && sameNoun(partSymbol, wholeSymbol))) return false;
  return true;
}

/** Measurement symbols and words the reader does not take as a counted noun. */
const SYMBOL = /^(?:[kMGTPmµn]?(?:B|b|W|Wh|Hz|J|g|m|l|L|s|t|bit|bits|byte|bytes|eV|gas)|km2|m2|m3|mph|kph|min|h|hrs?|sec|yr|yrs|tonnes?|tons?|bps|gwei|wei|[A-Z]{2,5})$/u;

/**
 * The symbol right after a figure's digits ("750 MB", "10 ETH", "3 km"), if any. Money has its
 * currency for a unit: the capitals after "€ 50 bn EU tranche" name the fund.
 */
function unitSymbolAfter(figure: Figure): string | undefined {
  if (figure.currency) return undefined;
  const match = /^[\s\u00A0\u202F]?([\p{L}µ°][\p{L}\d]*)/u.exec(figure.block.text.slice(figure.end, figure.end + 12));
  const word = match?.[1];
  return word && SYMBOL.test(word) ? word : undefined;
}

/** "chip"/"chips", "lidstaat"/"lidstaten", "Mitgliedstaat"/"Mitgliedstaaten": one noun. */
export function sameNoun(left: string, right: string): boolean {
  const a = fold(left);
  const b = fold(right);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
