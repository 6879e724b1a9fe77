/**
 * Markdown → mdast → Brief. Parsed once per file; everything rules need is read here, once.
 */
import type { Root } from 'mdast';
import type { LocaleSetting } from '../quantity/types.js';
import { chooseLocale, KeptReadings, readBlock, type LocaleChoice, type TextReading } from './figures.js';
import type { TextVote } from '../quantity/locale.js';
import { parseAfterEdit, type ParsedText } from './incremental.js';
import { withoutQuotations } from './quotes.js';
import type { VotingUnit } from '../quantity/locale.js';
import { blankOut, findJsonFrontmatter, frontmatterLanguage, jsonFrontmatter } from './frontmatter.js';
import { parseMarkdown } from './processor.js';
import { makePointAt, stripBom } from './source.js';
import type { Brief, Figure, Table, TextBlock } from './types.js';
import { KeptBlocks } from './text-block.js';
import { walkDocument } from './walk.js';

export type * from './types.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export type { LocaleChoice } from './figures.js';
/** For callers that need positions without a Brief (a file that failed to parse). */
export { makePointAt, stripBom } from './source.js';

export interface BuildBriefOptions {
  filePath?: string;
  /** Default 'auto': decided per document (front matter, then a vote over the prose). */
  locale?: LocaleSetting;
  /**
   * A tree already parsed from `text` (a unified pipeline's, for the remark plugin): used instead of
   * parsing again. Its positions must point into `text`; what its parser did not read (tables without
   * remark-gfm, front matter without remark-frontmatter) is not there for the rules either.
   */
  mdast?: Root;
  /**
   * How to read the figures, decided before (by an earlier build of this brief): --fix reads every
   * pass the way it read the original, so no pass reads a figure differently from the first.
   */
  reading?: LocaleChoice;
  /** Told how many milliseconds the Markdown parser took (the engine's `stats`); not told when `mdast` was given. */
  onParsed?: (milliseconds: number) => void;
  /**
   * What the last build of an earlier version of this document read, for the language server: the
   * tree is parsed again only where the text changed, and a block whose text is unchanged gets its
   * sentences and figures from before. Updated by this build. The Brief is the one a fresh build gives.
   */
  memo?: BriefMemo;
  /**
   * With `reading` given: told also how the text reads afresh under this locale setting (what
   * `localeChoiceOf` would tell), from the same parse. Checking a fix needs both.
   */
  freshReading?: { locale: LocaleSetting | undefined; tell: (choice: LocaleChoice) => void };
}

/** What one build of a document leaves for the next build of a later version of it (see BuildBriefOptions.memo). */
export class BriefMemo {
  /** The text parsed last and its tree (whose nodes the next parse reuses and moves). */
  parsed?: ParsedText;
  /** Each block text's sentences and quantities. */
  readonly readings = new KeptReadings<TextReading>();
  /** Each voter's text without its quotations, and what each text tells the locale vote. */
  readonly voterTexts = new KeptReadings<string>();
  readonly votes = new KeptReadings<TextVote>();
  /** The last build's blocks, by the mdast node each was read from, with their sentences and figures. */
  readonly blocks = new KeptBlocks();

  /** Memos of texts made from this document's (see `apart`), by purpose. */
  private readonly others = new Map<string, BriefMemo>();

  /** A build has read everything: what it did not ask for is forgotten. */
  settle(): void {
    this.readings.settle();
    this.voterTexts.settle();
    this.votes.settle();
  }

  /**
   * A memo of its own for builds of other texts made from this document's (the text with its fixes
   * applied, which the engine reads to check them), so they are read incrementally too without
   * disturbing this memo, which follows the document's versions. One per purpose (and locale).
   */
  apart(purpose: string): BriefMemo {
    let memo = this.others.get(purpose);
    if (!memo) this.others.set(purpose, (memo = new BriefMemo()));
    return memo;
  }
}

/**
 * Who votes on the locale: every paragraph, list item and heading, and each table as one voter;
 * never a quotation (a blockquote, or words between quotation marks), which keeps its source's style.
 */
function votingUnits(blocks: readonly TextBlock[], tables: readonly Table[], memo: BriefMemo | undefined): VotingUnit[] {
  const voter = memo ? (text: string) => memo.voterTexts.get(text, () => withoutQuotations(text)) : withoutQuotations;
  const cells = new Set<TextBlock>(tables.flatMap((table) => [...table.header, ...table.rows.flat()]));
  const units: VotingUnit[] = blocks.filter((block) => !block.quoted && !cells.has(block)).map((block) => voter(block.text));
  for (const table of tables) {
    if (!table.quoted) units.push([...table.header, ...table.rows.flat()].map((cell) => voter(cell.text)));
  }
  return units;
}

function timedParse(text: string, onParsed: BuildBriefOptions['onParsed'], memo: BriefMemo | undefined): Root {
  const started = onParsed ? performance.now() : 0;
  let mdast: Root;
  if (memo) {
    const previous = memo.parsed;
    // Cleared first: a parse that throws leaves no tree half moved for the next one.
    memo.parsed = undefined;
    mdast = parseAfterEdit(previous, text);
    memo.parsed = { text, tree: mdast };
  } else mdast = parseMarkdown(text);
  onParsed?.(performance.now() - started);
  return mdast;
}

/** The document's tree and structure (blocks, tables, front matter) before any figure is read; `kept`: see KeptBlocks. */
function structureOf(text: string, options: BuildBriefOptions, kept?: KeptBlocks) {
  const { source, hasBom } = stripBom(text);
  const jsonSpan = findJsonFrontmatter(source);
  const mdast = options.mdast ?? timedParse(jsonSpan ? blankOut(source, jsonSpan.end) : source, options.onParsed, options.memo);
  const frontmatter = jsonSpan && jsonFrontmatter(source, jsonSpan);
  kept?.begin();
  const walk = () => walkDocument(mdast, source, frontmatter, kept);
  return { source, hasBom, mdast, structure: walk(), walk };
}

function readingOf(structure: ReturnType<typeof walkDocument>, options: BuildBriefOptions): LocaleChoice {
  const localeSetting = options.locale ?? 'auto';
  return options.reading ?? chooseLocale(localeSetting, frontmatterLanguage(structure.frontmatter?.data), () => votingUnits(structure.blocks, structure.tables, options.memo), options.memo?.votes);
}

/**
 * How `buildBrief(text, options)` would read the figures (its locale, certainty and candidates),
 * without reading them: what checking a fix needs to know about the fixed text.
 */
export function localeChoiceOf(text: string, options: BuildBriefOptions = {}): LocaleChoice {
  const kept = options.mdast ? undefined : options.memo?.blocks;
  const reading = readingOf(structureOf(text, options, kept).structure, options);
  options.memo?.settle();
  kept?.settle(reading.locale);
  return reading;
}

export function buildBrief(text: string, options: BuildBriefOptions = {}): Brief {
  // Blocks are kept from build to build only with a tree parsed here (a given tree's nodes are the caller's).
  const kept = options.mdast ? undefined : options.memo?.blocks;
  const built = structureOf(text, options, kept);
  const { source, hasBom, mdast } = built;
  let { structure } = built;
  const { frontmatter } = structure;
  const localeSetting = options.locale ?? 'auto';
  const reading = readingOf(structure, options);
  if (options.reading && options.freshReading) {
    const { memo, freshReading } = options;
    freshReading.tell(readingOf(structure, { ...(memo ? { memo } : {}), ...(freshReading.locale ? { locale: freshReading.locale } : {}) }));
  }
  const { locale } = reading;
  if (kept && !kept.sameLocale(locale)) {
    // Read in another locale than the last build: its blocks' sentences and figures cannot stand.
    kept.clear();
    structure = built.walk();
  }
  const figures: Figure[] = [];
  const readErrors: NonNullable<Brief['readErrors']> = [];
  for (const block of structure.blocks) {
    if (kept?.figuresRead(block)) {
      for (const figure of block.figures) figures.push(figure);
      continue;
    }
    try {
      // One by one: spreading 130 000 figures of one line as arguments overflows the stack.
      for (const figure of readBlock(block, locale, options.memo?.readings)) figures.push(figure);
      kept?.read(block);
    } catch (error) {
      // One block the quantity reader trips on must not cost the file all its other figures.
      block.figures = [];
      for (const sentence of block.sentences) sentence.figures = [];
      readErrors.push({ message: `could not read figures: ${error instanceof Error ? error.message : String(error)}`, range: block.range });
    }
  }
  const brief: Brief = {
    source,
    hasBom,
    locale,
    localeSetting,
    localeSource: reading.localeSource,
    localeCertain: reading.localeCertain,
    localeCandidates: reading.localeCandidates,
    sections: structure.sections,
    blocks: structure.blocks,
    tables: structure.tables,
    lists: structure.lists,
    comments: structure.comments,
    figures,
    code: structure.code,
    mdast,
    pointAt: makePointAt(source),
  };
  options.memo?.settle();
  kept?.settle(locale);
  if (options.filePath !== undefined) brief.filePath = options.filePath;
  if (frontmatter) brief.frontmatter = frontmatter;
  if (readErrors.length > 0) brief.readErrors = readErrors;
  return brief;
}
