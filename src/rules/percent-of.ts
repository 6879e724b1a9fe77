import { divideIntervals, intervalOf, intervalsMeet, multiplyIntervals, pointInterval, type Interval, type Slack } from '../arith/interval.js';
import { shareClaims, type ShareValue } from '../semantics/claims/share.js';
import { defineRule, type Report } from '../engine/types.js';
import { boundedText } from '../parse/gaps.js';
import type { Figure, Sentence } from '../parse/types.js';
import { roundDecimal, shiftDecimal } from '../quantity/decimal.js';
import { perLocale } from '../parse/figures.js';
import type { Locale } from '../quantity/types.js';
import { slackOptions } from '../arith/options.js';
import { authorsSentences, isPartOfWhole, qualifiedStart, sameMeasure as comparable } from '../semantics/index.js';
import { writeLike } from '../quantity/format.js';

/** A share claimed in one sentence: `part` is `share` of `whole`. */
interface Claim {
  part: Figure;
  share: Figure;
  whole: Figure;
}

/**
 * Between the share and its base: "of", "van", "von", "de/du/des", then at most four words that
 * name the base ("of their", "van het totale budget van", "du budget total de"). Words that make
 * the figure a threshold or a rate rather than the base ("of income above $10,000", "of the
 * first 5", "per") are refused by BASE_IS_NOT_THE_FIGURE.
 */
const SHARE_OF = /^\s+(?:of|van|von|vom|der|des|du|de(?: la| l['’])?|d['’])(?:\s+[\p{L}][\p{L}'’-]*){0,4}\s+$/iu;
const SHARE_OF_ELIDED = /^\s+(?:of|van|von|vom|der|des|du|de(?: la| l['’])?)\s*$|^\s+d['’]$/iu;
const BASE_IS_NOT_THE_FIGURE =
  /\b(?:above|over|below|under|exceeding|exceeds?|excess|beyond|more|less|than|first|last|up|to|each|per|every|boven|onder|meer|minder|dan|eerste|laatste|elke?|über|unter|mehr|weniger|als|ersten|letzten|jede[nmrs]?|plus|moins|premiers?|premières?|derniers?|chaque|au-delà|delà)\b/iu;

/** Words that say "that is" between a figure and its share, by language. */
const SAYS_SHARE: Record<Locale, string> = {
  en: String.raw`is|are|was|were|equals|equalled|represents?|represented|accounts? for|accounted for|makes? up|made up|amounts? to|amounted to|, or|, which is|, i\.e\.,?|, that is,?|=|≈`,
  nl: String.raw`is|zijn|was|waren|goed voor|vormt|vormen|beslaat|bedraagt|, ofwel|, oftewel|, of|, dat is|, d\.w\.z\.|=|≈`,
  de: String.raw`ist|sind|war|waren|entspricht|entsprechen|macht|machen|ausmacht|ausmachen|, also|, das sind|, das ist|, oder|, d\.h\.|=|≈`,
  fr: String.raw`est|sont|représente|représentent|, soit|soit|, ou|, c['’]est-à-dire|=|≈`,
};

/** A figure, its noun (two words at most), then "is" / ", or" / "(": the share follows. */
const FIGURE_THEN_SHARE = perLocale(
  (locale) =>
    new RegExp(String.raw`^(?:\s+[\p{L}][\p{L}'’-]*){0,2}\s*,?\s*(?:\(|(?:${SAYS_SHARE[locale].replace(/, /g, String.raw`\s*,\s*`)})\s+|—\s*|–\s+)$`, 'iu'),
);

/** Words that say "which is" after "p % of B" before the figure it comes to. */
const COMES_TO: Record<Locale, string> = {
  en: String.raw`is|are|equals|gives|makes|comes to|which is|, or|, i\.e\.,?|, that is,?|=|≈`,
  nl: String.raw`is|geeft|maakt|, ofwel|, oftewel|, dat is|=|≈`,
  de: String.raw`ist|sind|ergibt|macht|, also|, das sind|, das ist|=|≈`,
  fr: String.raw`est|font|fait|donne|, soit|soit|, c['’]est-à-dire|=|≈`,
};

/** "p % of B is A", "p % of B (A)", "p % of B, or A": B's noun (three words at most), then the figure. */
const SHARE_THEN_FIGURE = perLocale(
  (locale) => new RegExp(String.raw`^(?:\s+[\p{L}][\p{L}'’-]*){0,3}\s*(?:\(|(?:${COMES_TO[locale].replace(/, /g, String.raw`\s*,\s*`)})\s+)$`, 'iu'),
);

/** "6 of the 27 Member States (22 %)", "8 out of 64 cells, or 12.5 %": the whole's noun, then the share. */
const COUNT_THEN_SHARE = /^(?:\s+[\p{L}][\p{L}'’.-]*){0,4}\s*(?:\(|,\s*(?:or|i\.e\.|ofwel|oftewel|also|soit|d\.h\.)\s+|\s+[–—]\s+)$/iu;

/**
 * "20 % of € 50 bn is € 3 bn more than last year": the figure after "is" is compared, not the product.
 * (One optional noun word first: "is € 3 bn euros more".)
 */
const COMPARED_AFTER =
  /^(?:\s+[\p{L}][\p{L}'’-]*)?\s+(?:more|less|fewer|higher|lower|above|below|extra|additional|than|up|down|meer|minder|hoger|lager|extra|mehr|weniger|höher|niedriger|plus|moins|de plus|de moins)\b/iu;

/**
 * "6 of the 27 Member States (22 %)": the share closes its bracket or clause. "(30 % of the EU
 * population)" or "(30 % more than in 2020)" is a share of something else.
 */
const ENDS_THE_SHARE = /^\s*(?:[)\],;.:—–]|$)/u;

/** A figure that is a rate ("$1,500 per month", "100 chips each"): its share of a total is another matter. */
const RATE_AFTER =
  /^(?:\s+[\p{L}][\p{L}'’-]*)?\s*(?:\/|per\b|a (?:year|month|week|day)\b|each\b|apiece\b|annually\b|monthly\b|yearly\b|weekly\b|daily\b|p\.a\.|pro\b|je\b|par\b|chacun|elk\b|jaarlijks|maandelijks|jährlich|monatlich|mensuel|annuel)/iu;

export default defineRule({
  meta: {
    id: 'percent-of',
    description: 'A share stated with its part and whole ("A is p % of B", "6 of the 27 (22 %)") must be right, within rounding',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      wrongShare: '{part} / {whole} = {computed}, not {share}',
      wrongFraction: '{part} / {whole} = {percent} %{nearer, select, none {} other { (nearer {nearer})}}, not {share}',
      thePart: 'the part: {part}',
      theWhole: 'the whole: {whole}',
    },
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    const legacy = [...authorsSentences(brief)].flatMap((sentence) => claimsIn(sentence, brief.locale));
    const claims = [
      ...legacy.map(({ part, share, whole }) => ({ part, whole, share: { text: share.text, range: share.range, figure: share } as Partial<ShareValue> & Pick<ShareValue, 'text' | 'range'> })),
      ...shareClaims(brief),
    ];
    const judged = new Set<number>();
    for (const { part, whole, share } of claims) {
      if (judged.has(share.range.start)) continue;
      judged.add(share.range.start);
      const exact = divideIntervals(pointInterval(part.value), pointInterval(whole.value)).low;
      if (exact === null) continue;
      if (share.figure) {
        const ratio = multiplyIntervals(divideIntervals(countInterval(part, slack), countInterval(whole, slack)), pointInterval('100'));
        // Every rounding of the figures is allowed: only a share no reading can give. A count is exact.
        if (intervalsMeet(ratio, countInterval(share.figure, slack))) continue;
        const computed = writeLike(share.figure, roundDecimal(shiftDecimal(exact, 2), -shownDecimals(share.figure)), brief.locale);
        report({
          range: share.range,
          messageId: 'wrongShare',
          data: { part: part.text, whole: whole.text, computed, share: share.text },
          related: partAndWhole(part, whole),
        });
      } else if (share.fraction) {
        const ratio = Number(exact);
        const verdict = fractionVerdict(ratio, share.fraction);
        if (verdict === undefined) continue;
        const stated = 'block' in share && share.block ? share.block.text.slice(share.qualifiedStart, share.end) : share.text;
        report({
          range: share.range,
          messageId: 'wrongFraction',
          data: { part: part.text, whole: whole.text, percent: roundDecimal(shiftDecimal(exact, 2), 0), nearer: verdict, share: stated },
          related: partAndWhole(part, whole),
        });
      }
    }
  },
});

/** The places of a share's part and whole. */
function partAndWhole(part: Pick<Figure, 'range' | 'text'>, whole: Pick<Figure, 'range' | 'text'>): NonNullable<Report['related']> {
  return [
    { range: part.range, messageId: 'thePart', data: { part: part.text } },
    { range: whole.range, messageId: 'theWhole', data: { whole: whole.text } },
  ];
}

/** The fractions a writer picks from when putting a share in words. */
const COMMON_FRACTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 10], [1, 5], [1, 4], [1, 3], [2, 5], [1, 2], [3, 5], [2, 3], [3, 4], [4, 5], [9, 10],
];

/**
 * A share in words is wrong when the true ratio is plainly nearer another common fraction ("roughly
 * half" for 33 %, "two thirds" for 75 %), or breaks its bound ("more than half" for 41 %). Returns the
 * fraction the ratio is nearer to ("1/3") or 'none' (a broken bound) when wrong, else undefined.
 */
function fractionVerdict(ratio: number, fraction: NonNullable<ShareValue['fraction']>): string | undefined {
  const stated = fraction.numerator / fraction.denominator;
  if (fraction.bound === 'min' && ratio < stated - 0.005) return 'none';
  if (fraction.bound === 'max' && ratio > stated + 0.005) return 'none';
  if (fraction.bound && !fraction.approximate) return undefined;
  const distance = Math.abs(ratio - stated);
  if (distance <= 0.03) return undefined;
  const nearest = COMMON_FRACTIONS.reduce((best, candidate) =>
    Math.abs(ratio - candidate[0] / candidate[1]) < Math.abs(ratio - best[0] / best[1]) ? candidate : best,
  );
  if (Math.abs(ratio - nearest[0] / nearest[1]) + 0.01 >= distance) return undefined;
  return `${nearest[0]}/${nearest[1]}`;
}

/** A count written as an integer, without scale word or qualifier, is exact: "7 of the 9" are 7 and 9, not 6.5 to 7.5. */
function countInterval(figure: Figure, slack: Slack): Interval {
  if ((figure.kind === 'count' || figure.kind === 'number') && !figure.approximate && !figure.bound && !figure.scale && figure.precision === '1') {
    return pointInterval(figure.value);
  }
  // "knapp 2.900", "just over 400": close to the figure, not anywhere below or above it.
  if (figure.approximate && figure.bound) return intervalOf({ ...figure, bound: undefined } as Figure, slack);
  return intervalOf(figure, slack);
}

function isShare(figure: Figure): boolean {
  return figure.kind === 'percent' && figure.unit === '%' && !figure.malformed && !figure.value.startsWith('-');
}

function isRate(figure: Figure): boolean {
  return RATE_AFTER.test(figure.block.text.slice(figure.end, figure.end + 40));
}

export function claimsIn(sentence: Sentence, locale: Locale): Claim[] {
  const text = sentence.block.text;
  const between = (left: Figure, right: Figure): string => boundedText(text, left.end, qualifiedStart(right, locale));
  const baseFollows = (share: Figure, base: Figure): boolean => {
    const gap = between(share, base);
    // The qualifier before the base counts here: "of income above $78,000" is a threshold, not a base.
    return (SHARE_OF.test(gap) || SHARE_OF_ELIDED.test(gap)) && !BASE_IS_NOT_THE_FIGURE.test(text.slice(share.end, base.start));
  };
  // "p % of B ($Y married)": a bracket after the base holds its result only when it closes right after.
  const closesAfter = (figure: Figure): boolean => /^\s*\)/.test(text.slice(figure.end));
  const claims: Claim[] = [];
  const figures = sentence.figures;
  for (let index = 0; index + 2 < figures.length; index++) {
    const [first, second, third] = [figures[index]!, figures[index + 1]!, figures[index + 2]!];
    if (isShare(second) && FIGURE_THEN_SHARE[locale].test(between(first, second)) && baseFollows(second, third)) {
      if (sameMeasure(first, third)) claims.push({ part: first, share: second, whole: third });
    } else if (
      isShare(first) &&
      baseFollows(first, second) &&
      SHARE_THEN_FIGURE[locale].test(between(second, third)) &&
      (!between(second, third).trimEnd().endsWith('(') || closesAfter(third)) &&
      !COMPARED_AFTER.test(text.slice(third.end))
    ) {
      if (sameMeasure(third, second)) claims.push({ share: first, whole: second, part: third });
    } else if (
      isShare(third) &&
      isPartOfWhole(first, second, sentence, locale) &&
      COUNT_THEN_SHARE.test(between(second, third)) &&
      ENDS_THE_SHARE.test(text.slice(third.end))
    ) {
      // "6 of the 27" says plainly that the bare 6 counts Member States too.
      if (comparable(first, second)) claims.push({ part: first, whole: second, share: third });
    }
  }
  return claims.filter(({ part, whole }) => !isRate(part) && !isRate(whole));
}

/**
 * "A is p % of B" compares A and B only when both say what they measure: money in one currency, or
 * one counted noun. Bare numbers are too often something else ("those aged 65 (20 % of the 10,000
 * residents)", "10 % of the 2,000 respondents are under 18").
 */
function sameMeasure(part: Figure, whole: Figure): boolean {
  if (!comparable(part, whole)) return false;
  return part.kind === 'amount' ? whole.kind === 'amount' : Boolean(part.unit && whole.unit);
}

/** Decimals the share was written with, plus one, so that the computed share shows why it differs. */
function shownDecimals(share: Figure): number {
  const point = share.value.indexOf('.');
  return (point < 0 ? 0 : share.value.length - point - 1) + 1;
}

