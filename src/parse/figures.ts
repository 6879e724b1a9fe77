/**
 * Reading: the document's locale, then each block's sentences and figures placed in the source.
 */
import { extractQuantities } from '../quantity/index.js';
import { voteLocale, type LocaleVote, type TextVote, type TextVoteCache, type VotingUnit } from '../quantity/locale.js';
import type { Locale, LocaleSetting, Quantity } from '../quantity/types.js';
import { splitSentences } from './sentences.js';
import type { Block } from './text-block.js';
import type { Brief, Figure, Sentence } from './types.js';

export const LOCALES: readonly Locale[] = ['en', 'nl', 'de', 'fr'];

const perLocaleTables: Array<Record<Locale, unknown>> = [];

/**
 * Builds every locale's value of every perLocale table so far: the ReDoS check (scripts/redos.mjs)
 * must see each pattern, including those of locales its examples never reach.
 */
export function buildEveryLocale(): void {
  for (const table of perLocaleTables) for (const locale of LOCALES) void table[locale];
}

/**
 * One value per locale, built once, when first read (the rules' per-language patterns). A brief is read
 * in one or two locales: building every locale's patterns when the module loads compiled hundreds of
 * regexes a one-brief run never executes (a fifth of a pre-commit hook's time).
 */
export function perLocale<T>(build: (locale: Locale) => T): Record<Locale, T> {
  const table = {} as Record<Locale, T>;
  perLocaleTables.push(table);
  for (const locale of LOCALES) {
    Object.defineProperty(table, locale, {
      enumerable: true,
      configurable: true,
      get() {
        const value = build(locale);
        Object.defineProperty(table, locale, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return table;
}

/**
 * How a brief reads its figures, decided once per brief (and kept for every pass of --fix): the
 * locale rules read with, where it came from, whether it is certain, and every locale the brief
 * could be in.
 */
export interface LocaleChoice {
  locale: Locale;
  localeSource: Brief['localeSource'];
  /** Stated (option, front matter) or decided by a clear majority of the figures. */
  localeCertain: boolean;
  /** `locale` first, then any locale the figures could not rule out (a stated locale they contradict included). */
  localeCandidates: Locale[];
}

/** The configured locale wins; then the front matter's language; then a vote over the prose; then English. */
export function chooseLocale(
  setting: LocaleSetting,
  frontmatterLanguage: string | undefined,
  votingUnits: () => VotingUnit[],
  votes?: KeptReadings<TextVote>,
): LocaleChoice {
  const vote = voteQuietly(votingUnits(), votes && ((text, read) => votes.get(text, read)));
  // The document's own declaration wins over configured defaults, as inline comments beat config
  // in ESLint: a Dutch brief in an English project is still read as Dutch.
  const declared = LOCALES.find((locale) => locale === frontmatterLanguage);
  const stated = declared ?? (setting !== 'auto' ? setting : undefined);
  if (stated) {
    // Figures written the other way, not clearly outvoted, leave both readings open.
    const other: Locale | undefined = vote?.candidates.find((locale) => !sameConvention(locale, stated));
    const otherVotes = vote === undefined ? 0 : stated === 'en' ? vote.figures.comma : vote.figures.point;
    const contradicted = other !== undefined && otherVotes > 0 && !(vote!.clear && sameConvention(vote!.locale!, stated));
    return {
      locale: stated,
      localeSource: declared ? 'frontmatter' : 'option',
      localeCertain: true,
      localeCandidates: contradicted ? [stated, other] : [stated],
    };
  }
  if (vote?.locale) return { locale: vote.locale, localeSource: 'vote', localeCertain: vote.clear, localeCandidates: vote.candidates };
  return { locale: 'en', localeSource: 'default', localeCertain: false, localeCandidates: vote?.candidates ?? ['en', 'nl'] };
}

/** Whether two locales write figures with the same marks (Dutch and German do). */
function sameConvention(a: Locale, b: Locale): boolean {
  return (a === 'en') === (b === 'en');
}

/** A failing vote is no reason to lose the file: the default locale stands in. */
function voteQuietly(units: VotingUnit[], cache?: TextVoteCache): LocaleVote | undefined {
  try {
    return voteLocale(units, cache);
  } catch {
    return undefined;
  }
}

/** What reading a block's text gives, whatever block it is: its sentences' spans and its quantities. */
export interface TextReading {
  spans: ReadonlyArray<{ start: number; end: number }>;
  quantities: readonly Quantity[];
}

/**
 * Values kept from one build of a document to the next (the language server's BriefMemo), keyed by
 * everything they depend on: a keystroke changes one block, and every other block's text reads as
 * it did. What a build did not ask for is forgotten when it ends, so the memory is one document's.
 */
export class KeptReadings<V> {
  private last = new Map<string, V>();
  private next = new Map<string, V>();

  get(key: string, read: () => V): V {
    let value = this.next.get(key) ?? this.last.get(key);
    if (value === undefined) value = read();
    this.next.set(key, value);
    return value;
  }

  /** A build has read all its blocks. */
  settle(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

/** What each block's text reads as (sentences and quantities), by locale and whether the block is one sentence. */
export type BlockReadings = KeptReadings<TextReading>;

function readText(text: string, locale: Locale, oneSentence: boolean): TextReading {
  return {
    spans: oneSentence ? [{ start: 0, end: text.length }] : splitSentences(text, locale),
    quantities: text.length === 0 ? [] : extractQuantities(text, { locale }).filter((quantity) => isWithin(quantity, text.length)),
  };
}

/** Fills a block's sentences and figures; returns its figures. */
export function readBlock(block: Block, locale: Locale, readings?: BlockReadings): Figure[] {
  const oneSentence = wholeBlockIsOneSentence(block);
  const read = () => readText(block.text, locale, oneSentence);
  const { spans, quantities } = readings ? readings.get(`${locale}${oneSentence ? '1' : '0'}${block.text}`, read) : read();
  const sentences: Sentence[] = spans.map((span) => sentenceOf(block, span.start, span.end));
  block.sentences = sentences;
  if (block.text.length === 0) return block.figures;
  let sentenceIndex = 0;
  for (const quantity of quantities) {
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex + 1]!.start <= quantity.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex]!;
    const figure = placeFigure(quantity, block, sentence);
    block.figures.push(figure);
    sentence.figures.push(figure);
  }
  return block.figures;
}

/** A quantity whose offsets do not fit its text cannot be placed; leave it out rather than point at the wrong characters. */
function isWithin(quantity: Quantity, length: number): boolean {
  return Number.isInteger(quantity.start) && Number.isInteger(quantity.end) && quantity.start >= 0 && quantity.start <= quantity.end && quantity.end <= length;
}

function wholeBlockIsOneSentence(block: Block): boolean {
  return block.kind === 'heading' || block.kind === 'tableCell';
}

function sentenceOf(block: Block, start: number, end: number): Sentence {
  return { text: block.text.slice(start, end), start, end, range: block.sourceRange(start, end), block, figures: [] };
}

const CONTEXT_OF_KIND = {
  paragraph: 'prose',
  html: 'prose',
  heading: 'heading',
  listItem: 'listItem',
  tableCell: 'table',
} as const satisfies Record<Block['kind'], Figure['context']>;

function placeFigure(quantity: Quantity, block: Block, sentence: Sentence): Figure {
  return {
    ...quantity,
    range: block.sourceRange(quantity.start, quantity.end),
    block,
    sentence,
    quoted: block.quoted,
    context: CONTEXT_OF_KIND[block.kind],
  };
}
