/**
 * Product claims: a figure per period or per item, how many periods or items, and the total stated
 * for them.
 *
 *   per period × periods:  "€ 400 million a year for five years … € 2.4 billion over the period",
 *                          "Pro Jahr fließen 400 Mio. Euro, über fünf Jahre also 2,4 Mrd. Euro",
 *                          "30 millions d'euros par trimestre pendant deux ans, soit 280 millions";
 *   one rate as another:   "£25 a week, worth £1,600 a year", "pro Quartal 45 Mio. Euro, im Jahr also 160 Mio. Euro";
 *   per item × count:      "£150 per pupil. With 820,000 eligible pupils …, the annual cost is £133m",
 *                          "Elke gemeente krijgt 150.000 euro. Voor de 300 gemeenten samen komt dat op 40 miljoen euro".
 *
 * The total is the next figure of the same currency after the pieces (in their sentence, or in the
 * next sentences of the paragraph when those say it is a total or a cost), with nothing joined on
 * ("plus € 15 m for …") and no other figure of that currency between. A later "over the period" total
 * is compared with the nearest rate before it that has a duration.
 */
import { conceptPattern, conceptSource, WORD_END, WORD_START } from '../../lexicon/index.js';
import { boundedText, firstStartingFrom, lastEndingBy, MAX_GAP_LENGTH } from '../../parse/gaps.js';
import type { Brief, Figure, Sentence, Table, TableCell } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import type { Locale } from '../../quantity/types.js';
import { figuresWithin } from '../clauses.js';
import { authorsSentences, measurable, qualifiedStart } from '../figures.js';
import { isTimeFigure } from '../period.js';
import { sameUnit } from '../units.js';
import { memoByLocale } from '../memo.js';

export type PeriodUnit = 'year' | 'quarter' | 'month' | 'week';

export interface ProductClaim {
  kind: 'product';
  how: 'per-period' | 'rate' | 'per-item';
  /** What one period or one item holds. */
  each: Figure;
  /** How many periods or items: the figure that says so (a duration, a count, a range of years), and the multiplier as low–high. */
  times: { text: string; low: number; high: number; figure?: Figure };
  total: Figure;
}

/** Periods per year, and weeks as 52 to 52 1/7 a year. */
const PER_YEAR: Record<PeriodUnit, readonly [number, number]> = { year: [1, 1], quarter: [4, 4], month: [12, 12], week: [52, 52.18] };

/** How many `small` periods one `large` period holds, as low–high. */
function periodsIn(large: PeriodUnit, small: PeriodUnit): readonly [number, number] {
  // "£25 a week for 10 weeks": ten of them exactly, not ten times 52/52.18.
  if (large === small) return [1, 1];
  const [largeLow, largeHigh] = PER_YEAR[large];
  const [smallLow, smallHigh] = PER_YEAR[small];
  return [smallLow / largeHigh, smallHigh / largeLow];
}

/** The period a per-period phrase or a duration noun names. */
function periodOf(words: string): PeriodUnit | undefined {
  const lower = words.toLowerCase();
  if (/(?:quarter|kwarta|quartal|trimestr)/u.test(lower)) return 'quarter';
  if (/(?:month|maand|monat|mois|mensuel)/u.test(lower)) return 'month';
  if (/(?:week|weken|woche|semaine|wöchentlich|wekelijks)/u.test(lower)) return 'week';
  if (/(?:year|annual|annum|jaar|jaren|jahr|jähr|(?<![\p{L}])ans?(?![\p{L}])|année|annuel|p\.\s?a\.|'s jaars)/u.test(lower)) return 'year';
  return undefined;
}

const EXTRA_PER_PERIOD: Record<Locale, string> = {
  en: String.raw`an? (?:year|month|week|quarter)|per (?:year|month|week|quarter)|each (?:year|month|week|quarter)|every (?:year|month|week|quarter)`,
  nl: String.raw`per (?:jaar|maand|week|kwartaal)|elk(?:e)? (?:jaar|maand|week|kwartaal)|jaarlijks|maandelijks|wekelijks`,
  de: String.raw`im (?:Jahr|Monat|Quartal)|pro (?:Jahr|Monat|Woche|Quartal)|je (?:Jahr|Monat|Woche|Quartal)|jährlich|monatlich|wöchentlich|quartalsweise`,
  fr: String.raw`par (?:an|année|mois|semaine|trimestre)|chaque (?:année|an|mois|semaine|trimestre)|l['’]an`,
};

/** Per-period phrases (the lexicon's), plus "im Monat", "par mois", "chaque année" and the like. */
const PER_PERIOD = perLocale(
  (locale) => new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'perPeriod')}|${EXTRA_PER_PERIOD[locale]})${WORD_END}`, 'giu'),
);


/** "four times a year", "vier keer per jaar", "viermal im Jahr", "quatre fois par an": occurrences per period. */
const TIMES_BEFORE = /(?:^|\s)(\p{L}+|\d+)\s*(?:times|keer|maal|mal|fois)\s*$/iu;
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, twaalf: 12,
  zwei: 2, drei: 3, fünf: 5, sechs: 6, zwölf: 12, deux: 2, trois: 3, quatre: 4, cinq: 5, douze: 12, zwie: 2,
};

/** A distributive word that is not "each year": the rate is per item too. */
const DISTRIBUTED = /(?<![\p{L}])(?:each|apiece|elk|elke|ieder|iedere|jeweils|je|jede[nmrs]?|chacun\p{L}*|chaque)(?![\p{L}])(?!\s+(?:year|month|week|quarter|day|jaar|maand|week|kwartaal|Jahr|Monat|Woche|Quartal|année|an|mois|semaine|trimestre)(?![\p{L}]))/iu;

/** Duration nouns: "five years", "18 months", "40 schoolweken", "acht Jahren", "sept ans". */
function durationOf(figure: Figure): { periods: number; unit: PeriodUnit } | undefined {
  if (isTimeFigure(figure) && figure.kind === 'range' && figure.low && figure.high) {
    // "From 2025 to 2029": five years, both ends counted; "2024/25", "2024-25" is one financial year.
    if (!/\d{4}\s*(?:-|–|—|to|tot(?: en met)?|t\/m|bis|à|au)\s*\d{4}/iu.test(figure.text)) return undefined;
    return { periods: Number(figure.high) - Number(figure.low) + 1, unit: 'year' };
  }
  if (figure.kind !== 'count' || !figure.unit || figure.malformed || !/^\d+$/u.test(figure.value)) return undefined;
  if (!/(?:years?|jaar|jaren|jahre?n?|ans|années?|months?|maanden|monaten?|monate|mois|weeks?|weken|wochen|semaines|quarters?|kwartalen|quartale?n?|trimestres)$/iu.test(figure.unit)) return undefined;
  const unit = periodOf(figure.unit);
  return unit ? { periods: Number(figure.value), unit } : undefined;
}

/** "over a decade", "fünfjährige Laufzeit", "sur la durée du quinquennat" are durations in words the reader does not count. */
const DURATION_WORDS: Record<Locale, ReadonlyArray<readonly [RegExp, number]>> = {
  en: [[/(?<![\p{L}])(?:a|one) decade(?![\p{L}])/iu, 10]],
  nl: [[/(?<![\p{L}])(?:een|één) decennium(?![\p{L}])/iu, 10]],
  de: [
    [/(?<![\p{L}])zweijährig/iu, 2], [/(?<![\p{L}])dreijährig/iu, 3], [/(?<![\p{L}])vierjährig/iu, 4], [/(?<![\p{L}])fünfjährig/iu, 5],
    [/(?<![\p{L}])sechsjährig/iu, 6], [/(?<![\p{L}])siebenjährig/iu, 7], [/(?<![\p{L}])achtjährig/iu, 8], [/(?<![\p{L}])zehnjährig/iu, 10],
    [/(?<![\p{L}])(?:ein|einem) Jahrzehnt(?![\p{L}])/iu, 10],
  ],
  fr: [[/(?<![\p{L}])(?:une|la) décennie(?![\p{L}])/iu, 10]],
};

interface Rate {
  figure: Figure;
  unit: PeriodUnit;
  /** Occurrences per period ("four times a year"). */
  times: number;
  sentence: Sentence;
  /** Offsets of the rate phrase in the block's text. */
  end: number;
}

/** A figure that can be a rate's amount or a total: money, or a counted noun; not a year, share or range. */
export function amountLike(figure: Figure): boolean {
  return measurable(figure) && figure.kind !== 'range' && !isTimeFigure(figure) && !/^(?:19|20)\d\d$/u.test(figure.text) && durationOf(figure) === undefined;
}

function sameThing(a: Figure, b: Figure): boolean {
  if (a.currency || b.currency) return a.currency === b.currency || (!b.currency && !b.unit && Boolean(b.scale) && Boolean(a.currency));
  if (a.unit && b.unit && sameUnit(a.unit, b.unit)) return true;
  // "3 uur bijles per week … 118 uur per leerling": the reader keeps no noun for a measure word, or another one; the word written after both says it.
  const [after, afterOther] = [wordAfter(a), wordAfter(b)];
  return after !== undefined && afterOther !== undefined && sameUnit(after, afterOther);
}

/** The word right after a figure ("uur" in "3 uur bijles"). */
function wordAfter(figure: Figure): string | undefined {
  return /^\s*([\p{L}][\p{L}'’-]*)/u.exec(figure.block.text.slice(figure.end, figure.end + 40))?.[1];
}

/** The rates one sentence states (read once per sentence and locale). */
function ratesIn(sentence: Sentence, locale: Locale): readonly Rate[] {
  return ratesRead(sentence, locale).rates;
}

const ratesRead = memoByLocale((sentence: Sentence, locale: Locale): { rates: readonly Rate[]; byFigure: ReadonlyMap<Figure, Rate> } => {
  const rates = readRates(sentence, locale);
  return { rates, byFigure: new Map(rates.map((rate) => [rate.figure, rate])) };
});

/** The rate a figure is the amount of, among its sentence's rates (looked up, not searched: a sentence may hold thousands). */
function rateOf(sentence: Sentence, figure: Figure, locale: Locale): Rate | undefined {
  return ratesRead(sentence, locale).byFigure.get(figure);
}

/** Whether a figure is the amount of one of its sentence's rates. */
function isRateFigure(sentence: Sentence, figure: Figure, locale: Locale): boolean {
  return rateOf(sentence, figure, locale) !== undefined;
}

/** The rates one sentence states: an amount with a per-period phrase right after it or right before it. */
function readRates(sentence: Sentence, locale: Locale): Rate[] {
  const text = sentence.block.text;
  const figures = sentence.figures.filter(amountLike);
  const rates: Rate[] = [];
  const takenFigures = new Set<Figure>();
  const pattern = PER_PERIOD[locale];
  pattern.lastIndex = 0;
  for (const match of sentence.text.matchAll(pattern)) {
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    const unit = periodOf(match[0]);
    if (!unit) continue;
    // "€ 400 million a year": the nearest figure before, at most three words away, none of them "per".
    const before = figures[lastEndingBy(figures, start)];
    const gapBefore = before ? boundedText(text, before.end, start) : '';
    const after = figures[firstStartingFrom(figures, end)];
    const gapAfter = after ? boundedText(text, end, qualifiedStart(after, locale)) : '';
    let figure: Figure | undefined;
    const taken = (candidate: Figure): boolean => takenFigures.has(candidate);
    if (before && !taken(before) && /^(?:\s*[\p{L}'’.-]+){0,3}\s*,?\s*$/u.test(gapBefore) && !/(?<![\p{L}])(?:per|pro|je|par|each|elk|jeweils|chacun\p{L}*)(?![\p{L}])/iu.test(gapBefore)) figure = before;
    else if (after && /^\s*,?(?:\s*[\p{L}'’.-]+){0,4}\s*$/u.test(gapAfter)) figure = after;
    if (!figure) continue;
    const times = TIMES_BEFORE.exec(text.slice(Math.max(sentence.start, start - 20), start));
    const count = times ? (NUMBER_WORDS[times[1]!.toLowerCase()] ?? Number(times[1])) : 1;
    if (!Number.isFinite(count) || count < 1) continue;
    rates.push({ figure, unit, times: count, sentence, end: Math.max(end, figure.end) });
    takenFigures.add(figure);
  }
  return rates;
}

/** The period a figure is stated per ("€ 2 miljoen per jaar": a year), if any. */
export function periodOfRate(figure: Figure, locale: Locale): PeriodUnit | undefined {
  return rateOf(figure.sentence, figure, locale)?.unit;
}

/**
 * The period a clause of a sentence states its figures per: a per-period phrase or adjective ("20 M€ par
 * an", "ein jährlicher Finanzbedarf"), with no duration ("over the five years", "over the period").
 */
export function periodPerClause(sentence: Sentence, start: number, end: number, locale: Locale): PeriodUnit | undefined {
  const text = sentence.block.text.slice(start, end);
  if (PERIOD_TOTAL[locale].test(text) || figuresWithin(sentence, start, end).some((figure) => durationOf(figure) !== undefined)) return undefined;
  return periodOf(text);
}

/** The text with its per-period phrases for `period` blanked: "20 M€ |par an|" says per what the total is, not that it is a rate of another scope. */
export function withoutPerPeriod(text: string, period: PeriodUnit, locale: Locale): string {
  return text.replace(PER_PERIOD[locale], (phrase) => (periodOf(phrase) === period ? ' '.repeat(phrase.length) : phrase));
}

/** Whether a figure is stated per period ("€ 2 miljoen per jaar", "€ 1,200 per month"). */
export function isPerPeriod(figure: Figure, locale: Locale): boolean {
  return isRateFigure(figure.sentence, figure, locale);
}

/** A figure of the rate's kind stands after `from` in the sentence and is no rate itself. */
function durationsIn(sentence: Sentence, locale: Locale): Array<{ periods: number; unit: PeriodUnit; figure?: Figure; text: string }> {
  const found: Array<{ periods: number; unit: PeriodUnit; figure?: Figure; text: string }> = [];
  for (const figure of sentence.figures) {
    const duration = durationOf(figure);
    if (duration) found.push({ ...duration, figure, text: figure.format.words ? String(duration.periods) : figure.text });
  }
  for (const [pattern, years] of DURATION_WORDS[locale]) {
    const match = pattern.exec(sentence.text);
    if (match) found.push({ periods: years, unit: 'year', text: match[0] });
  }
  return found;
}

/** Words joining something more onto a total: "plus € 15 m for …", "and", "hinzu", "additional". */
const JOINED_ON = perLocale(
  (locale) => new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'plus')}|${conceptSource(locale, 'rest')}|${conceptSource(locale, 'listAnd')}|${conceptSource(locale, 'inAddition')})${WORD_END}`, 'iu'),
);

const COST_WORDS: Record<Locale, string> = {
  en: String.raw`cost(?:s|ing)?|budget(?:ed)?|outlay|bill|commitment|envelope|package|investment|over the (?:whole |entire )?period|in all|so|thus`,
  nl: String.raw`kost(?:en)?|budget|begroot|investering\p{L}*|bedrag|neerkomt op|komt neer op|over (?:de|het) (?:hele |gehele )?(?:looptijd|periode|schooljaar|jaar)|dus|daarmee`,
  de: String.raw`kost(?:et|en)?|Kosten|Volumen|Investitionsvolumen|Budget|veranschlagt|zu Buche|total|ergibt|ergeben|über (?:die|den) (?:gesamte )?(?:Laufzeit|Zeitraum|Periode)|also|damit`,
  fr: String.raw`coût\p{L}*|enveloppe|budget|dépense|facture|représente|sur (?:la|toute la) (?:durée|période)|soit|donc`,
};

/** After a total: "with the EU share", "including", "plus" make it more than the product; "par élève et par an" only says what it is per. */
const JOINED_AFTER: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])(?:with|plus|including|incl|and)(?![\p{L}])(?!\s+(?:per|pro|par|je)\s)/iu,
  nl: /(?<![\p{L}])(?:met|plus|inclusief|incl|en)(?![\p{L}])(?!\s+(?:per|pro|par|je)\s)/iu,
  de: /(?<![\p{L}])(?:mit|plus|einschließlich|inklusive|inkl|und)(?![\p{L}])(?!\s+(?:per|pro|par|je)\s)/iu,
  fr: /(?<![\p{L}])(?:avec|plus|y compris|et)(?![\p{L}])(?!\s+(?:per|pro|par|je)\s)/iu,
};

/** Words that say a later sentence gives a total or a cost. */
const TOTAL_WORDS = perLocale(
  (locale) =>
    new RegExp(
      String.raw`${WORD_START}(?:${conceptSource(locale, 'total')}|${conceptSource(locale, 'closing')}|${conceptSource(locale, 'budgetVerb')}|${conceptSource(locale, 'thatIs')}|${COST_WORDS[locale]})${WORD_END}`,
      'iu',
    ),
);


/** "over the period", "over de looptijd", "über die Laufzeit", "sur la durée": a total for a rate's whole duration. */
const PERIOD_TOTAL: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])over the (?:whole |entire |full )?(?:period|programme|program|lifetime|term)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])over de (?:hele |gehele |volledige )?(?:looptijd|periode)(?![\p{L}])/iu,
  de: /(?<![\p{L}])über (?:die|den) (?:gesamte |ganze )?(?:Laufzeit|Zeitraum|Periode|Programmlaufzeit)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])sur (?:la|toute la) (?:durée|période)(?![\p{L}])/iu,
};

/** "Einwohnerinnen und Einwohnern", "Schülerinnen und Schüler": one noun in both genders, not two things joined. */
const GENDER_DOUBLET = /(?<![\p{L}])(\p{L}{3,})innen\s+und\s+\1n?(?![\p{L}])/giu;

/** How many figures after the pieces a total may stand: further on, it is not theirs (and the search stays linear). */
const FIGURES_AHEAD = 16;
/** How many rates one sentence may state for its product claims to be read: more is a list of rates. */
const RATES_PER_SENTENCE = 8;

/**
 * The total for pieces ending at `from` in `sentence`: the next figure of the same thing in this
 * sentence or the next two of the paragraph (those must say it is a total or a cost), with nothing
 * joined on before it and no other figure of the same thing between.
 */
export function totalAfter(
  sentences: readonly Sentence[],
  index: number,
  from: number,
  like: Figure,
  locale: Locale,
  skip: ReadonlySet<Figure>,
  ratesAllowed = false,
): Figure | undefined {
  const own = sentences[index]!;
  for (let at = index; at < sentences.length && at <= index + 2; at++) {
    const sentence = sentences[at]!;
    if (sentence.block !== own.block) break;
    const start = at === index ? from : sentence.start;
    const text = sentence.block.text;
    // "Auf die ersten beiden Jahre entfallen damit 300 Mio. Euro": a later sentence about part of the period.
    if (at !== index && partOfPeriod(sentence, locale)) return undefined;
    // "combined, all 27 regions received € 60 m": other things counted between (kept as the figures are passed).
    let counted = false;
    const first = firstStartingFrom(sentence.figures, start);
    for (let position = first; position < sentence.figures.length && position - first < FIGURES_AHEAD; position++) {
      const figure = sentence.figures[position]!;
      if (skip.has(figure) || !amountLike(figure) || !sameThing(like, figure)) {
        if (!skip.has(figure) && (figure.kind === 'count' || figure.kind === 'amount')) counted = true;
        continue;
      }
      const between = boundedText(text, at === index ? from : sentence.start, qualifiedStart(figure, locale));
      if (JOINED_ON[locale].test(between.replace(GENDER_DOUBLET, ' '))) return undefined;
      if (counted) return undefined;
      // "for a total of € 80 m with the EU share": something joined on after it.
      if (JOINED_AFTER[locale].test(text.slice(figure.end, Math.min(sentence.end, figure.end + 40)).split(/[,;:.]/u)[0] ?? '')) return undefined;
      // It must say it is a total or a cost ("in total", "a £6.2bn commitment", "soit", "zu Buche"), or follow a dash.
      const said = at === index ? `${between} ${text.slice(figure.end, Math.min(sentence.end, figure.end + 30))}` : boundedText(text, sentence.start, Math.min(sentence.end, figure.end + 40));
      if (!TOTAL_WORDS[locale].test(said) && !(at === index && /[–—:]/u.test(between))) return undefined;
      // A total that is itself per period or per item is another rate.
      if (!ratesAllowed && isRateFigure(sentence, figure, locale)) return undefined;
      const per = /^\s*(?:per|pro|je|par|each|apiece|elk|jeweils|chacun\p{L}*)(?![\p{L}])(?:\s+([\p{L}]+))?/iu.exec(text.slice(figure.end, figure.end + 30));
      // A per-item product's total may be per year; a per-period product's total may be per pupil ("soit 4 800 € par élève").
      if (per && !(per[1] && PERIOD_NOUN.test(per[1]) === ratesAllowed)) return undefined;
      return figure;
    }
  }
  return undefined;
}

/** An ordinal before a period noun: "the first two years", "die ersten beiden Jahre", "les deux premières années". */
function partOfPeriod(sentence: Sentence, locale: Locale): boolean {
  const text = sentence.block.text;
  const period = conceptPattern(locale, 'duration', 'start');
  return sentence.figures.some((figure) => {
    if (figure.kind !== 'ordinal') return false;
    const after = text.slice(figure.end, Math.min(sentence.end, figure.end + 40));
    return period.test(after) || period.test(after.replace(/^\s*[\p{L}-]+/u, ''));
  });
}

/** Every product claim of a brief that its sentences, read with their paragraph, state. */
export function productClaims(brief: Brief): ProductClaim[] {
  const locale = brief.locale;
  const sentences = [...authorsSentences(brief)].filter((sentence) => sentence.block.kind !== 'tableCell');
  const claims: ProductClaim[] = [];
  const lastRateWithDuration: Array<{ rate: Rate; periods: number; durationText: string; sentenceIndex: number }> = [];
  sentences.forEach((sentence, index) => {
    const rates = ratesIn(sentence, locale);
    // "$1.1 billion a year in 2025 and 2026, rising to $1.4 billion a year": several rates of one thing add up otherwise.
    const seen = new Set<Figure>();
    const distinct = rates.filter((rate) => !seen.has(rate.figure) && Boolean(seen.add(rate.figure)));
    for (const rate of distinct.length <= RATES_PER_SENTENCE ? distinct : []) {
      const sameKind = distinct.filter((other) => other !== rate && sameThing(rate.figure, other.figure));
      // One rate as another: "£25 a week, worth £1,600 a year".
      const larger = sameKind.find((other) => other.figure.start > rate.figure.start && PER_YEAR[other.unit][0] < PER_YEAR[rate.unit][0]);
      if (larger && sameKind.length === 1) {
        const [low, high] = periodsIn(larger.unit, rate.unit);
        // "$100 per month would cost $88 billion annually": a sum over many, not the same payment per year.
        const ratio = Number(larger.figure.value) / Number(rate.figure.value);
        if (!(ratio >= (low * rate.times) / 3 && ratio <= high * rate.times * 3)) continue;
        claims.push({ kind: 'product', how: 'rate', each: rate.figure, times: { text: `${PER_YEAR[rate.unit][0] / PER_YEAR[larger.unit][0]}`, low: low * rate.times, high: high * rate.times }, total: larger.figure });
        continue;
      }
      if (sameKind.length > 0) continue;
      // "Elk van de 12 provincies krijgt € 2 miljoen per jaar": per item and per period, two products in one.
      // "so each household receives £620 in total": with no count of items, "each" only says whose total it is.
      // (A count of the rate's own things is no count of items: "Chaque stagiaire suit 20 heures par semaine … soit 660 heures au total".)
      if (DISTRIBUTED.test(sentence.text) && sentence.figures.some((figure) => isCount(figure) && !sameThing(rate.figure, figure))) continue;
      // The duration: in this sentence, else in the one before or after in the paragraph.
      const neighbours = [sentences[index - 1], sentences[index + 1]].filter((other): other is Sentence => other?.block === sentence.block);
      let durations = durationsIn(sentence, locale);
      if (durations.length === 0) durations = neighbours.flatMap((other) => durationsIn(other, locale));
      const values = new Set(durations.map((duration) => duration.periods * PER_YEAR[rate.unit][0] / PER_YEAR[duration.unit][0]));
      if (values.size !== 1) continue;
      const duration = durations[0]!;
      const [low, high] = periodsIn(duration.unit, rate.unit);
      const times = { text: duration.text, low: duration.periods * low * rate.times, high: duration.periods * high * rate.times, ...(duration.figure ? { figure: duration.figure } : {}) };
      const skip = new Set<Figure>([rate.figure, ...durations.flatMap((one) => (one.figure ? [one.figure] : []))]);
      const total = totalAfter(sentences, index, rate.end, rate.figure, locale, skip);
      lastRateWithDuration.push({ rate, periods: times.low, durationText: duration.text, sentenceIndex: index });
      if (total) claims.push({ kind: 'product', how: 'per-period', each: rate.figure, times, total });
    }
    // "At € 2.4 billion over the period", "Over de looptijd van zes jaar gaat het om 420 miljoen euro": a total for a rate named before.
    if (PERIOD_TOTAL[locale].test(sentence.text) && rates.length === 0) {
      const earlier = [...lastRateWithDuration].reverse().find((entry) => entry.sentenceIndex < index);
      if (earlier) {
        const total = sentence.figures.find((figure) => amountLike(figure) && sameThing(earlier.rate.figure, figure));
        const already = claims.some((claim) => claim.each === earlier.rate.figure);
        if (total && !already) claims.push({ kind: 'product', how: 'per-period', each: earlier.rate.figure, times: { text: earlier.durationText, low: earlier.periods, high: earlier.periods }, total });
      } else {
        // "ontvangt jaarlijks 80 miljoen euro. … Over de looptijd van zes jaar gaat het om 420 miljoen euro": the duration stands with the total.
        const durations = durationsIn(sentence, locale);
        const earlierRate = [...sentences.slice(Math.max(0, index - 8), index)].reverse().flatMap((other) => ratesIn(other, locale)).at(0);
        const total = earlierRate && sentence.figures.find((figure) => amountLike(figure) && sameThing(earlierRate.figure, figure));
        if (earlierRate && total && durations.length === 1) {
          const [low, high] = periodsIn(durations[0]!.unit, earlierRate.unit);
          claims.push({ kind: 'product', how: 'per-period', each: earlierRate.figure, times: { text: durations[0]!.text, low: durations[0]!.periods * low * earlierRate.times, high: durations[0]!.periods * high * earlierRate.times }, total });
        }
      }
    }
    for (const claim of [...perItemClaims(sentences, index, locale), ...eachClaims(sentences, index, locale), ...envelopeClaims(sentences, index, locale)]) claims.push(claim);
  });
  for (const table of brief.tables) if (!table.quoted) for (const claim of tableRowClaims(table)) claims.push(claim);
  return claims;
}

/** The one figure a cell holds, or undefined when it holds none or several. */
function onlyFigure(cell: TableCell | undefined): Figure | undefined {
  return cell && cell.figures.length === 1 ? cell.figures[0] : undefined;
}

/** A count of things in a cell: a whole number without currency, share or doubt, and no year. */
function countInCell(figure: Figure | undefined): figure is Figure {
  return (
    figure !== undefined && (figure.kind === 'count' || figure.kind === 'number') && !figure.currency && !figure.malformed && !figure.approximate &&
    figure.unit !== '%' && /^\d+$/u.test(figure.value) && !/^(?:19|20)\d\d$/u.test(figure.text)
  );
}

/**
 * "| Measure | Units | Cost per unit | Total |": in each row, the count times what one costs is the row's
 * total. The columns are told by their headers (a total label, a per-unit label, and a count label or
 * a column of whole numbers before the total), in any of the languages, since tables are often
 * copied from another one.
 */
function tableRowClaims(table: Table): ProductClaim[] {
  const label = (cell: TableCell): string => cell.text.replace(/[*_`]/gu, ' ');
  const totalColumn = table.header.findLastIndex((cell) => conceptPattern('any', 'totalLabel').test(label(cell)));
  if (totalColumn < 1) return [];
  const perUnitColumn = table.header.findIndex((cell, column) => column < totalColumn && conceptPattern('any', 'perUnitHeader').test(label(cell)));
  if (perUnitColumn < 0) return [];
  const counts = (column: number): boolean => table.rows.every((row) => row[column]?.figures.length === 0 || countInCell(onlyFigure(row[column])));
  const countColumn = table.header.findIndex(
    (cell, column) =>
      column < totalColumn && column !== perUnitColumn &&
      (conceptPattern('any', 'countHeader').test(label(cell)) || (counts(column) && table.rows.some((row) => countInCell(onlyFigure(row[column]))))),
  );
  if (countColumn < 0) return [];
  const claims: ProductClaim[] = [];
  for (const row of table.rows) {
    const count = onlyFigure(row[countColumn]);
    const each = onlyFigure(row[perUnitColumn]);
    const total = onlyFigure(row[totalColumn]);
    if (!countInCell(count) || !each || !total || each.malformed || total.malformed || each.bound || total.bound) continue;
    if (each.kind !== 'amount' || total.kind !== 'amount' || !each.currency || each.currency !== total.currency) continue;
    claims.push({ kind: 'product', how: 'per-item', each, times: { text: count.text, low: Number(count.value), high: Number(count.value), figure: count }, total });
  }
  return claims;
}

/** "€ 120 per hectare", "150 Euro je Hektar", "80 € par hectare": an amount and the noun it is per. */
const PER_NOUN = /^\s*(?:per|pro|je|par|for each|for every|voor elke|für jede[nrs]?|pour chaque|du|de la|la|le|(?:de )?l['’](?=\p{L}))\s*([\p{L}][\p{L}'’-]*)/iu;
/** "Elke gemeente krijgt …", "Every school receives …", "Jede Schule erhält …", "Chaque lycée …": each of a noun, not counted. */
const EACH_SUBJECT = /(?:^|[,;:]\s*)(?:each|every|elke|ieder(?:e)?|jede[rs]?|chaque)\s+((?:[\p{L}][\p{L}'’-]*\s+){1,8})$/iu;

/**
 * The nouns "each …" may name before an amount: any of its first three words, with at most five words
 * after it ("Elke Vlaamse gemeente krijgt een basisbedrag van", "Each worker is paid a stipend of").
 */
function eachSubjectNouns(text: string): string[] {
  const words = EACH_SUBJECT.exec(text)?.[1]!.trim().split(/\s+/u) ?? [];
  return words.slice(0, 3).filter((word, at) => words.length - at - 1 <= 5 && !PERIOD_NOUN.test(word));
}
const PERIOD_NOUN = /^(?:year|month|week|day|quarter|annum|jaar|maand|dag|kwartaal|jahr|monat|woche|tag|quartal|an|année|mois|semaine|jour|trimestre|cent|procent|prozent)$/iu;

/** Words that one noun counts under another name: "head" and "inhabitant", "km" and "kilometre". */
const SAME_THINGS: ReadonlyArray<readonly string[]> = [
  ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kilometern', 'kilomètre', 'kilomètres'],
  ['ha', 'hectare', 'hectares', 'hektar', 'hectare'],
];

/** "per head" and "84 Millionen Einwohner", "par habitant" and "68 millions de Français": a per-capita rate counts the people. */
const PER_CAPITA = perLocale((locale) => new RegExp(String.raw`^(?:${conceptSource(locale, 'perCapita')})$`, 'iu'));
const POPULATION = perLocale((locale) => new RegExp(String.raw`^(?:${conceptSource(locale, 'population')})$`, 'iu'));

function perNounMatches(noun: string, unit: string, locale: Locale): boolean {
  if (sameUnit(noun, unit)) return true;
  if (PER_CAPITA[locale].test(noun) && POPULATION[locale].test(unit)) return true;
  const lower = [noun.toLowerCase(), unit.toLowerCase()];
  return SAME_THINGS.some((group) => lower.every((word) => group.includes(word)));
}

/** Right after "per noun": "for the", "voor de", "für die", "pour les" and then the count. */
const FOR_THE: Record<Locale, RegExp> = {
  en: /^\s*(?:for|across)\s+(?:the\s+|its\s+|all\s+)?$/iu,
  nl: /^\s*(?:voor|over)\s+(?:de\s+|het\s+|alle\s+)?$/iu,
  de: /^\s*(?:für|bei)\s+(?:die\s+|den\s+|alle\s+)?$/iu,
  fr: /^\s*(?:pour)\s+(?:les\s+|ses\s+|leurs\s+)?$/iu,
};

/**
 * "£150 per pupil. With 820,000 eligible pupils …, the annual cost is £133m": an amount per a noun,
 * a count of that noun after it (this sentence or the next), and the total after the count.
 */
function perItemClaims(sentences: readonly Sentence[], index: number, locale: Locale): ProductClaim[] {
  const sentence = sentences[index]!;
  const text = sentence.block.text;
  const claims: ProductClaim[] = [];
  for (const each of sentence.figures) {
    // ("environ 35 M€ du kilomètre": an approximate rate is judged widened, as every approximate figure is.)
    if (each.kind !== 'amount' || !each.currency || each.malformed || each.bound) continue;
    const noun = PER_NOUN.exec(text.slice(each.end, each.end + 60))?.[1];
    const from = each.end + (noun ? text.slice(each.end).indexOf(noun) + noun.length : 0);
    // "Each worker is paid a stipend of $3,000 per year": per a period, the items are named before.
    const nouns = noun && !PERIOD_NOUN.test(noun) ? [noun] : eachSubjectNouns(boundedText(text, sentence.start, qualifiedStart(each, locale)));
    if (nouns.length === 0) continue;
    const namedBy = (unit: string): boolean => nouns.some((one) => perNounMatches(one, unit, locale));
    // The count: the first count of that noun after the amount, in this sentence or the next of the paragraph.
    let count: Figure | undefined;
    let countIndex = index;
    // "1,200 km of rural roads at £180,000 per kilometre": the count may stand before the amount in its sentence.
    for (let at = index; at <= index + 1 && at < sentences.length && !count; at++) {
      const other = sentences[at]!;
      if (other.block !== sentence.block) break;
      const near = (figure: Figure): boolean => (at === index ? Math.abs(figure.start - each.start) <= MAX_GAP_LENGTH : figure.start - other.start <= MAX_GAP_LENGTH);
      const from2 = firstStartingFrom(other.figures, at === index ? each.start - MAX_GAP_LENGTH : other.start);
      count = other.figures.slice(from2, from2 + 2 * FIGURES_AHEAD).find((figure) => {
        if (!near(figure) || figure === each || figure.malformed || figure.bound || (figure.kind !== 'count' && figure.kind !== 'number')) return false;
        // "4.000 hectare", "140 km": the reader may keep no noun for a measure; the word after says it.
        const noun2 = figure.unit ?? /^\s*([\p{L}][\p{L}'’-]*)/u.exec(other.block.text.slice(figure.end, figure.end + 30))?.[1];
        if (noun2 !== undefined && namedBy(noun2)) return true;
        // "€ 500 per leerling voor de 1,2 miljoen leerlingen", "15 000 € par logement pour 200 000 rénovations": the count the rate is for.
        return at === index && figure.kind === 'count' && figure.start > from && durationOf(figure) === undefined && FOR_THE[locale].test(boundedText(text, from, qualifiedStart(figure, locale)));
      });
      countIndex = at;
    }
    // "35 km of cycle lanes by 2028. At £1.2m per kilometre, the network would cost £48m": the count
    // of the noun may stand in the sentence before, the total then after the amount.
    const previous = sentences[index - 1];
    if (!count && previous?.block === sentence.block) {
      const last = previous.figures.slice(Math.max(0, previous.figures.length - 2 * FIGURES_AHEAD));
      count = last.reverse().find((figure) => {
        if (figure.malformed || figure.bound || figure.approximate || (figure.kind !== 'count' && figure.kind !== 'number')) return false;
        const noun2 = figure.unit ?? /^\s*([\p{L}][\p{L}'’-]*)/u.exec(previous.block.text.slice(figure.end, figure.end + 30))?.[1];
        return noun2 !== undefined && namedBy(noun2);
      });
      countIndex = index;
    }
    if (!count) continue;
    // "73 million children and 254 million adults": the total may cover the other group too.
    const countText = sentences[countIndex]!.block.text;
    const joined = (other: Figure): boolean =>
      other !== count && other.kind === 'count' && Math.abs(other.start - count!.end) < 60 &&
      /^\s*(?:[\p{L}-]+\s+){0,3}(?:and|en|und|et|plus|or|of|oder|ou)\s/iu.test(countText.slice(Math.min(other.end, count!.end), Math.max(other.start, count!.start)));
    const countFigures = sentences[countIndex]!.figures;
    const nearCount = firstStartingFrom(countFigures, count.start - 60);
    if (countFigures.slice(nearCount, nearCount + 2 * FIGURES_AHEAD).some(joined)) continue;
    // "€ 120 per hectare … the annual cost": a per-item figure is often per year too.
    const after = countIndex === index ? Math.max(count.end, from) : count.end;
    const total = totalAfter(sentences, countIndex, after, each, locale, new Set([each, count]), true);
    if (!total) continue;
    claims.push({ kind: 'product', how: 'per-item', each, times: { text: count.text, low: Number(count.value), high: Number(count.value), figure: count }, total });
  }
  return claims;
}

/** A distributive word among the last words before the amount: "van elk", "zu je", "chacune dotée de", "each receiving". */
const EACH_BEFORE = /(?<![\p{L}])(?:each|elk|elke|ieder|iedere|je|jeweils|chacun|chacune|chacuns|chacunes)(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;
/** A distributive word right after the amount: "apiece", "each", "per stuk", "l'unité", "pièce", "pro Stück". */
const EACH_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:each|apiece|a piece|per stuk|per unit|per piece|pièce|la pièce|l['’]unité|chacun\p{L}*|pro Stück|je Stück|jeweils)(?![\p{L}])(?!\s+(?:year|month|week|day|time|other|of))/iu;
/** "Each of the 12 trusts", "Elk van de vijf ziekenhuizen", "Jede der 4.000 Schulen", "Chacune des 13 régions": the count follows. */
const EACH_OF = /(?:^|[^\p{L}])(?:each|every one|elk|elke|ieder|iedere|jede[rsn]?|chacune?s?)\s+(?:of(?:\s+the)?|van(?:\s+de)?|der|des|d['’]entre(?:\s+les)?)\s*$/iu;

/** The period a per-period phrase in a short text names: "erhält pro Jahr" between a count and what each gets. */
function periodNamedIn(text: string, locale: Locale): PeriodUnit | undefined {
  const pattern = PER_PERIOD[locale];
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match ? periodOf(match[0]) : undefined;
}

/** A count of the things themselves: an integer above one with its noun, read without doubt. */
function isCount(figure: Figure): boolean {
  return figure.kind === 'count' && Boolean(figure.unit) && !figure.malformed && /^\d+$/u.test(figure.value) && Number(figure.value) > 1 && durationOf(figure) === undefined;
}

/**
 * "six destroyers at £1.2bn apiece — a £6.2bn commitment", "vier fregatten van elk € 1,1 miljard,
 * samen € 5,4 miljard", "Jede der 2.093 Gemeinden erhält … 180.000 Euro, in Summe 416 Mio. Euro":
 * a count, what each of them gets, and the total stated for them.
 */
function eachClaims(sentences: readonly Sentence[], index: number, locale: Locale): ProductClaim[] {
  const sentence = sentences[index]!;
  const text = sentence.block.text;
  const claims: ProductClaim[] = [];
  const figures = sentence.figures;
  for (let position = 0; position < figures.length; position++) {
    const count = figures[position]!;
    if (!isCount(count)) continue;
    let next = position + 1;
    while (next < figures.length && isTimeFigure(figures[next]!)) next++;
    const each = figures[next];
    if (!each || each.kind !== 'amount' || !each.currency || each.malformed || each.bound) continue;
    const gap = boundedText(text, count.end, each.start);
    if (/[.;!?]/u.test(gap) || (gap.match(/[\p{L}]+/gu)?.length ?? 0) > 14) continue;
    // "€ 2 miljoen per jaar", "€ 1,200 per month": a rate per item and per period is two products, not
    // one, unless the total is a rate of the same period ("pro Jahr 500.000 Euro; zusammen 2,5 Mrd. Euro jährlich").
    const eachRate = rateOf(sentence, each, locale)?.unit ?? periodNamedIn(gap, locale);
    const eachOf = EACH_OF.test(boundedText(text, sentence.start, qualifiedStart(count, locale)));
    const before = EACH_BEFORE.test(gap);
    const after = EACH_AFTER.exec(text.slice(each.end, each.end + 40));
    if (!eachOf && !before && !after) continue;
    const from = after ? each.end + after[0].length : each.end;
    const total = totalAfter(sentences, index, from, each, locale, new Set([count, each]), true);
    if (!total) continue;
    if (eachRate && rateOf(total.sentence, total, locale)?.unit !== eachRate) continue;
    claims.push({ kind: 'product', how: 'per-item', each, times: { text: count.text, low: Number(count.value), high: Number(count.value), figure: count }, total });
  }
  return claims;
}

/** How many sentences before "each … receives" an envelope for the counted things may stand. */
const ENVELOPE_REACH = 6;

/**
 * The envelope a sentence states for a count of things: one sum of money and one count, joined by a
 * funding verb ("The £3.6m fund will support 2,400 households", "Met de regeling van € 6 miljoen worden
 * 400 zorgboerderijen ondersteund", "L'enveloppe de 48 M€ financera 120 maisons de santé").
 */
function envelopeIn(sentence: Sentence, locale: Locale): { envelope: Figure; count: Figure } | undefined {
  const amounts = sentence.figures.filter((figure) => figure.kind === 'amount' && figure.currency && !figure.malformed);
  const counts = sentence.figures.filter(isCount);
  if (amounts.length !== 1 || counts.length !== 1) return undefined;
  const envelope = amounts[0]!;
  const count = counts[0]!;
  if (envelope.bound || isRateFigure(sentence, envelope, locale) || !/^\d+$/u.test(count.value)) return undefined;
  if (!conceptPattern(locale, 'funds').test(sentence.text)) return undefined;
  // "a further", "of which", "among others": the envelope or the count is part of something else.
  if (JOINED_ON[locale].test(boundedText(sentence.block.text, Math.min(envelope.end, count.end), Math.max(qualifiedStart(envelope, locale), qualifiedStart(count, locale))))) return undefined;
  return { envelope, count };
}

/**
 * "The £3.6m emergency fund will support 2,400 households. … Each household receives £1,800": an
 * envelope for a count of things, then what each of them gets, a few sentences on (over a heading too),
 * with no other sum of that currency between. The count times what each gets is the envelope.
 */
function envelopeClaims(sentences: readonly Sentence[], index: number, locale: Locale): ProductClaim[] {
  const sentence = sentences[index]!;
  const text = sentence.block.text;
  const amounts = sentence.figures.filter((figure) => figure.kind === 'amount' && figure.currency);
  if (amounts.length !== 1) return [];
  const each = amounts[0]!;
  if (each.malformed || each.bound || each.kind !== 'amount' || isRateFigure(sentence, each, locale)) return [];
  const nouns = eachSubjectNouns(boundedText(text, sentence.start, qualifiedStart(each, locale)));
  const namedBy = (unit: string): boolean => nouns.some((noun) => perNounMatches(noun, unit, locale));
  // A count of the same things in the sentence makes it a claim of its own ("Each of the 400 farms …").
  if (nouns.length === 0 || sentence.figures.some((figure) => isCount(figure) && namedBy(figure.unit!))) return [];
  for (let at = index - 1; at >= 0 && at >= index - ENVELOPE_REACH; at--) {
    const before = sentences[at]!;
    const found = envelopeIn(before, locale);
    if (found && found.envelope.currency === each.currency && namedBy(found.count.unit!)) {
      const { envelope, count } = found;
      return [{ kind: 'product', how: 'per-item', each, times: { text: count.text, low: Number(count.value), high: Number(count.value), figure: count }, total: envelope }];
    }
    // Another sum of that currency between: the share of it each gets is told elsewhere.
    if (before.figures.some((figure) => figure.kind === 'amount' && figure.currency === each.currency)) return [];
  }
  return [];
}

export { conceptPattern };
