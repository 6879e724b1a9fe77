/**
 * Count × each claims: a count of things, what each of them holds, and the total stated for them.
 *
 *   "four gigafactories … 100,000 chips each … a pool of 500,000 chips in total",
 *   "Each of the 27 Member States gets 3 seats", "$1,600 for each of two children",
 *   "Elk van de vijf ziekenhuizen krijgt € 12 miljoen … De vijf ziekenhuizen ontvangen samen € 65 miljoen".
 *
 * Each sentence is read once into its count × each pairs (`countEachIn`, kept per sentence); the total
 * is then looked for in the same sentence (a bracket before, a marked total opening the sentence, the
 * next figure of the same things marked as a total), the next two sentences of the paragraph, and the
 * paragraphs after (`countEachClaims`).
 */
import { conceptPattern, conceptSource, wordsFor } from '../../lexicon/index.js';
import { perLocale } from '../../parse/figures.js';
import { MAX_GAP_LENGTH } from '../../parse/gaps.js';
import type { Figure, Sentence } from '../../parse/types.js';
import { sameUnit } from '../../quantity/nouns.js';
import type { Locale } from '../../quantity/types.js';
import { CLAUSE_REACH, clauseAround, figuresWithin } from '../clauses.js';
import { MEASURED, qualifiedStart } from '../figures.js';
import type { Synonyms } from '../units.js';
import { isPartOfWhole } from './part-of-whole.js';
import { isPerPeriod, periodOfRate, periodPerClause, totalAfter, withoutPerPeriod } from './product.js';
import { memoByLocale } from '../memo.js';

/** A count of things and what each of them holds: "four gigafactories … 100,000 chips each". */
export interface CountEach {
  count: Figure;
  each: Figure;
  /** Index of the claim's first figure in its sentence's figures (the other is the next one). */
  index: number;
  /** Block-text offsets the claim spans (its figures and its "each"). */
  start: number;
  end: number;
}

/** A count × each claim with the total stated for it. */
export interface CountEachClaim extends CountEach {
  total: Figure;
}

/** Words that hand one figure to each of the counted things, by language (the lexicon's `distributive`). */
const DISTRIBUTIVE = perLocale((locale) => wordsFor(locale, 'distributive').join('|'));

/** A distributive word right at the start of a text ("…chips| each"). */
const DISTRIBUTIVE_AT = byLocale((words) => new RegExp(String.raw`^\s*,?\s*(${words})(?![\p{L}])`, 'iu'), DISTRIBUTIVE);

/** Every distributive word in a text ("four gigafactories, |each| with …"). */
const DISTRIBUTIVE_IN = byLocale((words) => new RegExp(String.raw`(?:^|[^\p{L}])(${words})(?![\p{L}])`, 'giu'), DISTRIBUTIVE);

function byLocale<T>(make: (words: string) => T, table: Record<Locale, string>): Record<Locale, T> {
  return perLocale((locale) => make(table[locale]));
}

/**
 * After a distributive word, words that make it something else: "each of the 27 Member States" (the
 * count follows), "each year" (a rate), "each other".
 */
const NOT_DISTRIBUTIVE_AFTER =
  /^\s+(?:of(?!\s+(?:which|whom)\b)|other|year|month|week|day|time|quarter|hour|round|van|jaar|maand|dag|keer|kwartaal|der|den|dem|des|Jahr|Monat|Woche|Tag|Mal|Quartal|Kilometer|Gramm|Kilogramm|de|du|année|an|mois|semaine|jour|fois|trimestre)(?![\p{L}])|^\s+d['’]/iu;

/** "für je 100 Kubikzentimeter" is a rate ("for every 100 cc"), not "100 each". */
const RATE_BEFORE_JE = /\b(?:für|pro|auf)\s+$/iu;

/** "each of the", "elk van de", "jede der", "chacun des": the count follows. */
const EACH_OF: Record<Locale, RegExp> = {
  en: /(?:^|[^\p{L}])(?:each|every one) of(?:\s+(?:the|these|those|its|their|our|his|her))?\s+$/iu,
  nl: /(?:^|[^\p{L}])(?:elk|elke|ieder|iedere) van(?:\s+(?:de|deze|die|hun|onze|zijn|haar))?\s+$/iu,
  de: /(?:^|[^\p{L}])(?:jede[nmrs]?|jeweils) (?:der|von den|dieser|ihrer|unserer)\s+$/iu,
  fr: /(?:^|[^\p{L}])(?:chacun|chacune)(?: des| de ces| de leurs| de nos| de ses|\s+d['’]entre(?: les| eux| elles)?)\s+$/iu,
};

/** Between "P" and "each of the C" ("$1,600 for each of two children"): P's noun (three words at most) and a preposition. */
const EACH_FOR: Record<Locale, RegExp> = {
  en: /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?\s*(?:for|to|per|in)?\s*$/iu,
  nl: /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?\s*(?:voor|aan|per)?\s*$/iu,
  de: /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?\s*(?:für|an|pro)?\s*$/iu,
  fr: /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?\s*(?:pour|à|par)?\s*$/iu,
};

/** Words that join items of a list: a figure after one of them belongs to another item. */
const LIST_WORDS: Record<Locale, RegExp> = {
  en: /(?:^|[^\p{L}])(?:and|or|plus|as well as|versus|vs|than|instead|compared|from|to|rather|while|whereas|but)(?![\p{L}])/iu,
  nl: /(?:^|[^\p{L}])(?:en|of|plus|alsook|dan|tegenover|naar|terwijl|maar)(?![\p{L}])/iu,
  de: /(?:^|[^\p{L}])(?:und|oder|sowie|plus|als|gegenüber|statt|bis|auf|während|aber)(?![\p{L}])/iu,
  fr: /(?:^|[^\p{L}])(?:et|ou|plus|ainsi que|que|contre|au lieu|vers|à|tandis|mais)(?![\p{L}])/iu,
};

/** "per person", "je Kilowattstunde", "par an": a rate, after which a figure is no longer what each holds. */
const RATE_IN_GAP = /(?:^|[^\p{L}])(?:per|pro|par|je)\s+\p{L}/iu;

/** Words that join a second subject to the things counted: "the 3 partners and the state give € 20 m". */
const COORDINATION = perLocale((locale) => new RegExp(String.raw`(?:^|[^\p{L}])${conceptSource(locale, 'coordination')}(?![\p{L}])`, 'iu'));

/** A gap inside one clause: no digits, no clause or bracket marks. */
const ONE_CLAUSE_GAP = /^[^\d;:()[\]{}.!?—–]*$/u;

/** Words that say a figure is the sum of the items: "in total", "together", "samen", "insgesamt", "au total". */
const TOTAL_MARKER = perLocale((locale) => new RegExp(String.raw`(?:^|[^\p{L}])${conceptSource(locale, 'total')}(?![\p{L}])`, 'iu'));

/** A total marker right after a figure and its noun: "500 000 chips in total". */
const MARKED_AFTER = byLocale(
  (marker) => new RegExp(String.raw`^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?\s*,?${marker}`, 'iu'),
  { en: TOTAL_MARKER.en.source, nl: TOTAL_MARKER.nl.source, de: TOTAL_MARKER.de.source, fr: TOTAL_MARKER.fr.source },
);

/**
 * Words that widen or shift what a total counts ("across all EU AI factories", "including",
 * "more than", "other"): such a total is not the product of this count.
 */
const OTHER_SCOPE: Record<Locale, RegExp> = {
  en: /(?:^|[^\p{L}])(?:across|all|including|incl|plus|other|others|additional|more|further|existing|already|another|worldwide|nationwide|EU-wide|Europe-wide|globally|than|of which|per|each|every|apiece|remaining|new)(?![\p{L}])/iu,
  nl: /(?:^|[^\p{L}])(?:alle|inclusief|incl|plus|andere|overige|extra|meer|bestaande|nog|dan|waarvan|per|elk|elke|nieuwe|wereldwijd)(?![\p{L}])/iu,
  de: /(?:^|[^\p{L}])(?:alle[nmrs]?|einschließlich|inklusive|inkl|plus|andere[nmrs]?|weitere[nmrs]?|zusätzliche[nmrs]?|mehr|bereits|als|davon|pro|je|jeweils|neue[nmrs]?|weltweit)(?![\p{L}])/iu,
  fr: /(?:^|[^\p{L}])(?:tous|toutes|y compris|plus|autres?|supplémentaires?|déjà|que|dont|par|chacun\w*|nouveaux|nouvelles|mondial\w*)(?![\p{L}])/iu,
};

/** Stands in for the claim's count in a total's clause, so that "all four" can be told from "all". */
const THE_COUNT = '\u0000';

/** "all four gigafactories", "all of them": "all" that names the counted things themselves. */
const ALL_OF_THEM =
  /(?:^|[^\p{L}])(?:all|alle|tous|toutes)(?:\s+(?:of\s+|van\s+)?(?:them|these|those|hen|eux|elles)(?![\p{L}])|\s+(?:the\s+|de\s+|die\s+|les\s+|ces\s+)?\u0000)/giu;

/**
 * How far (in characters) the rule looks around a figure for the words that tie it to a claim: a
 * clause, not a whole sentence, so that a run-on "sentence" of 100 KB stays linear.
 */
const REACH = CLAUSE_REACH;

/** Sentences after the claim's in which a total may still be stated (same paragraph). */
const SENTENCES_AHEAD = 2;

/** Every count × each claim of the author's sentences whose total the brief states, in document order. */
export function countEachClaims(sentences: readonly Sentence[], locale: Locale, synonyms: Synonyms): CountEachClaim[] {
  const claims: CountEachClaim[] = [];
  sentences.forEach((sentence, index) => {
    for (const claim of countEachIn(sentence, locale)) {
      const total =
        totalFor(claim, sentences.slice(index, index + 1 + SENTENCES_AHEAD), locale, synonyms) ??
        (claim.each.kind === 'amount' && !isPerPeriod(claim.each, locale) ? totalAfter(sentences, index, claim.end, claim.each, locale, new Set([claim.count, claim.each])) : undefined) ??
        distantTotal(claim, sentences, index, locale, synonyms);
      if (total) claims.push({ ...claim, total });
    }
  });
  return claims;
}

/** A count of the things themselves: an integer above one with its noun, read without doubt. */
function isCount(figure: Figure): boolean {
  return (
    figure.kind === 'count' &&
    Boolean(figure.unit) &&
    !figure.malformed &&
    /^\d+$/u.test(figure.value) &&
    Number(figure.value) > 1
  );
}

/** What each thing holds or gets: a counted noun or money, read without doubt. */
function isPerItem(figure: Figure, count: Figure, locale: Locale): boolean {
  if (figure.malformed || figure.value.startsWith('-') || figure.unit === '%' || figure.unit === 'pp') return false;
  if (figure.kind === 'amount') return Boolean(figure.currency);
  if (figure.kind !== 'count' || !figure.unit) return false;
  // "400 000 accelerators, ≈ 100 k GPUs each": a second figure for the same things is no count of holders.
  return !sameUnit(figure.unit, count.unit ?? '', locale);
}

/** Words that hand out only with a noun after them: "je Kilowattstunde", "elke gemeente" are rates. */
const DETERMINER_ONLY = new Set(['je', 'elke', 'iedere']);

/** "each", "apiece", "chacune" right after the per-item figure and its noun. */
function distributiveAt(text: string, locale: Locale): RegExpExecArray | null {
  const match = DISTRIBUTIVE_AT[locale].exec(text);
  if (!match || NOT_DISTRIBUTIVE_AFTER.test(text.slice(match[0].length))) return null;
  if (DETERMINER_ONLY.has(match[1]!.toLowerCase())) return null;
  return match;
}

/** A gap after a count without the count's own noun, which is no word between the two: "Douze |régions| accueilleront chacune …". */
function afterNoun(gap: string, count: Figure): string {
  const noun = count.unit && !count.text.includes(count.unit) ? count.unit : '';
  return noun && gap.trimStart().startsWith(noun) ? gap.trimStart().slice(noun.length) : gap;
}

/** A gap between two figures of one claim: one clause, no list, ten words at most ("huit pôles de recherche en intelligence artificielle, dotés chacun de"). */
function linkingGap(gap: string, locale: Locale): boolean {
  // "each of seven agencies, for a total of 14 projects": the figure after a total marker is the total;
  // "15 tons per person, each $10": a rate between the figures.
  return (
    ONE_CLAUSE_GAP.test(gap) &&
    !RATE_IN_GAP.test(gap) &&
    !LIST_WORDS[locale].test(gap) &&
    !TOTAL_MARKER[locale].test(gap) &&
    gap.trim().split(/\s+/u).length <= 10
  );
}

/**
 * The end of "100,000 last-generation AI chips each" or "€ 5 bn each" after the per-item figure, or
 * -1. A counted figure's noun must come right before the "each" ("100 chips and 50 servers each"
 * gives servers, not chips, their "each").
 */
function eachAfter(each: Figure, count: Figure, locale: Locale): number {
  const text = each.block.text;
  let at = each.end;
  if (each.kind === 'count' && each.unit && !each.text.includes(each.unit)) {
    const window = text.slice(at, at + 80);
    const found = window.indexOf(each.unit);
    if (found < 0 || !/^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}\s+$|^\s+$/u.test(window.slice(0, found))) return -1;
    at += found + each.unit.length;
  }
  // "each" or "per factory" stands right after the figure: a bounded look keeps long sentences linear.
  const rest = text.slice(at, at + MAX_GAP_LENGTH);
  const distributive = distributiveAt(rest, locale);
  if (distributive) return at + distributive[0].length;
  // "100 chips per factory", "€ 5 m elke provincie": a rate per one of the counted things.
  const per = /^\s+(?:per|pro|par|je|elke|iedere|jede[nmrs]?|chaque)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)/iu.exec(rest);
  if (per && count.unit) {
    const nouns = per[1]!.split(/\s+/u);
    // "per Member State" has two words; "per factory" one.
    for (let words = nouns.length; words >= 1; words--) {
      if (sameUnit(nouns.slice(0, words).join(' '), count.unit, locale, [])) {
        return at + per[0].length - (per[1]!.length - nouns.slice(0, words).join(' ').length);
      }
    }
  }
  return -1;
}

/**
 * "four gigafactories, each with 100,000 chips", "vier gigafabrieken bevatten elk 100.000 chips", "von je
 * 5 Mrd. Euro". An English "each" right before the figure is a determiner ("each $10 carbon price").
 */
function eachBefore(gap: string, locale: Locale): boolean {
  for (const match of gap.matchAll(DISTRIBUTIVE_IN[locale])) {
    const after = gap.slice(match.index + match[0].length);
    // "dotés chacun de 125 M€": "de" right before the figure says what each holds, not "each of the …".
    if (NOT_DISTRIBUTIVE_AFTER.test(after) && !/^\s+(?:de|d['’])\s*$/iu.test(after)) continue;
    if (locale === 'en' && /^\s*$/u.test(after)) continue;
    if (match[1]!.toLowerCase() === 'je' && RATE_BEFORE_JE.test(gap.slice(0, match.index + 1))) continue;
    return true;
  }
  return false;
}

/** The count × each pairs one sentence states, read once per sentence (and locale). */
export const countEachIn: (sentence: Sentence, locale: Locale) => readonly CountEach[] = memoByLocale((sentence: Sentence, locale: Locale) => readCountEach(sentence, locale));

function readCountEach(sentence: Sentence, locale: Locale): CountEach[] {
  const text = sentence.block.text;
  const figures = sentence.figures;
  const claims: CountEach[] = [];
  for (let index = 0; index + 1 < figures.length; index++) {
    const first = figures[index]!;
    const second = figures[index + 1]!;
    const gap = text.slice(first.end, qualifiedStart(second, locale));
    // "… 4 factories and 2 labs with 100 chips each": a count in a list holds no "each" of its own.
    const previous = figures[index - 1];
    const inList = previous !== undefined && COORDINATION[locale].test(text.slice(previous.end, qualifiedStart(first, locale))) &&
      ONE_CLAUSE_GAP.test(text.slice(previous.end, qualifiedStart(first, locale)));
    // "3 of the 4 factories have 100 chips each": the 3 hold them, not the 4.
    const partOf = previous !== undefined && isPartOfWhole(previous, first, sentence, locale);
    if (!inList && !partOf && isCount(first) && isPerItem(second, first, locale) && linkingGap(afterNoun(gap, first), locale)) {
      const before = text.slice(Math.max(sentence.start, first.start - REACH), qualifiedStart(first, locale));
      const opening = EACH_OF[locale].exec(before);
      // Only as the clause's subject: in "$12,000 to each of the 23.6 million recipients would cost
      // $283 billion" the figure before is what each gets, and the one after is no item.
      if (opening && /(?:^|[,;:(—–])\s*$/u.test(before.slice(0, opening.index + (/^\p{L}/u.test(opening[0]) ? 0 : 1)))) {
        // "Each of the 27 Member States gets 3 seats."
        claims.push({ count: first, each: second, index, start: first.start, end: second.end });
        continue;
      }
      if (eachBefore(gap, locale)) {
        claims.push({ count: first, each: second, index, start: first.start, end: second.end });
        continue;
      }
      const end = eachAfter(second, first, locale);
      if (end >= 0) {
        claims.push({ count: first, each: second, index, start: first.start, end });
        continue;
      }
    }
    // "$1,600 for each of two children", "€ 1.000 voor elk van de 3 kinderen"; not "15 hashes of 32
    // bytes at each of the 12 levels", where the figure is what each of the 15 holds.
    const heldBy = previous !== undefined && linkingGap(text.slice(previous.end, qualifiedStart(first, locale)), locale) &&
      text.slice(previous.end, qualifiedStart(first, locale)).trim().split(/\s+/u).length <= 3;
    if (!heldBy && isCount(second) && isPerItem(first, second, locale)) {
      const beforeCount = text.slice(first.end, qualifiedStart(second, locale));
      const eachOf = EACH_OF[locale].exec(beforeCount);
      if (eachOf && EACH_FOR[locale].test(beforeCount.slice(0, eachOf.index + (eachOf[0].match(/^[^\p{L}]/u) ? 1 : 0)))) {
        claims.push({ count: second, each: first, index, start: qualifiedStart(first, locale), end: second.end });
      }
    }
  }
  return claims;
}

/**
 * "planned for 2027 … by 2030, together": a total's clause may name only years the claim names (in
 * its own sentence, only years standing before the total's clause).
 */
function yearsOfTotalNamed(claim: CountEach, own: Sentence, sentence: Sentence, clause: { start: number; end: number }): boolean {
  const totalYears = yearsIn(figuresWithin(sentence, clause.start, clause.end));
  const claimYears = yearsIn(
    figuresWithin(own, claim.start - REACH, claim.end + REACH).filter((figure) => sentence !== own || figure.end <= clause.start),
  );
  return [...totalYears].every((year) => claimYears.has(year));
}

function yearsIn(figures: readonly Figure[]): Set<number> {
  const years = new Set<number>();
  for (const figure of figures) {
    if (figure.kind === 'year') years.add(Number(figure.value));
    else if ((figure.kind === 'date' || figure.kind === 'period') && figure.date?.year) years.add(figure.date.year);
  }
  return years;
}

/**
 * The total stated for the claim's things: the first figure after the claim (in its sentence or the
 * next two of the paragraph) that counts the same nouns or the same currency, when it is marked as
 * a total ("in total", "together", "samen", "insgesamt", "au total") and nothing widens its scope.
 * A bracket right after a figure holding the whole claim marks it too: "$3,200 ($1,600 for each of two children)".
 */
function totalFor(claim: CountEach, sentences: readonly Sentence[], locale: Locale, synonyms: Synonyms): Figure | undefined {
  const [own] = sentences;
  if (!own) return undefined;
  const before = bracketTotal(claim, own, locale, synonyms) ?? totalFirst(claim, own, locale, synonyms);
  if (before) return before;
  for (const sentence of sentences) {
    if (sentence.block !== own.block) break;
    const from = sentence === own ? claim.end : sentence.start;
    const figures = sentence.figures;
    let total: Figure | undefined;
    for (let index = sentence === own ? claim.index + 2 : 0; index < figures.length && !total; index++) {
      const figure = figures[index]!;
      if (figure.start < from) continue;
      if (sameThings(figure, claim, locale, synonyms)) total = figure;
      // "… 100,000 chips each. The 20 AI factories are smaller. Together they …": other things counted between.
      else if (MEASURED.has(figure.kind) && !namesTheCount(figure, claim, locale)) return undefined;
    }
    if (!total) continue;
    // Only the nearest such figure: one further on may be something else again.
    if (total.malformed || !isMarkedTotal(total, sentence, from, claim, locale)) return undefined;
    const clause = clauseAround(sentence, from, qualifiedStart(total, locale), total.end);
    // In a later sentence the total must speak of the claim's things: "Together they", "the four gigafactories".
    const lead = sentence.block.text.slice(Math.max(sentence.start, clause.start - REACH), clause.end);
    if (sentence !== own && !refersBack(lead, claim, locale)) return undefined;
    return yearsOfTotalNamed(claim, own, sentence, clause) ? total : undefined;
  }
  return undefined;
}

/** How many sentences after the claim's paragraph a total may stand: a brief restates its totals within a few sections. */
const SENTENCES_BEYOND = 60;

/**
 * The total stated for the claim's things in a later paragraph or section: "Elk van de vijf ziekenhuizen
 * krijgt € 12 miljoen. … ## Financiën … De vijf ziekenhuizen ontvangen samen € 65 miljoen", "… four
 * gigafactories with 100,000 chips each. ⏎⏎ Together, they would give researchers a pool of 500,000
 * chips". Only the first figure of the claim's things after its paragraph is a candidate; it must be
 * marked as a total and name the counted things again ("the five hospitals", the count with its noun),
 * or open the very next paragraph pointing back at them ("Together, they").
 */
function distantTotal(claim: CountEach, sentences: readonly Sentence[], index: number, locale: Locale, synonyms: Synonyms): Figure | undefined {
  const own = sentences[index]!;
  // Another figure of the things in the claim's own paragraph ("hinzu kommen 4 Mio. Euro") was judged there.
  // (Within reach only, as everything a claim reads, so that a 100 KB one-line paragraph stays linear.)
  if (figuresWithin(own, claim.end, Math.min(own.end, claim.end + REACH)).some((figure) => sameThings(figure, claim, locale, synonyms))) return undefined;
  if (own.end - claim.end > REACH) return undefined;
  let at = index + 1;
  for (; at < sentences.length && sentences[at]!.block === own.block; at++) {
    if (at - index > SENTENCES_BEYOND) return undefined;
    if (sentences[at]!.figures.some((figure) => sameThings(figure, claim, locale, synonyms))) return undefined;
  }
  // A section heading between ("## Kosten") does not part the next paragraph from the claim's.
  let opening = at;
  while (opening < sentences.length && opening - at < 3 && sentences[opening]!.block.kind === 'heading' && sentences[opening]!.figures.length === 0) opening++;
  const firstOfNext = sentences[opening];
  for (const end = Math.min(sentences.length, at + SENTENCES_BEYOND); at < end; at++) {
    const sentence = sentences[at]!;
    const total = sentence.figures.find((figure) => sameThings(figure, claim, locale, synonyms));
    if (!total) continue;
    if (total.malformed) return undefined;
    if (!isMarkedTotal(total, sentence, sentence.start, claim, locale, true)) return undefined;
    const clause = clauseAround(sentence, sentence.start, qualifiedStart(total, locale), total.end);
    const namesCount = figuresWithin(sentence, clause.start, total.start).some((figure) => figure.kind === 'count' && Boolean(figure.unit) && namesTheCount(figure, claim, locale));
    const lead = sentence.block.text.slice(sentence.start, qualifiedStart(total, locale));
    const opensNext = sentence === firstOfNext && (pointsBackAtOpening(lead, locale) || conceptPattern(locale, 'together', 'start').test(lead));
    if (!namesCount && !opensNext) return undefined;
    // What each gets per period adds up per period: "jeweils 4 Mio. Euro jährlich … ein jährlicher Finanzbedarf von 40 Mio. Euro".
    const period = periodOfRate(claim.each, locale);
    if (period && periodPerClause(sentence, clause.start, clause.end, locale) !== period) return undefined;
    return yearsOfTotalNamed(claim, own, sentence, clause) ? total : undefined;
  }
  return undefined;
}

/**
 * A pronoun for the counted things among the first four words of a sentence: "Together, they",
 * "Samen hebben ze", "Zusammen verfügen sie", "Au total, elles". Not an article before a noun
 * ("Insgesamt umfasst das Programm": a German noun is capitalised).
 */
function pointsBackAtOpening(text: string, locale: Locale): boolean {
  const words = text.split(/[\s,;:]+/u).filter(Boolean);
  return words.slice(0, 4).some((word, at) => {
    if (!POINTS_BACK[locale].test(` ${word} `)) return false;
    const next = words[at + 1] ?? '';
    return !(locale === 'de' && /^\p{Lu}/u.test(next));
  });
}

/** The nearest figure before the claim's first one (within reach), if any. */
function figureBefore(claim: CountEach, sentence: Sentence, accept: (figure: Figure) => boolean): Figure | undefined {
  for (let index = claim.index - 1; index >= 0; index--) {
    const figure = sentence.figures[index]!;
    if (figure.end < claim.start - REACH) return undefined;
    if (accept(figure)) return figure;
  }
  return undefined;
}

/** "the four gigafactories" again: the claim's count, named once more ("alle vier samen": no noun but the marker). */
function namesTheCount(figure: Figure, claim: CountEach, locale: Locale): boolean {
  if (figure.value !== claim.count.value) return false;
  return !figure.unit || sameUnit(figure.unit, claim.count.unit ?? '', locale, []) || TOTAL_MARKER[locale].test(` ${figure.unit}`);
}

/** Words that point back to the counted things, by language. */
const POINTS_BACK: Record<Locale, RegExp> = {
  en: /(?:^|[^\p{L}])(?:they|them|these|those|their|both|that|this|which)(?![\p{L}])/iu,
  nl: /(?:^|[^\p{L}])(?:zij|ze|deze|die|hun|beide|beiden|dat|dit)(?![\p{L}])/iu,
  de: /(?:^|[^\p{L}])(?:sie|diese|ihre|beide|das|dies)(?![\p{L}])/iu,
  fr: /(?:^|[^\p{L}])(?:ils|elles|ces|leurs|les deux|cela|ça|c['’]est)(?![\p{L}])/iu,
};

/** Whether text speaks of the claim's counted things: a pronoun, the count again, or its noun. */
function refersBack(text: string, claim: CountEach, locale: Locale): boolean {
  if (POINTS_BACK[locale].test(text)) return true;
  const unit = claim.count.unit ?? '';
  const count = claim.count.text.toLowerCase();
  return text.split(/[^\p{L}\d'’-]+/u).some((word) => word.toLowerCase() === count || (word.length > 2 && sameUnit(word, unit, locale, [])));
}

function sameThings(figure: Figure, claim: CountEach, locale: Locale, synonyms: Synonyms): boolean {
  if (figure.unit === '%' || figure.unit === 'pp') return false;
  if (claim.each.kind === 'amount') return figure.kind === 'amount' && figure.currency === claim.each.currency;
  if (figure.kind !== 'count' || !figure.unit) return false;
  if (sameUnit(figure.unit, claim.count.unit ?? '', locale, synonyms)) return false;
  return sameUnit(figure.unit, claim.each.unit ?? '', locale, synonyms);
}

/**
 * Whether a coordination in the total's subject joins other things onto the counted ones: "the 3
 * partners and the state give", or an "and" with no mention of the counted things before it. Not when
 * the counted things are named and the "and" stands further on, among the objects: "Together, they
 * would give researchers and start-ups a pool of 500,000 chips".
 */
function joinsOnto(subject: string, claim: CountEach, locale: Locale): boolean {
  for (const match of subject.matchAll(COORDINATION_ALL[locale])) {
    const before = subject.slice(0, match.index);
    if (!refersBack(before, claim, locale)) return true;
    const lastWords = before.split(/\s+/u).filter(Boolean).slice(-3).join(' ');
    if (refersBack(lastWords, claim, locale)) return true;
  }
  return false;
}

const COORDINATION_ALL = perLocale((locale) => new RegExp(String.raw`(?:^|[^\p{L}])${conceptSource(locale, 'coordination')}(?![\p{L}])`, 'giu'));

function isMarkedTotal(total: Figure, sentence: Sentence, from: number, claim: CountEach, locale: Locale, distant = false): boolean {
  const text = sentence.block.text;
  const clause = clauseAround(sentence, from, qualifiedStart(total, locale), total.end);
  const before = text.slice(clause.start, qualifiedStart(total, locale));
  const after = text.slice(total.end, clause.end);
  const markerBefore = TOTAL_MARKER[locale].exec(before);
  if (!markerBefore && !TOTAL_MARKER[locale].test(after)) return false;
  // "In total, the 3 partners and the state give € 20 m": the total counts more than the claim's things.
  const subject = markerBefore ? before.slice(markerBefore.index + markerBefore[0].length) : before;
  if (joinsOnto(subject, claim, locale) || COORDINATION[locale].test(after)) return false;
  // "… € 5 bn each and a guarantee, together € 30 bn": something joined on before the marker; a bare
  // "and" that only leads into it ("…, and together they employ") is fine.
  const lead = markerBefore ? before.slice(0, markerBefore.index + 1) : '';
  if (COORDINATION[locale].test(lead) && !/^[\s,]*(?:and|en|und|et)?[\s,]*$/iu.test(lead.slice(-MAX_GAP_LENGTH))) return false;
  // "across all EU AI factories", "≈ 100 k GPUs each", "more than": another scope or another figure.
  // In a later paragraph, "doté de 1,5 M€ par an … ces centres représentent 20 M€ par an": the total's own
  // per-period phrase, for the period of what each gets, says it is summed per that period too.
  const period = distant ? periodOfRate(claim.each, locale) : undefined;
  const words = `${before} ${period ? withoutPerPeriod(after, period, locale) : after}`.toLowerCase().split(claim.count.text.toLowerCase()).join(THE_COUNT).replace(ALL_OF_THEM, ' ');
  return !OTHER_SCOPE[locale].test(words) && !conceptPattern(locale, 'inAddition').test(words);
}

/** "$3,200 ACTC ($1,600 for each of two children)": the figure right before a bracket that holds the claim. */
function bracketTotal(claim: CountEach, sentence: Sentence, locale: Locale, synonyms: Synonyms): Figure | undefined {
  const text = sentence.block.text;
  const first = Math.min(qualifiedStart(claim.each, locale), qualifiedStart(claim.count, locale));
  let open = first - 1;
  while (open > sentence.start && /\s/u.test(text[open]!)) open--;
  if (open < sentence.start || text[open] !== '(') return undefined;
  if (!/^[^()]{0,40}\)/u.test(text.slice(claim.end)) || /\d/u.test(text.slice(claim.end, text.indexOf(')', claim.end)))) return undefined;
  const total = figureBefore(claim, sentence, (figure) => figure.end <= open);
  if (!total || total.malformed || !sameThings(total, claim, locale, synonyms)) return undefined;
  // The total's own noun at most between it and the bracket.
  return /^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}\s*$/u.test(text.slice(total.end, open)) ? total : undefined;
}

/**
 * "A total of 500 000 chips goes to four gigafactories with 100,000 chips each": the marked total
 * opens the sentence, the claim closes it, and nothing else is counted or joined on ("… and to
 * research").
 */
function totalFirst(claim: CountEach, sentence: Sentence, locale: Locale, synonyms: Synonyms): Figure | undefined {
  const text = sentence.block.text;
  const claimStart = Math.min(qualifiedStart(claim.count, locale), qualifiedStart(claim.each, locale));
  const total = figureBefore(claim, sentence, (figure) => MEASURED.has(figure.kind));
  if (!total || total.malformed || !sameThings(total, claim, locale, synonyms)) return undefined;
  const gap = text.slice(total.end, claimStart);
  if (!ONE_CLAUSE_GAP.test(gap) || COORDINATION[locale].test(gap) || gap.trim().split(/\s+/u).length > 10) return undefined;
  const clauseStart = clauseAround(sentence, sentence.start, qualifiedStart(total, locale), total.end).start;
  const opening = text.slice(clauseStart, qualifiedStart(total, locale));
  const marker = TOTAL_MARKER[locale].exec(opening);
  const markedAfter = MARKED_AFTER[locale];
  const markedBefore = marker !== null && /^[\s,]*(?:[\p{L}]+\s+){0,2}$/u.test(opening.slice(marker.index + marker[0].length));
  // "The £3bn programme funds 20 hubs with £120m each": an envelope, then what it pays for, all of it.
  const envelope = total.kind === 'amount' && !/[,–—]/u.test(gap) &&
    (conceptPattern(locale, 'funds').test(gap) || (conceptPattern(locale, 'budgetVerb').test(opening) && gap.trim().split(/\s+/u).length <= 2));
  if (!markedBefore && !envelope && !markedAfter.test(text.slice(total.end, total.end + MAX_GAP_LENGTH))) return undefined;
  if (OTHER_SCOPE[locale].test(`${opening} ${gap}`) || conceptPattern(locale, 'inAddition').test(`${opening} ${gap}`)) return undefined;
  if (sentence.end - claim.end > REACH) return undefined;
  // "… 20 hubs with £120m each and a research centre": more than the items. After a comma, a
  // participle says where they are ("…, spread across the regions and the nations").
  const rest = text.slice(claim.end, sentence.end);
  const joined = COORDINATION[locale].test(envelope ? rest.split(/[,;:–—(]/u)[0]! : rest);
  if (joined || figuresWithin(sentence, claim.end, sentence.end).some((figure) => MEASURED.has(figure.kind))) {
    return undefined;
  }
  return total;
}
