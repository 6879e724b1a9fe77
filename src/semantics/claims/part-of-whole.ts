/**
 * Part-of-whole claims: a part and the whole it is said to belong to.
 *   whole first:  "W, of which P" / "W waarvan P" / "W, davon P" / "W, dont P";
 *                 "Of the 30 agencies, 12 …", "Van de 40 gemeenten gaan er 12 …", "Von den 120 Anträgen wurden 90 …",
 *                 "Sur les 1 200 communes, 800 …";
 *   part first:   "6 of the 27", "8 out of 64", "6 van de 27", "6 op 10", "6 von 27", "6 sur 27".
 * Only where an editor reading the sentence would agree which figure is the part.
 */
import { anyLanguage, alternation, conceptSource, WORD_END } from '../../lexicon/index.js';
import { boundedText } from '../../parse/gaps.js';
import type { Figure, Sentence } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import type { Locale } from '../../quantity/types.js';
import { qualifiedStart } from '../figures.js';

export interface PartOfWhole {
  kind: 'part-of-whole';
  part: Figure;
  whole: Figure;
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
export function partsOfWholeIn(sentence: Sentence, locale: Locale): readonly PartOfWhole[] {
  const known = partsRead.get(sentence);
  if (known?.locale === locale) return known.parts;
  const parts = readPartsOfWhole(sentence, locale);
  partsRead.set(sentence, { locale, parts });
  return parts;
}

const partsRead = new WeakMap<Sentence, { locale: Locale; parts: readonly PartOfWhole[] }>();

function readPartsOfWhole(sentence: Sentence, locale: Locale): PartOfWhole[] {
  const text = sentence.block.text;
  const found: PartOfWhole[] = [];
  const figures = sentence.figures;
  for (let index = 0; index + 1 < figures.length; index++) {
    const first = figures[index]!;
    const second = figures[index + 1]!;
    const gap = boundedText(text, first.end, qualifiedStart(second, locale));
    const comparedAfter = COMPARISON_AFTER.test(text.slice(second.end, sentence.end));
    if (WHOLE_THEN_PART.test(gap) && !comparedAfter) {
      found.push({ kind: 'part-of-whole', whole: first, part: second });
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
