/**
 * Reading: the document's locale, then each block's sentences and figures placed in the source.
 */
import { detectLocale, extractQuantities } from '../quantity/index.js';
import type { Locale, LocaleSetting, Quantity } from '../quantity/types.js';
import { splitSentences } from './sentences.js';
import type { Block } from './text-block.js';
import type { Brief, Figure, Sentence } from './types.js';

export const LOCALES: readonly Locale[] = ['en', 'nl', 'de', 'fr'];

/** One value per locale, built once (the rules' per-language patterns). */
export function perLocale<T>(build: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)])) as Record<Locale, T>;
}

export interface LocaleChoice {
  locale: Locale;
  localeSource: Brief['localeSource'];
}

/** The configured locale wins; then the front matter's language; then a vote over the prose; then English. */
export function chooseLocale(setting: LocaleSetting, frontmatterLanguage: string | undefined, blockTexts: () => string[]): LocaleChoice {
  // The document's own declaration wins over configured defaults, as inline comments beat config
  // in ESLint: a Dutch brief in an English project is still read as Dutch.
  const declared = LOCALES.find((locale) => locale === frontmatterLanguage);
  if (declared) return { locale: declared, localeSource: 'frontmatter' };
  if (setting !== 'auto') return { locale: setting, localeSource: 'option' };
  const voted = voteQuietly(blockTexts());
  return voted ? { locale: voted, localeSource: 'vote' } : { locale: 'en', localeSource: 'default' };
}

/** A failing vote is no reason to lose the file: the default locale stands in. */
function voteQuietly(texts: string[]): Locale | undefined {
  try {
    return detectLocale(texts);
  } catch {
    return undefined;
  }
}

/** Fills a block's sentences and figures; returns its figures. */
export function readBlock(block: Block, locale: Locale): Figure[] {
  const sentences: Sentence[] = wholeBlockIsOneSentence(block)
    ? [sentenceOf(block, 0, block.text.length)]
    : splitSentences(block.text, locale).map((span) => sentenceOf(block, span.start, span.end));
  block.sentences = sentences;
  if (block.text.length === 0) return block.figures;
  let sentenceIndex = 0;
  for (const quantity of extractQuantities(block.text, { locale }).filter((quantity) => isWithin(quantity, block.text.length))) {
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
