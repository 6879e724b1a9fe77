/**
 * Share-of-a-base claims: a part, the whole it is a share of, and the share stated for it, as a
 * percentage or in words ("two thirds", "one in five", "een op de vier", "jede zehnte", "un sur trois").
 *
 *   part and whole, share attached:  "Of the 32 agencies, 20 (72 %)", "1,130 of the 3,900 posts, or 39 %",
 *                                    "Van de 1.200 aanvragen werden er 300 afgewezen, namelijk een derde";
 *   share first:                     "Two thirds of the 45 care homes (24)", "Rund 18 % der 10.786 Gemeinden – das sind 2.900";
 *   part, share, base:               "£150 million, or 30 % of its £400 million budget", "700 dossiers, soit 45 % des 2 000 dossiers";
 *   share, then its part and whole:  "Le taux de rejet atteint 18,5 % : 370 demandes sur 2 500";
 *   a whole named before:            "… 8,400 units. … 1,050 of them, or 17.5 %", "Davon entfallen 1,4 Mrd. Euro, das sind 30 %",
 *                                    "… 64 Hausarztpraxen. … In 24 Praxen – also etwa einem Viertel";
 *   the share in the next sentence:  "… hadden er 120 problemen. Dat komt neer op 12,5 procent.";
 *   items against one whole:         "5,800 responses: - 1,450 (25 %) … - 870 (20 %) …";
 *   table rows:                      a column of rates that is one column over another in every row but one.
 */
import { conceptSource, WORD_END, WORD_START } from '../../lexicon/index.js';
import { boundedText, firstStartingFrom, lastEndingBy, MAX_GAP_LENGTH } from '../../parse/gaps.js';
import type { Brief, Figure, Sentence, TableCell, TextBlock } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import type { Locale } from '../../quantity/types.js';
import { authorsSentences, measurable, qualifiedStart } from '../figures.js';
import { isTimeFigure } from '../period.js';
import { sameUnit, unitSymbolAfter } from '../units.js';
import { partsOfWholeIn } from './part-of-whole.js';
import { isShareFigure, percentShare, sharesIn, type ShareValue } from './share-value.js';

export type { ShareValue } from './share-value.js';

export interface ShareClaim {
  kind: 'share';
  part: Figure;
  whole: Figure;
  share: ShareValue;
}

/** Words that say "that is" before a share or a part: ", or", "namelijk", "also", "soit", "representing". */
const SAYS: Record<Locale, string> = {
  en: String.raw`or|that is|i\.e\.|which is|namely|representing|represents?|represented|accounting for|accounts? for|making up|makes? up|equal to|is|are|was|were`,
  nl: String.raw`ofwel|oftewel|dat is|namelijk|dus|te weten|d\.w\.z\.|goed voor|is|zijn|was|waren|vormt|vormen`,
  de: String.raw`also|das sind|das ist|d\.\s?h\.|mithin|sprich|entspricht|entsprechen|ist|sind|war|waren|macht|machen`,
  fr: String.raw`soit|c['’]est-à-dire|à savoir|représente|représentent|représentant|est|sont`,
};

/** A bracket, a dash or "that is" (or a dash or bracket and then "that is"). */
const CONNECTOR = perLocale(
  (locale) => String.raw`(?:(?:\(|[–—]|-\s)\s*(?:(?:${SAYS[locale]})${WORD_END}\s*,?)?|,?\s*(?:${SAYS[locale]})${WORD_END}\s*,?)`,
);

/** From a figure (and its noun, a few words) to a share: a bracket, a dash, or "that is". */
const THEN_SHARE = perLocale(
  (locale) => new RegExp(String.raw`^(?:\s+[\p{L}X][\p{L}\p{N}'’.-]*){0,7}?\s*,?\s*${CONNECTOR[locale]}\s*$`, 'iu'),
);

/**
 * From a figure to its share across a longer clause, when an explicit "that is" or a share noun says so:
 * "45 000 des 180 000 demandeurs … ont suivi une formation qualifiante, soit 20 %".
 * A bare copula or bracket keeps the short reach.
 */
const THEN_SHARE_FAR = perLocale(
  (locale) =>
    new RegExp(
      String.raw`^(?:\s+[\p{L}X][\p{L}\p{N}'’.-]*){0,14}?\s*,?\s*(?:[–—]|-\s)?\s*(?:${SAYS_PART[locale]})${WORD_END}\s*,?\s*$`,
      'iu',
    ),
);

/** "… were women, barely 10 % of the total", "…, een kwart van het totaal": a comma is enough when the share names the whole as its base. */
const THEN_SHARE_OF_WHOLE = /^(?:\s+[\p{L}X][\p{L}\p{N}'’.-]*){0,10}?\s*,\s*$/u;

/** From a share to its base: "of", "van", "der", "des", "among", "parmi", then at most five words. */
const SHARE_BASE = perLocale(
  (locale) =>
    new RegExp(
      String.raw`^\s*(?:\)\s*)?(?:${conceptSource(locale, 'shareBase')}|among|onder|unter|parmi|sur)(?:\s+|(?<=['’]))(?:[\p{L}X][\p{L}'’.-]*\s+){0,5}?$|^\s*(?:\)\s*)?(?:${conceptSource(locale, 'shareBase')})\s*$`,
      'iu',
    ),
);

/** "that is" before a part, without the copulas ("10 % of the 2,000 respondents are under 18" states no part). */
const SAYS_PART: Record<Locale, string> = {
  en: String.raw`or|that is|i\.e\.|which is|namely`,
  nl: String.raw`ofwel|oftewel|dat is|namelijk|te weten|d\.w\.z\.`,
  de: String.raw`also|das sind|das ist|d\.\s?h\.|mithin|sprich`,
  fr: String.raw`soit|c['’]est-à-dire|à savoir`,
};

/** Between a base and its part: its noun (up to eight words), then a bracket, a dash or "that is", and at most one word ("insgesamt"). */
const THEN_PART = perLocale(
  (locale) =>
    new RegExp(
      String.raw`^(?:\s+[\p{L}X][\p{L}'’.-]*){0,8}?\s*,?\s*(?:(?:\(|[–—]|-\s)\s*(?:(?:${SAYS_PART[locale]})${WORD_END}\s*,?)?|,?\s*(?:${SAYS_PART[locale]})${WORD_END}\s*,?)(?:\s*[\p{L}]+)?\s*$`,
      'iu',
    ),
);

/** A part in apposition: the base's noun (six words at most) and a comma before it, its noun (two words at most) and a comma after it. */
const APPOSITION_BEFORE = /^(?:\s+[\p{L}][\p{L}'’.-]*){0,6}\s*,\s*$/u;
const APPOSITION_AFTER = /^(?:\s+[\p{L}][\p{L}'’.-]*){0,2}\s*,/u;

/** A threshold or a rate, not a base: "of income above $10,000", "of the first 5", "per". */
const NOT_A_BASE =
  /(?<![\p{L}])(?:above|over|below|under|exceeding|exceeds?|excess|beyond|more|less|than|first|last|up|to|each|per|every|boven|meer|minder|dan|eerste|laatste|elke?|über|mehr|weniger|als|ersten|letzten|jede[nmrs]?|plus|moins|premiers?|premières?|derniers?|chaque|au-delà)(?![\p{L}])/iu;

/** Right after a share: a comparison ("12 % more than"), which makes it a change. */
const COMPARED_AFTER = perLocale((locale) => new RegExp(String.raw`^\s*(?:${conceptSource(locale, 'comparison')})${WORD_END}`, 'iu'));

/** The text between two offsets with each figure in it written "X" (so connector patterns see words only). */
function wordsBetween(sentence: Sentence, from: number, to: number): string {
  const text = sentence.block.text;
  // Only the end of a long stretch is ever read (see boundedText): start a few gaps' length before `to`,
  // so that many figures between two far-apart ones cost nothing.
  const window = 4 * MAX_GAP_LENGTH;
  const cut = to - from > window;
  let result = cut ? '\u2026' : '';
  let at = cut ? to - window : from;
  const figures = sentence.figures;
  for (let index = firstStartingFrom(figures, at); index < figures.length && figures[index]!.end <= to; index++) {
    result += text.slice(at, figures[index]!.start) + 'X';
    at = figures[index]!.end;
  }
  return boundedText(result + text.slice(at, to), 0, result.length + to - at);
}

/** Measurable figures (counts and amounts) strictly between two offsets. */
function measuredBetween(sentence: Sentence, from: number, to: number): Figure[] {
  const figures = sentence.figures;
  const found: Figure[] = [];
  for (let index = firstStartingFrom(figures, from); index < figures.length && figures[index]!.end <= to; index++) {
    if (measurable(figures[index]!) && !isTimeFigure(figures[index]!)) found.push(figures[index]!);
  }
  return found;
}

/** "in 2023 kwamen er …": a four-digit year the reader took for a count. */
function yearLike(figure: Figure): boolean {
  return /^(?:19|20)\d\d$/u.test(figure.text) && !figure.currency;
}

/** A part and its whole measure the same thing (or the part is bare), and the part is not larger. */
function partOf(part: Figure, whole: Figure): boolean {
  if (!measurable(part) || !measurable(whole) || isTimeFigure(part) || isTimeFigure(whole) || yearLike(part) || yearLike(whole)) return false;
  if (part.kind === 'range' || whole.kind === 'range') return false;
  if (Number(part.value) > Number(whole.value)) return false;
  if (part.kind === 'amount' || whole.kind === 'amount') {
    if (part.currency === whole.currency) return true;
    // "31,5 millions d'euros sur un total de 42 millions": a bare figure with a scale word shares the other's currency.
    const bare = part.currency ? whole : part;
    return !bare.currency && !bare.unit && Boolean(bare.scale);
  }
  if (part.currency || whole.currency) return false;
  // "11 of the 27 EU member states": capitals after the whole name it, they are no unit symbol.
  if (part.unit && whole.unit) return sameNounOrHead(part.unit, whole.unit);
  const [partSymbol, wholeSymbol] = [unitSymbolAfter(part), unitSymbolAfter(whole)];
  return !(partSymbol && wholeSymbol) || sameUnit(partSymbol, wholeSymbol);
}

/**
 * When the sentence itself says the part is of the whole ("Of the 734 members, 257 women", "one in ten
 * of the 1,530 nurseries – 306 facilities"), the part's noun may name the subset: only money must
 * agree, and the part may not exceed the whole.
 */
function statedPartOf(part: Figure, whole: Figure): boolean {
  if (!measurable(part) || !measurable(whole) || isTimeFigure(part) || isTimeFigure(whole) || yearLike(part) || yearLike(whole)) return false;
  if (part.kind === 'range' || whole.kind === 'range' || Number(part.value) > Number(whole.value)) return false;
  if (part.currency || whole.currency) return partOf(part, whole);
  return true;
}

/** The share right after a figure ("20 (72 %)", "410 – roughly half", "1,130 of the 3,900 posts, or 39 %"). */
function shareAfter(sentence: Sentence, after: Figure, shares: ShareValue[], locale: Locale, part: Figure): ShareValue | undefined {
  const share = shares[firstStartingFrom(shares, after.end)];
  if (!share) return undefined;
  const competing = (figure: Figure): boolean => figure !== part && partOf(figure, part) && (figure.unit ?? '') === (part.unit ?? '');
  if (measuredBetween(sentence, after.end, share.qualifiedStart).some(competing)) return undefined;
  // "6 of the 27 (30 % of the EU population)": a share with a base of its own ("du total" is this whole).
  const ownBase = SHARE_BASE_AFTER[locale].exec(share.block.text.slice(share.end, share.end + 40));
  const ofTheWhole = ownBase && OF_THE_WHOLE.test(share.block.text.slice(share.end + ownBase[0].length, share.end + ownBase[0].length + 20));
  if (ownBase && !ofTheWhole) return undefined;
  const gap = wordsBetween(sentence, after.end, share.qualifiedStart);
  return THEN_SHARE[locale].test(gap) || THEN_SHARE_FAR[locale].test(gap) || (ofTheWhole && THEN_SHARE_OF_WHOLE.test(gap)) ? share : undefined;
}

/** "du total", "of the total", "van het totaal", "des Ganzen": the base is the whole itself. */
const OF_THE_WHOLE = /^\s*(?:the\s+|het\s+|le\s+|l['’])?(?:total|totaal|ganzen|gesamt\p{L}*|ensemble|whole)(?![\p{L}])/iu;

function changed(share: ShareValue, locale: Locale): boolean {
  return COMPARED_AFTER[locale].test(share.block.text.slice(share.end, share.end + 30));
}

/** The claims one sentence makes by itself. */
export function shareClaimsIn(sentence: Sentence, locale: Locale, bare?: Array<{ part: Figure; whole: Figure }>): ShareClaim[] {
  const shares = sharesIn(sentence, locale).filter((share) => !changed(share, locale));
  if (shares.length === 0 && !bare) return [];
  const text = sentence.block.text;
  const claims: ShareClaim[] = [];
  const claimed = new Set<ShareValue>();
  const add = (part: Figure, whole: Figure, share: ShareValue, stated = false): void => {
    if (claimed.has(share) || !(stated ? statedPartOf(part, whole) : partOf(part, whole))) return;
    // "€ 3 bn more than last year": a difference is no part.
    if (COMPARED_AFTER[locale].test(text.slice(part.end, part.end + 30).replace(/^\s*[\p{L}]+(?=\s+(?:more|less|meer|minder|mehr|weniger|plus|moins))/u, ''))) return;
    claimed.add(share);
    claims.push({ kind: 'share', part, whole, share });
  };
  // Part and whole side by side, the share attached after the later of them.
  for (const { part, whole } of partsOfWholeIn(sentence, locale)) {
    const later = part.end > whole.end ? part : whole;
    const share = shareAfter(sentence, later, shares, locale, part);
    if (share) add(part, whole, share);
  }
  const figures = sentence.figures.filter((figure) => measurable(figure) && !isTimeFigure(figure) && !yearLike(figure));
  // The part-of-whole pairs by where the first of their figures starts, to find those right after a share.
  const partsByStart = partsOfWholeIn(sentence, locale)
    .map(({ part, whole }) => ({ part, whole, start: Math.min(qualifiedStart(part, locale), qualifiedStart(whole, locale)) }))
    .sort((a, b) => a.start - b.start);
  for (const share of shares) {
    const next = figures[firstStartingFrom(figures, share.end)];
    // Share first: "Two thirds of the 45 care homes (24)", "18 % der 10.786 Gemeinden – das sind 2.900".
    if (next) {
      const base = wordsBetween(sentence, share.end, qualifiedStart(next, locale));
      if (SHARE_BASE[locale].test(base) && !NOT_A_BASE.test(base)) {
        const part = figures[firstStartingFrom(figures, next.end)];
        const partGap = part && wordsBetween(sentence, next.end, qualifiedStart(part, locale));
        // "Ruim de helft van de 2.400 ondervraagde mantelzorgers, 816 personen, gaf aan …": the part set off by commas on both sides.
        const apposition = part && partGap !== undefined && APPOSITION_BEFORE.test(partGap) && APPOSITION_AFTER.test(text.slice(part.end, part.end + 60));
        if (part && (THEN_PART[locale].test(partGap!) || apposition)) add(part, next, share, true);
        // Part before the share: "£150 million, or 30 % of its £400 million", "700 dossiers …, soit 45 % des 2 000 dossiers".
        const before = figures[lastEndingBy(figures, share.qualifiedStart)];
        // "A is p % of B" compares A and B only when both say what they measure ("those aged 65 (20 % of …)" does not).
        const measures = before && (before.currency || before.unit) && (next.currency || next.unit);
        if (before && measures && THEN_SHARE[locale].test(wordsBetween(sentence, before.end, share.qualifiedStart))) add(before, next, share);
      }
    }
    // Share, then a part of a whole: "Le taux de rejet atteint 18,5 % : 370 demandes sur 2 500".
    const explained = EXPLAINED_BY_PART;
    for (let index = firstStartingFrom(partsByStart, share.end + 1); index < partsByStart.length; index++) {
      const { start: first, part, whole } = partsByStart[index]!;
      if (first - share.end > MAX_GAP_LENGTH) break;
      if (explained.test(text.slice(share.end, first))) add(part, whole, share);
    }
  }
  // A clause that opens with the whole: "Of the 32 agencies covered by the review, 20 (72 %)",
  // "Van het totale budget voor zorg van € 103 miljard gaat € 25,8 miljard (15 procent)".
  const opening = WHOLE_FIRST[locale].exec(text.slice(sentence.start, sentence.end));
  if (opening) {
    const whole = figures.find((figure) => figure.start >= sentence.start + opening[0].length - 1);
    const part = whole && figures.find((figure) => figure.start >= whole.end);
    if (whole && part && WHOLE_THEN_PART_GAP.test(wordsBetween(sentence, whole.end, qualifiedStart(part, locale)))) {
      const share = shareAfter(sentence, part, shares, locale, part);
      if (share) add(part, whole, share, true);
      else if (bare && statedPartOf(part, whole)) bare.push({ part, whole });
    }
  }
  // "4,8 milliards d'euros en 2024, dont 1,2 milliard (20 %)": the whole before the marker, a year between.
  for (const part of figures) {
    if (!PART_MARKER_BEFORE[locale].test(boundedText(text, sentence.start, qualifiedStart(part, locale)))) continue;
    const whole = [...figures].reverse().find((figure) => figure.end <= part.start && figure !== part);
    const share = whole && shareAfter(sentence, part, shares, locale, part);
    if (whole && share) add(part, whole, share);
  }
  return claims;
}

/**
 * Between a share and the part and whole that explain it: its noun (ten words at most), then a colon
 * (a few words may follow it) or a dash or bracket. "Le taux de rejet atteint 18,5 % : 370 demandes sur
 * 2 500", "Nearly two in five – 210 of the 840 apprentices –", "Zwei von fünf Pflegebedürftigen … versorgt:
 * Laut Pflegestatistik waren es zuletzt 94.000 von insgesamt 188.000".
 */
const EXPLAINED_BY_PART = /^\s*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,9})?\s*(?::\s*(?:[\p{L}'’-]+\s+){0,5}|[–—(]\s*)$/u;

/** "of which", "waarvan", "davon", "dont" right before a part. */
const PART_MARKER_BEFORE = perLocale((locale) => new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'partMarker')})\s*$`, 'iu'));

/** "Of the", "Van het", "Von den", "Sur une", and up to six words before the whole. */
const WHOLE_FIRST: Record<Locale, RegExp> = {
  en: /^\s*(?:of|out of)\s+(?:the|all|its|their|our|these|those|[\p{L}.]+['’]s)(?:\s+[\p{L}][\p{L}'’-]*){0,6}?\s+(?=[\p{N}$€£])/iu,
  nl: /^\s*van\s+(?:de|het|alle|deze|die|hun|onze)(?:\s+[\p{L}][\p{L}'’-]*){0,6}?\s+(?=[\p{N}$€£])/iu,
  de: /^\s*von\s+(?:den|dem|der|allen|diesen|ihren)(?:\s+[\p{L}][\p{L}'’-]*){0,6}?\s+(?=[\p{N}$€£])/iu,
  fr: /^\s*(?:sur|parmi)\s+(?:les|l['’]|la|le|ces|ses|leurs|une|un)(?:\s+[\p{L}][\p{L}'’-]*){0,6}?\s*(?=[\p{N}$€£])/iu,
};

/** After the whole that opens a clause: its noun (up to eight words) and a comma, or a verb (up to four words). */
const WHOLE_THEN_PART_GAP = /^(?:\s+[\p{L}X][\p{L}'’.-]*){0,8}\s*,\s*(?:[\p{L}]+\s+){0,2}$|^(?:\s+[\p{L}X][\p{L}'’.-]*){1,7}\s+$/u;

/** Words that point back to a whole named before: "of them", "of these", "daarvan", "davon", "d'entre elles". */
const BACK_AFTER: Record<Locale, RegExp> = {
  en: /^\s*(?:of\s+(?:them|these|those|this|it)|of\s+the\s+([\p{L}][\p{L}'’-]*))(?![\p{L}])/iu,
  nl: /^\s*(?:daarvan|ervan|van\s+(?:hen|deze|die)(?:\s+([\p{L}][\p{L}'’-]*))?)(?![\p{L}])/iu,
  de: /^\s*(?:davon|darunter|von\s+(?:ihnen|diesen)(?:\s+([\p{L}][\p{L}'’-]*))?)(?![\p{L}])/iu,
  fr: /^\s*(?:d['’]entre\s+(?:eux|elles)|parmi\s+(?:eux|elles)|de\s+ces(?:\s+([\p{L}][\p{L}'’-]*))?)(?![\p{L}])/iu,
};
const BACK_BEFORE: Record<Locale, RegExp> = {
  en: /(?:^|[,;:]\s*|\s(?:and|while)\s+)(?:of\s+(?:them|these|those))\s*,?\s*$/iu,
  nl: /(?:^|[,;:]\s*)(?:daarvan|van\s+(?:hen|deze|die))(?:\s+[\p{L}]+){0,3}\s+$|(?<![\p{L}])daarvan\s+$/iu,
  de: /(?:^|[,;:]\s*)(?:davon|darunter|von\s+(?:ihnen|diesen))(?:\s+[\p{L}]+){0,3}\s+$|(?<![\p{L}])davon\s+$/iu,
  fr: /(?:^|[,;:]\s*)(?:parmi\s+(?:eux|elles)|d['’]entre\s+(?:eux|elles))\s*,?\s*$|(?<![\p{L}])en\s+(?!(?:moyenne|hausse|baisse|outre|effet|tout|total|particulier|plus|moins|partie|revanche|cours|vigueur|France|Europe|ligne|fin|début|valeur|volume)(?![\p{L}]))[\p{L}]+\s+$/iu,
};

/** Opens a sentence that gives the share of the part just named: "That is", "Dat komt neer op", "Das entspricht", "Cela représente". */
const THAT_IS_OPENING: Record<Locale, RegExp> = {
  en: /^\s*(?:that|this)(?:['’]s|\s+(?:is|represents|comes to|amounts to|equals|makes))(?:\s+[\p{L}]+){0,4}?\s*$/iu,
  nl: /^\s*(?:dat|dit)\s+(?:is|komt neer op|betekent|maakt|vormt)(?:\s+[\p{L}]+){0,4}?\s*$/iu,
  de: /^\s*(?:das|dies)\s+(?:entspricht|sind|ist|macht|ergibt)(?:\s+[\p{L}]+){0,4}?\s*$/iu,
  fr: /^\s*(?:cela|ce qui|soit)(?:\s+(?:représente|fait|correspond à))?(?:\s+[\p{L}'’]+){0,4}?\s*$/iu,
};

/** Right after a share, its own base: "of supply", "van de markt", "der Fläche", "du total". */
const SHARE_BASE_AFTER = perLocale((locale) => new RegExp(String.raw`^\s*(?:${conceptSource(locale, 'shareBase')})${WORD_END}`, 'iu'));

/** One noun, or a compound and its head: "basisscholen" ~ "scholen", "Hausarztpraxen" ~ "Praxen". */
function sameNounOrHead(compound: string, head: string): boolean {
  if (sameUnit(compound, head)) return true;
  const [long, short] = compound.length >= head.length ? [compound, head] : [head, compound];
  return short.length >= 4 && long.toLowerCase().endsWith(short.toLowerCase());
}

/** How many figures back a whole named before may stand. */
const LOOK_BACK = 60;

/** The nearest figure before `part` in the brief that it can be a part of (same noun when one is named). */
function antecedent(brief: Brief, part: Figure, noun: string | undefined): Figure | undefined {
  const figures = brief.figures;
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (figures[middle]!.range.start < part.range.start) low = middle + 1;
    else high = middle;
  }
  let index = low;
  for (let steps = 0; index > 0 && steps < LOOK_BACK; steps++) {
    const candidate = figures[--index]!;
    if (candidate.context === 'table' || candidate.quoted) continue;
    if (!measurable(candidate) || isTimeFigure(candidate) || candidate.kind === 'range') continue;
    if (candidate.bound) continue;
    // "- 96 projecten zijn afgerond (40%); - 84 projecten … (35%)": a figure stated as a share of its own is a sibling part, not the whole.
    if (candidate.block !== part.block && (candidate.context === 'listItem' && part.context === 'listItem' || hasShareAttached(candidate))) continue;
    if (noun && !(candidate.unit && sameNounOrHead(candidate.unit, noun))) continue;
    if (part.kind === 'count' && candidate.kind !== 'count') continue;
    if (partOf(part, candidate) && (candidate.unit || candidate.currency || candidate.kind === 'count' || /^\d+$/u.test(candidate.value))) return candidate;
  }
  return undefined;
}

/** "96 projecten zijn afgerond (40%)", "720 projets … (40 %)": a figure whose share follows it in brackets, a few words on. */
function hasShareAttached(figure: Figure): boolean {
  const figures = figure.block.figures;
  const next = figures[firstStartingFrom(figures, figure.end)];
  return next !== undefined && isShareFigure(next) && next.start - figure.end <= 80 && /^(?:\s+[\p{L}][\p{L}'’-]*){0,8}\s*\(\s*$/u.test(figure.block.text.slice(figure.end, next.start));
}

/** Every share claim of a brief: those of each sentence, and those whose whole or share stands elsewhere. */
export function shareClaims(brief: Brief): ShareClaim[] {
  const locale = brief.locale;
  const claims: ShareClaim[] = [];
  const sharesClaimed = new Set<number>();
  const push = (claim: ShareClaim): void => {
    if (sharesClaimed.has(claim.share.range.start)) return;
    sharesClaimed.add(claim.share.range.start);
    claims.push(claim);
  };
  let previous: { sentence: Sentence; parts: Array<{ part: Figure; whole: Figure; shared: boolean }> } | undefined;
  for (const sentence of authorsSentences(brief)) {
    const bare: Array<{ part: Figure; whole: Figure }> = [];
    const own = shareClaimsIn(sentence, locale, bare);
    own.forEach(push);
    const text = sentence.block.text;
    const shares = sharesIn(sentence, locale).filter((share) => !changed(share, locale) && !sharesClaimed.has(share.range.start));
    const parts: Array<{ part: Figure; whole: Figure; shared: boolean }> = partsOfWholeIn(sentence, locale).map(({ part, whole }) => ({
      part,
      whole,
      shared: own.some((claim) => claim.part === part),
    }));
    for (const entry of bare) parts.push({ ...entry, shared: false });
    // "… 120 problemen. Dat komt neer op 12,5 procent."
    const first = shares[0];
    if (first && previous && previous.sentence.block === sentence.block && THAT_IS_OPENING[locale].test(text.slice(sentence.start, first.qualifiedStart))) {
      const last = previous.parts.filter((entry) => !entry.shared).at(-1);
      if (last && measuredBetween(sentence, sentence.start, first.start).length === 0) push({ kind: 'share', part: last.part, whole: last.whole, share: first });
    }
    // A whole named before: "1,050 of them, or 17.5 %", "Davon entfallen 1,4 Mrd. Euro, das sind 30 %", "davon entfielen 45 % (216)".
    const figures = sentence.figures.filter((figure) => measurable(figure) && !isTimeFigure(figure) && !yearLike(figure));
    let openingWhole: Figure | undefined;
    for (const part of figures) {
      const after = BACK_AFTER[locale].exec(text.slice(part.end, part.end + 40));
      const before = BACK_BEFORE[locale].exec(boundedText(text, sentence.start, qualifiedStart(part, locale)));
      // "Of these, 1,800 (75 %) …, while 600 (20 %) …": the whole named by the opening serves each bracketed part.
      const bracketed = openingWhole !== undefined && /^\s*\(\s*$/u.test(text.slice(part.end, (shareAfter(sentence, part, shares, locale, part)?.qualifiedStart ?? part.end)));
      if (!after && !before && !bracketed) continue;
      const noun = after?.[1];
      const whole = bracketed && !after && !before ? openingWhole : antecedent(brief, part, noun && /^\p{Ll}/u.test(noun) ? noun : undefined);
      if (before && whole) openingWhole = whole;
      if (!whole) continue;
      const share = shareAfter(sentence, part, shares, locale, part) ?? shareBefore(sentence, part, shares, locale);
      if (share && !sharesClaimed.has(share.range.start)) push({ kind: 'share', part, whole, share });
      parts.push({ part, whole, shared: Boolean(share) });
    }
    // "In 24 Praxen – also etwa einem Viertel": a counted part with its share, whose whole was counted before.
    const inPartOfWhole = new Set(partsOfWholeIn(sentence, locale).flatMap((entry) => [entry.part, entry.whole]));
    for (const share of shares) {
      if (sharesClaimed.has(share.range.start)) continue;
      const part = figures[lastEndingBy(figures, share.qualifiedStart)];
      if (!part || part.kind !== 'count' || !part.unit) continue;
      if (!THEN_SHARE[locale].test(wordsBetween(sentence, part.end, share.qualifiedStart))) continue;
      if (inPartOfWhole.has(part)) continue;
      // "… or 58.08 % of supply": a share with a base of its own is not of the count named before.
      if (SHARE_BASE_AFTER[locale].test(text.slice(share.end, share.end + 20))) continue;
      const whole = antecedent(brief, part, part.unit);
      if (whole && whole !== part && whole.range.start !== part.range.start && whole.unit && sameNounOrHead(whole.unit, part.unit)) {
        push({ kind: 'share', part, whole, share });
      }
    }
    previous = { sentence, parts };
  }
  return [...claims, ...itemClaims(brief), ...tableClaims(brief)];
}

/** "davon entfielen 45 % (216)": a share right before its part. */
function shareBefore(sentence: Sentence, part: Figure, shares: ShareValue[], locale: Locale): ShareValue | undefined {
  const share = shares[lastEndingBy(shares, qualifiedStart(part, locale))];
  if (!share) return undefined;
  return /^\s*\(\s*$/u.test(sentence.block.text.slice(share.end, qualifiedStart(part, locale))) ? share : undefined;
}

/** A list item that opens with a part and its share: "1,450 respondents (25%) supported it", "2.340 (30 %) bewerten …". */
function itemPart(block: TextBlock, locale: Locale): { part: Figure; share: ShareValue } | undefined {
  const [part, next] = block.figures;
  if (!part || !next || !measurable(part) || !isShareFigure(next)) return undefined;
  if (!/^[\s\p{P}]*$/u.test(block.text.slice(0, qualifiedStart(part, locale)))) return undefined;
  if (!/^(?:\s+[\p{L}][\p{L}'’-]*)?\s*\(\s*$/u.test(block.text.slice(part.end, qualifiedStart(next, locale)))) return undefined;
  return { part, share: percentShare(next, locale) };
}

/**
 * "The consultation drew 5,800 responses: - 1,450 (25 %) … - 870 (20 %) …": items that each give a
 * part and its share of one whole named in the text before the list. Only when the other items agree
 * with that whole is the one that does not a contradiction.
 */
function itemClaims(brief: Brief): ShareClaim[] {
  const locale = brief.locale;
  const claims: ShareClaim[] = [];
  for (const list of brief.lists) {
    if (list.quoted || list.items.length < 3) continue;
    const items = list.items.map((item) => itemPart(item.block, locale));
    if (items.some((item) => !item)) continue;
    const before = brief.blocks.filter((block) => block.range.end <= list.range.start && block.kind === 'paragraph').slice(-2);
    const candidates = before.flatMap((block) => block.figures).filter((figure) => measurable(figure) && !isTimeFigure(figure) && figure.kind !== 'range');
    for (const whole of candidates.reverse()) {
      if (!items.every((item) => statedPartOf(item!.part, whole))) continue;
      const agree = items.filter((item) => agrees(item!.part, whole, item!.share));
      if (agree.length < 2 || agree.length === items.length || items.length - agree.length > 1) continue;
      for (const item of items) if (!agree.includes(item)) claims.push({ kind: 'share', part: item!.part, whole, share: item!.share });
      break;
    }
  }
  return claims;
}

/** Whether part / whole × 100 rounds to the stated percentage (a coarse check, for choosing among wholes). */
function agrees(part: Figure, whole: Figure, share: ShareValue): boolean {
  const ratio = (100 * Number(part.value)) / Number(whole.value);
  const stated = Number(share.figure?.value ?? NaN);
  const half = Number(share.figure?.precision ?? '1') / 2;
  return Math.abs(ratio - stated) <= half + 1e-9;
}

/** A cell that is one figure and nothing else, or undefined. */
function cellFigure(cell: TableCell | undefined): Figure | undefined {
  if (!cell || cell.figures.length !== 1) return undefined;
  const figure = cell.figures[0]!;
  const rest = (cell.text.slice(0, figure.start) + cell.text.slice(figure.end)).replace(/[\s*_~\uFFFC]/gu, '');
  return rest === '' && !figure.malformed ? figure : undefined;
}

/**
 * "| Region | Claims received | Claims rejected | Rejection rate |": a column of rates that is one
 * column over another in every row but one (three rows at least): that row's rate is wrong.
 */
function tableClaims(brief: Brief): ShareClaim[] {
  const locale = brief.locale;
  const claims: ShareClaim[] = [];
  for (const table of brief.tables) {
    if (table.quoted || table.rows.length < 3) continue;
    const columns = table.header.length;
    for (let rate = 1; rate < columns; rate++) {
      const rates = table.rows.map((row) => cellFigure(row[rate]));
      if (rates.some((figure) => !figure || !isShareFigure(figure))) continue;
      for (let whole = 1; whole < columns; whole++) {
        for (let part = 1; part < columns; part++) {
          if (part === whole || part === rate || whole === rate) continue;
          const rows = table.rows.map((row, index) => ({ part: cellFigure(row[part]), whole: cellFigure(row[whole]), rate: rates[index]! }));
          if (rows.some((row) => !row.part || !row.whole || !partOf(row.part, row.whole) || Number(row.whole.value) === 0)) continue;
          const wrong = rows.filter((row) => !agrees(row.part!, row.whole!, percentShare(row.rate, locale)));
          if (wrong.length !== 1 || rows.length - wrong.length < 2) continue;
          for (const row of wrong) claims.push({ kind: 'share', part: row.part!, whole: row.whole!, share: percentShare(row.rate, locale) });
        }
      }
    }
  }
  return claims;
}
