/**
 * Breakdown claims: shares said to be parts of one whole, read from a sentence ("45 % for A, 35 % for
 * B and 20 % for C", "zu 60 % vom Bund und zu 40 % vom Land", "nucléaire 65 %, hydraulique 12 % …"),
 * from a list of "Label: 38 %" items, or from a stated rest ("the remaining 9 %").
 *
 * A list of percentages is a breakdown only when the text says so: a word that splits a whole
 * ("split", "verdeeld", "setzt sich zusammen", "se répartissent"), a stated rest, a single-answer
 * question with as many shares as answers ('complete': the shares must make the whole), or a
 * whole named first ("Of the workforce, …"), one base shared by the list ("40 % des déplacements se
 * font à pied, 22 % en transports…"), shares handed to uses ("goes to", "entfallen auf") or written
 * "for p % by" ("zu 60 %", "voor 60%", "à 60 %") ('atMost': they may leave part of the whole unsaid,
 * but cannot add up to more than it). Changes ("rose 5 %"), shares of several wholes ("52 % of staff
 * but 34 % of managers"), shares over years, "respectively" and multi-answer questions are no breakdown.
 */
import { conceptPattern, conceptSource, WORD_END, WORD_START } from '../../lexicon/index.js';
import { firstStartingFrom } from '../../parse/gaps.js';
import type { Brief, Figure, List, Range, Sentence, TextBlock } from '../../parse/types.js';
import { perLocale } from '../../parse/figures.js';
import type { Locale } from '../../quantity/types.js';
import { authorsSentences } from '../figures.js';
import { isTimeFigure } from '../period.js';
import { memoOnText } from '../text-memo.js';
import { isShareFigure, percentShare, sharesIn, type ShareValue } from './share-value.js';

export { isShareFigure } from './share-value.js';

export interface BreakdownClaim {
  kind: 'breakdown';
  /** Percentages and fractions in words ("half", "een kwart"), in text order. */
  shares: ShareValue[];
  /** 'complete': the shares say they make the whole; 'atMost': parts of one whole that may leave some of it unsaid. */
  claim: 'complete' | 'atMost';
  /** Where to report: the last share. */
  place: Range;
  /** The author notes the figures are rounded: another half unit per share. */
  roundingNote: boolean;
}



/** The list closes: "and" opens the gap (label before the share) or ends it (label after, "… en 25 %", "und zu 17 %"). */
const CLOSING_GAP = perLocale(
  (locale) =>
    new RegExp(
      String.raw`^[\s),;:–—-]*(?:${conceptSource(locale, 'listAnd')})${WORD_END}|${WORD_START}(?:${conceptSource(locale, 'listAnd')})(?:\s+[\p{L}][\p{L}'’-]*){0,2}\s*[(:]?\s*$`,
      'iu',
    ),
);

/**
 * "…, infrastructuur en vastgoed (14%), exploitatie (12%) en …": after a separator, a label with "and"
 * inside it and before its share, so the "and" joins two words of one label and closes nothing.
 */
const AND_INSIDE_LABEL = perLocale(
  (locale) =>
    new RegExp(
      String.raw`[,;]\s*[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}\s+(?:${conceptSource(locale, 'listAnd')})(?:\s+[\p{L}][\p{L}'’-]*){1,3}\s*[(:]?\s*$`,
      'iu',
    ),
);

/** After a list: shares of several wholes ("across the three rounds", "jeweils", "chaque"). */
const SEVERAL_WHOLES: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])(?:across|every|each)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:telkens|elk|elke)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:jeweils|jede[nmrs]?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:chaque|chacun\p{L}*)(?![\p{L}])/iu,
};

/** Where the last match of a pattern starts in a text, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let at = -1;
  for (const match of text.matchAll(global)) at = match.index ?? at;
  return at;
}

/** Alternatives, not parts: "25 %, or 50 %, or 75 %?". */
const DISJUNCTION = perLocale((locale) => new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'alternative')})${WORD_END}`, 'iu'));

/** A comparison right after the share ("32 % more", "12 % mehr", "de 5 % plus"): a change, not a part. */
const COMPARED = perLocale((locale) => new RegExp(String.raw`^\s*(?:${conceptSource(locale, 'comparison')})${WORD_END}`, 'iu'));

/** One share's label (and the next one's), a separator between: at most fourteen words, no digit, no sentence mark. */
const LIST_GAP = /^[^\d.!?]{0,160}$/u;
const SEPARATOR = /[,;]/u;
const WORDS = /[\p{L}][\p{L}'’-]*/gu;

/** Whether a block, its headings or the block right before it say respondents could give several answers. */
const saysMultipleAnswers = memoOnText(
  (text: string, locale: Locale): boolean => conceptPattern(locale, 'multiAnswer').test(text) || conceptPattern('any', 'multiAnswer').test(text),
);

/** Asked once per block, not per sentence: a block of many sentences stays linear. */
const multipleAnswersIn = new WeakMap<TextBlock, boolean>();

function blockSaysMultipleAnswers(block: TextBlock, locale: Locale): boolean {
  let says = multipleAnswersIn.get(block);
  if (says === undefined) {
    says = saysMultipleAnswers([block.text, ...block.headingPath].join('\n'), locale);
    multipleAnswersIn.set(block, says);
  }
  return says;
}

interface Run {
  shares: ShareValue[];
  closed: boolean;
}

/** The text between two offsets of a sentence with each figure in it written "X"; undefined when one is a time ("in 2021, 2022"). */
function labelGap(sentence: Sentence, from: number, to: number): string | undefined {
  const text = sentence.block.text;
  let result = '';
  let at = from;
  const figures = sentence.figures;
  for (let index = firstStartingFrom(figures, from); index < figures.length && figures[index]!.end <= to; index++) {
    const figure = figures[index]!;
    if (isTimeFigure(figure)) return undefined;
    result += text.slice(at, figure.start) + 'X';
    at = figure.end;
  }
  return result + text.slice(at, to);
}

/**
 * The lists of shares in a sentence. `joinClosed`: a closed list goes on after a separator (one
 * question's answers: "44% koos A, 27% B en 19% C; 18% had geen mening").
 */
function runsIn(sentence: Sentence, locale: Locale, joinClosed = false): Run[] {
  const shares = sharesIn(sentence, locale);
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const share of shares) {
    if (run) {
      const previous = run.shares[run.shares.length - 1]!;
      const gap = labelGap(sentence, previous.end, share.qualifiedStart);
      const words = gap?.match(WORDS)?.length ?? 0;
      // "25 %, or 50 %, or 75 %?" are alternatives; "32 % more" is a change, not a part.
      const listLike =
        gap !== undefined &&
        LIST_GAP.test(gap) &&
        words <= 14 &&
        !conceptPattern(locale, 'growth').test(gap) &&
        !DISJUNCTION[locale].test(gap) &&
        !COMPARED[locale].test(gap);
      const closing = listLike && CLOSING_GAP[locale].test(gap) && !AND_INSIDE_LABEL[locale].test(gap);
      if (run.closed && !(joinClosed && listLike && SEPARATOR.test(gap))) {
        runs.push(run);
        run = { shares: [share], closed: false };
        continue;
      }
      if (closing) {
        run.shares.push(share);
        run.closed = true;
        continue;
      }
      if (listLike && SEPARATOR.test(gap)) {
        run.shares.push(share);
        continue;
      }
      runs.push(run);
    }
    run = { shares: [share], closed: false };
  }
  if (run) runs.push(run);
  // An unclosed list counts only when it runs to the sentence's last figure and has three shares ("a 1 %, b 2 %, c 3 %.").
  return runs.filter((candidate) => {
    if (candidate.shares.length < 2) return false;
    if (candidate.closed) return true;
    return candidate.shares.length >= 3 && !sentence.figures.some((figure) => figure.start >= candidate.shares[candidate.shares.length - 1]!.end);
  });
}

/** The words right after a share that name its base ("of the workforce", "des suffrages exprimés", "aller Wege"), lower-cased, or ''. */
function baseAfter(share: ShareValue, locale: Locale): string {
  const after = share.block.text.slice(share.end, share.end + 60);
  const match = BASE_AFTER[locale].exec(after);
  if (!match) return '';
  return (match[1] ?? '').toLowerCase();
}

const BASE_AFTER = perLocale(
  (locale) => new RegExp(String.raw`^\s+(?:${conceptSource(locale, 'shareBase')})(?:\s+|(?<=['’]))((?:[\p{L}][\p{L}'’-]*\s*){1,3})`, 'iu'),
);

const SHARE_BY_BEFORE = perLocale((locale) => new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'shareBy')})\s+$`, 'iu'));

/** A clause that opens with the whole: "Of the sector's workforce,", "Van alle verplaatsingen", "Von den Mitteln", "Sur les 6 000 répondants". */
const WHOLE_OPENING: Record<Locale, RegExp> = {
  en: /^\s*(?:of|out of|among)\s+(?:the|all|every|its|their|our|this|these|those|[\p{L}.]+['’]s)(?![\p{L}])/iu,
  nl: /^\s*(?:van|onder)\s+(?:de|het|alle|deze|die|hun|onze)(?![\p{L}])/iu,
  de: /^\s*(?:von|unter)\s+(?:den|dem|der|allen|diesen|ihren)(?![\p{L}])/iu,
  fr: /^\s*(?:sur|parmi|de|des)\s+(?:les|l['’]|la|le|ces|ses|leurs|tous|toutes)/iu,
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6,
  zwei: 2, drei: 3, fünf: 5, sechs: 6, deux: 2, trois: 3, quatre: 4, cinq: 5,
};

/** "one of the three variants", "split three ways", "genau eine der drei", "une seule … parmi trois": the number of answers. */
function answersCounted(text: string, locale: Locale): number | undefined {
  const single = conceptPattern(locale, 'singleAnswer').exec(text) ?? conceptPattern(locale, 'composition').exec(text);
  if (!single) return undefined;
  const rest = text.slice(single.index);
  const number = /(?<![\p{L}\p{N}])(two|three|four|five|six|twee|drie|vier|vijf|zes|zwei|drei|fünf|sechs|deux|trois|quatre|cinq|[2-6])(?![\p{L}\p{N}])/iu.exec(rest);
  if (!number) return undefined;
  const word = number[1]!.toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}

/** The number of things an introduction ending in a colon counts: "across four strands:", "naar vier soorten gebouwen:", "drei Bereiche:". */
function countBeforeColon(intro: string, locale: Locale): number | undefined {
  const tail = intro.slice(-80);
  if (!/:\s*$/u.test(tail)) return undefined;
  const number = COUNT_BEFORE_COLON[locale].exec(tail);
  if (!number) return undefined;
  const word = number[1]!.toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}

const COUNT_BEFORE_COLON = perLocale(
  (locale) =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${Object.keys(NUMBER_WORDS).join('|')}|[2-9])(?:\s+[\p{L}][\p{L}'’-]*){1,2}\s*:\s*$`,
      'iu',
    ),
);

/** "the remaining 9 %", "le solde, soit 30 %", "Der Rest, also 35 %", "de resterende 33%": a share that closes a whole. */
function isStatedRest(share: ShareValue, locale: Locale): boolean {
  const text = share.block.text;
  const before = text.slice(Math.max(0, share.qualifiedStart - 60), share.qualifiedStart);
  return REST_BEFORE[locale].test(before) || REST_AFTER[locale].test(text.slice(share.end, share.end + 30));
}

/** "Les 25 % restants", "the 15 % remaining": the rest named right after its share. */
const REST_AFTER = perLocale((locale) => new RegExp(String.raw`^\s+(?:${conceptSource(locale, 'remainder')})${WORD_END}`, 'iu'));

const REST_BEFORE = perLocale(
  (locale) =>
    new RegExp(
      // "the remaining 9 %", "Het resterende deel, 30%", "the remaining funds (9 %)", "le solde, soit 30 %".
      String.raw`${WORD_START}(?:${conceptSource(locale, 'remainder')})${WORD_END}(?:\s+[\p{L}][\p{L}'’-]*)?[\s,(–—-]*(?:(?:${conceptSource(locale, 'thatIs')})${WORD_END}[\s,]*)?$`,
      'iu',
    ),
);

function roundingNoted(text: string, locale: Locale): boolean {
  return conceptPattern(locale, 'roundingNote').test(text);
}

/** The breakdowns one sentence states. */
export function sentenceBreakdowns(sentence: Sentence, locale: Locale): BreakdownClaim[] {
  if (sharesIn(sentence, locale).length < 2) return [];
  const block = sentence.block;
  if (blockSaysMultipleAnswers(block, locale) || conceptPattern(locale, 'respectively').test(sentence.text)) return [];
  const text = block.text;
  const found: BreakdownClaim[] = [];
  // "Businesses were asked to name the single measure …", "(nur eine Nennung)": each respondent is in one share at most.
  const firstShare = sharesIn(sentence, locale)[0]!;
  const singleAnswer = conceptPattern(locale, 'oneAnswer').test(text.slice(Math.max(0, firstShare.qualifiedStart - 300), firstShare.qualifiedStart));
  for (const run of runsIn(sentence, locale, singleAnswer)) {
    const first = run.shares[0]!;
    const last = run.shares[run.shares.length - 1]!;
    const intro = text.slice(sentence.start, first.qualifiedStart);
    if (conceptPattern(locale, 'growth').test(intro)) continue;
    // "3,1 % (opgebouwd uit: … 1,6 % en … 1,5 %)": the whole is itself a percentage, not 100 %.
    if (sentence.figures.some((figure) => figure.kind === 'percent' && figure.end <= first.start)) continue;
    // "42,3 % relèvent de l'individuel pur, 16,8 % de l'individuel groupé": the verb left out after the first share, what follows are labels.
    const elidedVerb = ELIDED_VERB[locale].test(text.slice(first.end, first.end + 60));
    const bases = run.shares.map((share, index) => (elidedVerb && index > 0 ? '' : baseAfter(share, locale)));
    const named = bases.filter((base) => base !== '');
    const differentBases = new Set(named.map((base) => base.split(/\s+/u).find((word) => word.length > 3) ?? base)).size > 1;
    // The split word must speak of these shares: no other figure between it and the first one ("split 50/50 between 2024 and 2025, with 45 % …").
    const splitAt = lastMatch(conceptPattern(locale, 'composition'), intro);
    const label = (figure: Figure): boolean => /^\s*\(/u.test(text.slice(figure.end, figure.end + 3));
    // Counts ("three ways", "the 2,000 residents") and age bands ("0 tot 17 jaar") may stand there; a year, a share or an amount may not.
    const blocking = (figure: Figure): boolean => !label(figure) && (isTimeFigure(figure) || figure.kind === 'percent' || figure.kind === 'amount');
    const composition = splitAt >= 0 && !sentence.figures.some((figure) => figure.start >= sentence.start + splitAt && figure.end <= first.start && blocking(figure));
    const rest = text.slice(last.end, sentence.end);
    // "… across the three rounds", "jeweils": shares of several wholes.
    if (SEVERAL_WHOLES[locale].test(rest)) continue;
    const single = answersCounted(intro, locale) === run.shares.length;
    // "… solar 4.9 % and other sources 9.4 %", "… en overige uitgaven (9%)": a last part named "other" closes the list.
    const otherLast = REST_LABEL.test(lastLabel(sentence, run, locale));
    const statedRest = isStatedRest(last, locale);
    // "… the rest for skills", or more figures after the list (a second list, a year): the list need not be the whole.
    const openEnded = new RegExp(String.raw`${WORD_START}(?:${conceptSource(locale, 'remainder')}|rest|reste|Rest)${WORD_END}`, 'iu').test(rest) || sentence.figures.some((figure) => figure.start >= last.end);
    // "zu 60 % vom Bund, zu 30 % vom Land": each share "for p %", and what follows names who pays, not a base.
    const shareBy = run.shares.every((share) => SHARE_BY_BEFORE[locale].test(text.slice(Math.max(sentence.start, share.start - 12), share.start)));
    let claim: BreakdownClaim['claim'] | undefined;
    if (differentBases && !shareBy) continue;
    if (statedRest || ((composition || single || otherLast) && !openEnded)) claim = 'complete';
    else if (shareBy || composition || single || singleAnswer || otherLast) claim = 'atMost';
    else {
      const firstGap = text.slice(first.end, Math.min(first.end + 40, sentence.end));
      const allocation =
        conceptPattern(locale, 'allocation').test(intro) || new RegExp(String.raw`^\s*(?:${conceptSource(locale, 'allocation')})${WORD_END}`, 'iu').test(firstGap);
      const wholeFirst = WHOLE_OPENING[locale].test(intro);
      const gapped = run.shares.length >= 3 && named.length === 1 && (bases[0] !== '' || bases[bases.length - 1] !== '');
      if (allocation || (wholeFirst && run.shares.length >= 3) || gapped) claim = 'atMost';
    }
    if (!claim) continue;
    const roundingNote = roundingNoted(block.text, locale);
    found.push({ kind: 'breakdown', shares: run.shares, claim, place: last.range, roundingNote });
  }
  return found;
}

/** A verb right after a share, then the word that opens a base: "42,3 % relèvent de …", "36 % gaan naar …" (not "42 % des …"). */
const ELIDED_VERB = perLocale((locale) => new RegExp(String.raw`^\s+[\p{L}][\p{L}'’-]*\s+(?:${conceptSource(locale, 'shareBase')})(?:\s|(?<=['’]))`, 'iu'));

const LABEL_SEPARATOR = perLocale((locale) => new RegExp(String.raw`[,;:()]|${WORD_START}(?:${conceptSource(locale, 'listAnd')})${WORD_END}`, 'iu'));

/** The label of a list's last share: the words after the separator or "and" before it (label first), or right after it. */
function lastLabel(sentence: Sentence, run: Run, locale: Locale): string {
  const last = run.shares[run.shares.length - 1]!;
  const previous = run.shares[run.shares.length - 2]!;
  const text = sentence.block.text;
  const gap = text.slice(previous.end, last.qualifiedStart);
  const before = gap.split(LABEL_SEPARATOR[locale]).at(-1)!.trim();
  return before !== '' ? before : text.slice(last.end, Math.min(sentence.end, last.end + 40)).replace(/^[\s(:]+/u, '');
}

/** A list item that is a label and one share: "Health and social care: 38%", "1. Noord-Nederland: 18%". */
function itemShare(block: TextBlock): { label: string; share: Figure } | undefined {
  if (block.figures.length !== 1 || !isShareFigure(block.figures[0]!)) return undefined;
  const share = block.figures[0]!;
  let labelEnd = share.start;
  while (labelEnd > 0 && /[\s:–—-]/u.test(block.text[labelEnd - 1]!)) labelEnd--;
  const label = block.text.slice(0, labelEnd).trim();
  const after = block.text.slice(share.end).trim();
  if (label === '' || !/^[;.,]?$/u.test(after) || /\d/u.test(label)) return undefined;
  return { label, share };
}

/** A label that names the rest of the whole: "Other", "All other portfolios", "Overig", "Sonstige", "Autres prestations". */
const REST_LABEL = /^(?:all\s+)?(?:other|others|rest|remainder|overig\p{L}*|andere|rest|sonstig\p{L}*|übrig\p{L}*|restlich\p{L}*|autres?|divers)(?![\p{L}])/iu;

/** The breakdowns a brief's lists of "Label: share" items state. */
export function listBreakdowns(brief: Brief): BreakdownClaim[] {
  const locale = brief.locale;
  const found: BreakdownClaim[] = [];
  for (const list of brief.lists) {
    if (list.quoted || list.items.length < 2) continue;
    const items = list.items.map((item) => itemShare(item.block));
    if (items.some((item) => item === undefined)) continue;
    const { intro, after } = blocksAround(brief, list);
    const heading = list.items[0]!.block.headingPath.at(-1) ?? '';
    const context = [intro?.text ?? '', heading].join('\n');
    if (saysMultipleAnswers([context, after?.text ?? ''].join('\n'), locale) || conceptPattern(locale, 'growth').test(context)) continue;
    const restLabel = items.some((item) => REST_LABEL.test(item!.label));
    const composition = conceptPattern(locale, 'composition').test(context);
    // "… is allocated across four strands:" with four items: all of them; "goes to" alone: some of the whole.
    const counted = countBeforeColon(intro?.text ?? heading, locale) === items.length;
    const allocation = conceptPattern(locale, 'allocation').test(context);
    if (!restLabel && !composition && !counted && !allocation) continue;
    const shares = items.map((item) => percentShare(item!.share, locale));
    const roundingNote = roundingNoted([intro?.text ?? '', after?.text ?? ''].join('\n'), locale);
    const claim = restLabel || composition || counted ? 'complete' : 'atMost';
    found.push({ kind: 'breakdown', shares, claim, place: shares[shares.length - 1]!.range, roundingNote });
  }
  return found;
}

/** The index of the first block that starts at or after `offset` (blocks are in document order). */
function firstBlockFrom(brief: Brief, offset: number): number {
  let low = 0;
  let high = brief.blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (brief.blocks[middle]!.range.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The paragraph or heading right before a list (when it introduces it) and the paragraph right after. */
function blocksAround(brief: Brief, list: List): { intro?: TextBlock; after?: TextBlock } {
  let intro: TextBlock | undefined;
  let after: TextBlock | undefined;
  for (let index = firstBlockFrom(brief, list.range.start) - 1; index >= 0; index--) {
    const block = brief.blocks[index]!;
    if (block.range.end > list.range.start) continue;
    if (block.kind === 'paragraph' || block.kind === 'heading') intro = block;
    break;
  }
  for (let index = firstBlockFrom(brief, list.range.end); index < brief.blocks.length; index++) {
    const block = brief.blocks[index]!;
    if (block.kind === 'paragraph' || block.kind === 'heading') after = block;
    break;
  }
  // A paragraph introduces the list only when it ends with a colon; a heading always does.
  if (intro && intro.kind === 'paragraph' && !/:\s*$/u.test(intro.text)) intro = undefined;
  return { ...(intro ? { intro } : {}), ...(after ? { after } : {}) };
}

/**
 * "Nearly half of the budget (48 %) goes on staff. Another 37 % …, and the remainder – 25 % – on …": a
 * stated rest closes the shares of its paragraph, back to the first sentence of an unbroken run of
 * sentences with shares.
 */
export function remainderBreakdowns(brief: Brief): BreakdownClaim[] {
  const locale = brief.locale;
  const found: BreakdownClaim[] = [];
  const byBlock = new Map<TextBlock, Sentence[]>();
  for (const sentence of authorsSentences(brief)) {
    const list = byBlock.get(sentence.block) ?? [];
    list.push(sentence);
    byBlock.set(sentence.block, list);
  }
  for (const [block, sentences] of byBlock) {
    if (block.kind === 'tableCell' || blockSaysMultipleAnswers(block, locale)) continue;
    sentences.forEach((sentence, index) => {
      const shares = sharesIn(sentence, locale);
      const restIndex = shares.findIndex((share) => isStatedRest(share, locale));
      if (restIndex < 0) return;
      const rest = shares[restIndex]!;
      // The sentences back to the first of an unbroken run with shares, then their shares in order.
      let first = index;
      while (first > 0 && sharesIn(sentences[first - 1]!, locale).length > 0) first--;
      const before: ShareValue[] = [...sentences.slice(first, index).flatMap((one) => sharesIn(one, locale)), ...shares.slice(0, restIndex)];
      const span = sentences.slice(0, index + 1).map((one) => one.text).join(' ');
      if (before.length === 0 || conceptPattern(locale, 'growth').test(span) || conceptPattern(locale, 'respectively').test(span)) return;
      found.push({ kind: 'breakdown', shares: [...before, rest], claim: 'complete', place: rest.range, roundingNote: roundingNoted(block.text, locale) });
    });
  }
  return found;
}

/** Every breakdown stated in prose and lists, each once (a sentence's list and a stated rest may name the same shares). */
export function proseBreakdowns(brief: Brief): BreakdownClaim[] {
  // A stated rest first: it sees the shares of the sentences before it, which a sentence's own list does not.
  const all = [
    ...remainderBreakdowns(brief),
    ...[...authorsSentences(brief)].flatMap((sentence) => sentenceBreakdowns(sentence, brief.locale)),
    ...listBreakdowns(brief),
  ];
  const seen = new Set<number>();
  return all.filter((claim) => {
    const key = claim.place.start;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The notes that describe one table: the paragraph right before it, unless that paragraph is the
 * footnote of a table just above, and the paragraph right after it. A "several answers possible"
 * note applies to the table it describes, not to every table near it.
 */
export function ownNotes(brief: Brief, table: { range: Range; before?: TextBlock; after?: TextBlock }): string {
  const notes: string[] = [];
  const { before, after } = table;
  // The block right before the note, and the block right after the table: a table cell means another table stands there.
  if (before && before.range.end <= table.range.start) {
    const index = firstBlockFrom(brief, before.range.start);
    const previous = brief.blocks[index - 1];
    const next = brief.blocks[index + 1];
    const footnoteOfAnother = previous?.kind === 'tableCell' && !(previous.range.start >= table.range.start);
    const anotherBetween = next !== undefined && next.kind === 'tableCell' && next.range.start < table.range.start;
    if (!footnoteOfAnother && !anotherBetween) notes.push(before.text);
  }
  if (after && after.range.start >= table.range.end) {
    const index = firstBlockFrom(brief, table.range.end);
    if (brief.blocks[index] === after) notes.push(after.text);
  }
  return notes.join('\n');
}
