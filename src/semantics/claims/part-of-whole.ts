/**
 * Part-of-whole claims: a part and the whole it is said to belong to.
 *   whole first:  "W, of which P" / "W waarvan P" / "W, davon P" / "W, dont P";
 *                 "Of the 30 agencies, 12 …", "Van de 40 gemeenten gaan er 12 …", "Von den 120 Anträgen wurden 90 …",
 *                 "Sur les 1 200 communes, 800 …";
 *   part first:   "6 of the 27", "8 out of 64", "6 van de 27", "6 op 10", "6 von 27", "6 sur 27".
 * Only where an editor reading the sentence would agree which figure is the part.
 */
import { anyLanguage, alternation, conceptSource, wordsFor, WORD_END, WORD_START } from '../../lexicon/index.js';
import { boundedText, lastEndingBy } from '../../parse/gaps.js';
import type { Brief, Figure, Sentence, TableCell } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import type { Locale } from '../../quantity/types.js';
import { compareDecimal } from '../../quantity/decimal.js';
import { measurable, qualifiedStart } from '../figures.js';
import { isTimeFigure } from '../period.js';
import { isReferenceNumber } from '../references.js';
import { sameMeasure, sameUnit, sameWord } from '../units.js';
import { subtractionBetween } from './subtraction.js';
import { memoByLocale } from '../memo.js';

export interface PartOfWhole {
  kind: 'part-of-whole';
  part: Figure;
  whole: Figure;
  /**
   * Said by a part marker ("of which", "parmi lesquels", "onder wie", "darunter"): the part may count a
   * subgroup by its own noun ("850 élèves, parmi lesquels 920 internes"), so nouns need not match.
   */
  marked?: boolean;
}

/**
 * The whole, at most three words (its noun: "1,200 employees"), an optional comma or bracket, the part
 * marker, then the part — only qualifier words ("about", "ruim") may stand between the marker and the
 * part, so that "3 pays dont la population dépasse 10 millions" (a whose-clause) is not read as a part.
 * One list for every language: the markers do not clash.
 */
const WHOLE_THEN_PART = new RegExp(
  String.raw`^(?:\s+[\p{L}][\p{L}'’.-]*){0,3}\s*[,(–—:]?\s*${alternation(anyLanguage('partMarker'))}\s*$`,
  'iu',
);

/**
 * Between part and whole, by the document's language: Dutch "of" is "or" ("1, 3 of 15 dagen"), and
 * German "des" opens a genitive ("Nummer 10 des Fünften Buches").
 */
const PART_OF_WHOLE = perLocale((locale) => new RegExp(String.raw`^\s*${conceptSource(locale, 'partOf')}\s+$`, 'iu'));

/**
 * After the whole of "P of W": a hyphen or possessive means the figure only describes the noun
 * ("20 of the 12-month contracts", "100 of the 27 Member States' regions"), and a following "to" /
 * "naar" / "auf" makes "von 10 auf 30" a change, not a share.
 */
const NOT_A_WHOLE_AFTER = new RegExp(
  String.raw`^(?:[-‐‑–]|(?:\s+\p{L}+){0,3}['’]s?(?:\s|$)|\s+${alternation(anyLanguage('toward'))}${WORD_END})`,
  'iu',
);

/** A clause that opens with the whole ("Of the EU tranche of € 50 bn", "Van de € 50 miljard"): the text before the whole. */
const CLAUSE_OPENS_WITH_WHOLE = new RegExp(String.raw`(?:^|[,;:(—–]\s*)${alternation(anyLanguage('wholeFirst'))}\s+$`, 'iu');

const REST_AFTER = new RegExp(String.raw`^\s+${alternation(anyLanguage('rest'))}${WORD_END}`, 'iu');
const DURATION = perLocale((locale) => new RegExp(String.raw`^(?:${conceptSource(locale, 'duration')})$`, 'iu'));

/** Right after a part: a comparison ("€ 60 bn more than last year"), which makes it a difference, not a part. */
const COMPARISON_AFTER = new RegExp(String.raw`^\s+${alternation(anyLanguage('comparison'))}${WORD_END}`, 'iu');

/** After such an opening whole: its noun (up to four words) and a comma, then the part. */
const OPENING_WHOLE_THEN_COMMA = /^(?:\s+[\p{L}][\p{L}'’.-]*){0,4}\s*,\s*$/u;

/**
 * Dutch and German put the verb right after the opening phrase, without a comma ("Van de € 50 miljard
 * gaat € 20 miljard naar …"): up to four words, none of which makes it a change ("naar", "auf").
 */
const OPENING_WHOLE_THEN_VERB = /^(?:\s+[\p{L}][\p{L}'’.-]*){1,4}\s+$/u;
const CHANGE_IN_GAP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(anyLanguage('toward'))}|gestegen|gedaald|gestiegen|gesunken|stieg|steeg|daalde|sank)${WORD_END}`,
  'iu',
);
const VERB_FIRST_OPENING = /(?:^|[,;:(—–]\s*)(?:van|von)\s+\S+[^,;:(—–]*$/iu;

/** "P of the W", "P out of W", "P van de W", "P von W", "P sur W": adjacent figures, part first. */
export function isPartOfWhole(part: Figure, whole: Figure, sentence: Sentence, locale: Locale): boolean {
  const text = sentence.block.text;
  let gap = boundedText(text, part.end, qualifiedStart(whole, locale));
  // "8 cells out of 64": the part's own noun may stand before the preposition.
  if (part.unit && gap.startsWith(` ${part.unit} `)) gap = gap.slice(part.unit.length + 1);
  return PART_OF_WHOLE[locale].test(gap) && !NOT_A_WHOLE_AFTER.test(text.slice(whole.end, sentence.end));
}

/** The part-of-whole claims of one sentence whose two figures stand side by side (read once per sentence and locale). */
export const partsOfWholeIn: (sentence: Sentence, locale: Locale) => readonly PartOfWhole[] = memoByLocale((sentence: Sentence, locale: Locale) =>
  readPartsOfWhole(sentence, locale),
);

function readPartsOfWhole(sentence: Sentence, locale: Locale): PartOfWhole[] {
  const text = sentence.block.text;
  const found: PartOfWhole[] = [];
  const figures = sentence.figures;
  for (let index = 0; index + 1 < figures.length; index++) {
    const first = figures[index]!;
    const second = figures[index + 1]!;
    const gap = boundedText(text, first.end, qualifiedStart(second, locale));
    const comparedAfter = COMPARISON_AFTER.test(text.slice(second.end, sentence.end));
    if (WHOLE_THEN_PART.test(gap) && !comparedAfter && !isTimeFigure(first)) {
      found.push({ kind: 'part-of-whole', whole: first, part: second, marked: true });
      continue;
    }
    if (isPartOfWhole(first, second, sentence, locale)) {
      found.push({ kind: 'part-of-whole', part: first, whole: second });
      continue;
    }
    const opening = boundedText(text, sentence.start, qualifiedStart(first, locale));
    if (CLAUSE_OPENS_WITH_WHOLE.test(opening) && !comparedAfter) {
      const verbFirst = VERB_FIRST_OPENING.test(opening);
      if (OPENING_WHOLE_THEN_COMMA.test(gap) || (verbFirst && OPENING_WHOLE_THEN_VERB.test(gap) && !CHANGE_IN_GAP.test(gap))) {
        found.push({ kind: 'part-of-whole', whole: first, part: second });
      }
    }
  }
  return found;
}

/**
 * Parts whose whole stands further away: a part marker with verb words after it ("; davon werden 5,6 Mio.",
 * "waarvan er 6.800"), a bracket ("(including 5,100 …)", "(darunter 14 …)"), a verb of inclusion ("The £2.1bn
 * budget … includes £2.6bn"), a sentence that opens by pointing back ("Of these, …", "Davon entfallen …",
 * "Hiervan gaat …", "Parmi eux, …", "Of the programme budget, …"), or a part followed by a pointer back
 * ("2,300 of these", "352 davon", "71 van die scholen"). The whole is the figure of the part's measure
 * right before, in the sentence or in the sentences and blocks before it; when an earlier sentence offers
 * several, the largest, so that a part is only said to exceed a whole every reading agrees on.
 */
const MARKER_BEFORE = perLocale((locale) => {
  const word = String.raw`\s+[\p{L}][\p{L}'’-]*`;
  // A label and a colon may follow the marker ("of whom radiographers: 140"); Dutch and German put a verb
  // or "er" there ("waarvan er 6.800", "davon werden 5,6 Mio."), English and French a whose-clause ("of which
  // the population exceeds 10 million"), which names no part.
  const between = locale === 'nl' || locale === 'de' ? String.raw`(?:(?:${word}){1,2}|(?:${word}){1,4}\s*:)?` : String.raw`(?:(?:${word}){1,4}\s*:)?`;
  return new RegExp(
    String.raw`${WORD_START}(?:${conceptSource(locale, 'partMarker')}|${conceptSource(locale, 'includes')})${between}\s*[,:]?\s*$`,
    'iu',
  );
});
/** Only a part marker (not a verb of inclusion) before the part. */
const PART_MARKER_BEFORE = perLocale((locale) => new RegExp(String.raw`${WORD_START}${conceptSource(locale, 'partMarker')}(?:\s+[\p{L}][\p{L}'’-]*){0,4}\s*[,:(]?\s*$`, 'iu'));

/** A sentence opening that points back to a whole: "Of these,", "Davon", "Of the programme budget,", "Parmi les ménages interrogés,". */
const POINTS_BACK_OPENING = perLocale(
  (locale) =>
    new RegExp(
      String.raw`^\s*(?:${conceptSource(locale, 'pointsBack')}|${conceptSource(locale, 'partMarker')}|(?:${conceptSource(locale, 'wholeFirstBare')})((?:\s+[\p{L}][\p{L}'’-]*){1,4}))${WORD_END}(?:\s+[\p{L}][\p{L}'’-]*){0,4}?\s*[,:]?\s*$`,
      'iu',
    ),
);
/** Right after a part: "of these", "davon", "daarvan", "d'entre eux", "van die scholen". */
const POINTS_BACK_AFTER = perLocale((locale) => {
  const pointers = wordsFor(locale, 'pointsBackAfter');
  // A pronoun ("of these", "davon") names nothing; a determiner ("van die", "der") names the whole's noun.
  const pronouns = alternation(pointers.filter((entry) => !entry.includes('(?=')));
  const determiners = alternation(pointers.filter((entry) => entry.includes('(?=')));
  return new RegExp(String.raw`^(?:\s+[\p{L}][\p{L}'’-]*)?\s+(?:${pronouns}|${determiners}((?:\s*[\p{L}][\p{L}'’-]*){1,3}))${WORD_END}`, 'iu');
});
const SENTENCES_BACK = 4;

const blockIndexes = new WeakMap<Brief, Map<unknown, number>>();

/** A block's index in its brief, from a map built once per brief. */
function blockIndexOf(brief: Brief, block: unknown): number {
  let indexes = blockIndexes.get(brief);
  if (!indexes) {
    indexes = new Map(brief.blocks.map((candidate, index) => [candidate, index]));
    blockIndexes.set(brief, indexes);
  }
  return indexes.get(block) ?? -1;
}

function measuredLike(figure: Figure, other: Figure, locale: Locale): boolean {
  return sameMeasure(figure, other, (a, b) => sameUnit(a, b, locale));
}

/** How many figures back in its sentence a part's whole may stand: more is a list, not a part and its whole. */
const FIGURES_BACK = 24;

/** The nearest figure before the `index`th of a sentence's figures that could be its whole. */
function wholeBefore(index: number, figures: readonly Figure[], locale: Locale): Figure | undefined {
  const part = figures[index]!;
  for (let at = index - 1; at >= 0 && index - at <= FIGURES_BACK; at--) {
    const figure = figures[at]!;
    if (figure.end <= part.start && partLike(figure, locale) && measuredLike(part, figure, locale)) return figure;
  }
  return undefined;
}

/**
 * Whether a noun phrase ("those schools", "les ménages interrogés") names what a figure counts, or a
 * word of its sentence. `strict`: only what the figure itself counts, its noun or the words right after
 * it ("352 der 400 Schulen" … "71 van die scholen"): after a part, "der Kombinierten Nomenklatur" or "of
 * the month" is a genitive of the part, not a pointer to a whole some other figure counts.
 */
function namesWhole(nouns: readonly string[], whole: Figure, locale: Locale, strict = false): boolean {
  if (nouns.length === 0) return !strict;
  // Strictly, the whole's own noun: its unit, or the word right after it ("400 Schulen", "3,200 households").
  const scope = strict ? (/^\s*([\p{L}][\p{L}'’-]*)/u.exec(whole.block.text.slice(whole.end, whole.sentence.end))?.[1] ?? '') : whole.sentence.text;
  const words = scope.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return nouns.some((noun) => (whole.unit !== undefined && sameUnit(noun, whole.unit, locale)) || words.some((word) => sameWord(word, noun) || sameUnit(word, noun, locale)));
}

/**
 * The whole an anaphoric part points back to: the largest figure of its measure in the nearest earlier
 * sentence (of its block, then of the blocks before it, headings left out) that has one and does not
 * itself open with a part marker (a sibling part, "- of whom …").
 */
function wholeBack(
  part: Figure,
  brief: Brief,
  noun: readonly string[],
  locale: Locale,
  opensWithMarker: (sentence: Sentence) => boolean,
  strict = false,
): Figure | undefined {
  const blocks = brief.blocks;
  const blockAt = blockIndexOf(brief, part.block);
  const sentences: Sentence[] = [];
  const own = part.block.sentences;
  for (let at = lastEndingBy(own, part.sentence.start); at >= 0 && sentences.length < 12; at--) sentences.push(own[at]!);
  for (let index = blockAt - 1; index >= 0 && sentences.length < 12; index--) {
    const block = blocks[index]!;
    if (block.quoted || block.kind === 'tableCell') break;
    if (block.kind === 'heading') continue;
    for (let at = block.sentences.length - 1; at >= 0 && sentences.length < 12; at--) sentences.push(block.sentences[at]!);
  }
  let looked = 0;
  for (const sentence of sentences) {
    if (opensWithMarker(sentence)) continue;
    const wholes = sentence.figures.filter((figure) => !isTimeFigure(figure) && partLike(figure, locale) && measuredLike(part, figure, locale) && namesWhole(noun, figure, locale, strict));
    if (wholes.length > 0) return wholes.reduce((largest, figure) => (compareDecimal(figure.value, largest.value) > 0 ? figure : largest));
    if (++looked >= SENTENCES_BACK) return undefined;
  }
  return undefined;
}

/** A sentence or table label that opens with a part marker: a sibling part ("- of whom …", "| davon … |"). */
const OPENS_WITH_MARKER = perLocale((locale) => new RegExp(String.raw`^\s*(?:[-–•*]\s*)?${conceptSource(locale, 'partMarker')}${WORD_END}`, 'iu'));

/** A figure that can be a part or a whole: it measures something, and is no time or label ("Absatz 3"). */
function partLike(figure: Figure, locale: Locale): boolean {
  return measurable(figure) && !isTimeFigure(figure) && !isReferenceNumber(figure, locale);
}

/** Content words of a noun phrase ("programme budget", "ménages interrogés"), for finding the whole it names. */
function nounsOf(phrase: string | undefined): string[] {
  return (phrase?.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((word) => word.length >= 4);
}

/** The part-of-whole claims of one sentence whose whole stands away from the part (see MARKER_BEFORE). */
export function distantPartsOfWholeIn(sentence: Sentence, brief: Brief, claimed: ReadonlySet<Figure>): PartOfWhole[] {
  const locale = brief.locale;
  const text = sentence.block.text;
  const found: PartOfWhole[] = [];
  const opensWithMarker = (other: Sentence): boolean => OPENS_WITH_MARKER[locale].test(other.text);
  for (const [index, part] of sentence.figures.entries()) {
    if (claimed.has(part) || !partLike(part, locale)) continue;
    const after = text.slice(part.end, Math.min(sentence.end, part.end + 80));
    // "€ 60 bn more", "seven other models" (more things, not some of them), "$347 billion …, less $104
    // billion" (the whole is what is left after a subtraction: a part may exceed it).
    if (COMPARISON_AFTER.test(after) || REST_AFTER.test(after) || subtractionBetween(sentence, part.end, sentence.end, locale)) continue;
    const previous = sentence.figures[index - 1];
    const lead = boundedText(text, previous ? previous.end : sentence.start, qualifiedStart(part, locale));
    const wholeHere = wholeBefore(index, sentence.figures, locale);
    let whole: Figure | undefined;
    const pointer = POINTS_BACK_AFTER[locale].exec(after);
    let marked = false;
    if (MARKER_BEFORE[locale].test(lead) && wholeHere) {
      whole = wholeHere;
      marked = PART_MARKER_BEFORE[locale].test(lead);
    } else if (!previous && !wholeHere) {
      const opening = POINTS_BACK_OPENING[locale].exec(lead) ?? (MARKER_BEFORE[locale].test(lead) ? [''] : null);
      if (opening) whole = wholeBack(part, brief, nounsOf(opening[1]), locale, opensWithMarker);
    }
    // "within the first 5 days of the month", "within 72 hours of them": a time span, and a pointer whose
    // noun is not what the part counts, say where the part stands, not what it is part of.
    const pointsAtOwnNoun = !pointer?.[1] || !part.unit || nounsOf(pointer[1]).some((noun) => sameUnit(noun, part.unit!, locale));
    if (!whole && pointer && pointsAtOwnNoun && !DURATION[locale].test(part.unit ?? '')) {
      // A pronoun ("of these", "davon") points at the figure before; a determiner and its noun ("van die
      // scholen", "der Geförderten") must name what the whole counts.
      const nouns = nounsOf(pointer[1]);
      const named = pointer[1] !== undefined;
      whole = wholeHere && (!named || namesWhole(nouns, wholeHere, locale, true)) ? wholeHere : wholeBack(part, brief, nouns, locale, opensWithMarker, named);
    }
    // A time span ("nog geen 5 jaar", "72 hours") is only ever part of a time span.
    const span = DURATION[locale].test(part.unit ?? '') && !(whole?.unit && sameUnit(whole.unit, part.unit!, locale));
    if (whole && !span) found.push({ kind: 'part-of-whole', part, whole, ...(marked ? { marked } : {}) });
  }
  return found;
}

/**
 * Table rows labelled as parts ("of which social rent", "waarvan middenhuur", "davon Sozialwohnungen",
 * "dont PLAI"): each cell is a part of the cell above it in the nearest row that is not a part row.
 */
export function tablePartsOfWhole(brief: Brief): PartOfWhole[] {
  const found: PartOfWhole[] = [];
  const opensWithMarker = OPENS_WITH_MARKER[brief.locale];
  for (const table of brief.tables) {
    if (table.quoted) continue;
    let wholeRow: TableCell[] | undefined;
    for (const row of table.rows) {
      const label = row[0]?.text ?? '';
      if (!opensWithMarker.test(label)) {
        wholeRow = row;
        continue;
      }
      if (!wholeRow) continue;
      for (let column = 1; column < row.length; column++) {
        const [part] = row[column]?.figures ?? [];
        const [whole] = wholeRow[column]?.figures ?? [];
        if (part && whole && partLike(part, brief.locale) && partLike(whole, brief.locale)) found.push({ kind: 'part-of-whole', part, whole });
      }
    }
  }
  return found;
}
