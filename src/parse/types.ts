/**
 * The Brief: everything a rule needs about one document, built once per file from the mdast.
 * All offsets are UTF-16 offsets into `Brief.source` (the file text with any BOM removed),
 * `end` exclusive. Line and column numbers are 1-based; a column counts UTF-16 code units
 * (a tab is one column), as ESLint does.
 */
import type { Root } from 'mdast';
import type { Locale, LocaleSetting, Quantity } from '../quantity/types.js';

export interface Range {
  start: number;
  end: number;
}

export interface Point {
  line: number;
  column: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'html';

/**
 * A run of prose text as a reader sees it (inline markup removed, link text kept, link targets,
 * inline code, images and inline HTML each replaced by one U+FFFC character so figures never merge
 * across them), with a map from each text offset back to the source.
 */
export interface TextBlock {
  kind: BlockKind;
  /** The readable text. */
  text: string;
  /** Source range of the whole block. */
  range: Range;
  /** Source offset of text[i]; sourceOffset(text.length) is the source offset just after the last character. */
  sourceOffset(index: number): number;
  /**
   * Source range of text[start, end): from the first character's start to the LAST character's end, so a
   * span ending before a link's "](url)" or an escape's second character is covered exactly (always set by buildBrief).
   */
  sourceRange?(start: number, end: number): Range;
  /** Inside a blockquote (a citation, maybe in another language). */
  quoted: boolean;
  /** Sentences of this block, in order (table cells and headings are one sentence each). */
  sentences: Sentence[];
  /** Figures read from this block, in order. */
  figures: Figure[];
  /** The heading path this block stands under (texts of enclosing headings, outermost first). */
  headingPath: string[];
}

export interface Sentence {
  /** Text of the sentence (a slice of its block's text). */
  text: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** Source range. */
  range: Range;
  block: TextBlock;
  figures: Figure[];
}

/** A quantity as found in the document: the reader's Quantity (start/end relative to its block's text) placed in the source. */
export interface Figure extends Quantity {
  /** Source range of the figure (maps Quantity.start/end through the block). */
  range: Range;
  block: TextBlock;
  sentence: Sentence;
  quoted: boolean;
  /** Where it stands. */
  context: 'prose' | 'heading' | 'listItem' | 'table';
}

export interface TableCell extends TextBlock {
  kind: 'tableCell';
  row: number; // 0 = header row
  column: number;
  header: boolean;
}

export interface Table {
  range: Range;
  align: Array<'left' | 'right' | 'center' | null>;
  /** The header row's cells. */
  header: TableCell[];
  /** Body rows (header excluded), each an array of cells in column order. */
  rows: TableCell[][];
  quoted: boolean;
  /** The nearest paragraph before and after the table (captions, "may not sum due to rounding" notes). */
  before?: TextBlock;
  after?: TextBlock;
  headingPath: string[];
}

export interface ListItem {
  range: Range;
  /** The item's own first paragraph (or its text when the item is tight). */
  block: TextBlock;
}

export interface List {
  range: Range;
  ordered: boolean;
  items: ListItem[];
  quoted: boolean;
}

export interface HtmlComment {
  /** Text between `<!--` and `-->`, untrimmed. */
  value: string;
  range: Range;
}

export interface Frontmatter {
  format: 'yaml' | 'toml' | 'json';
  raw: string;
  /** Range of the whole frontmatter block, fences included. */
  range: Range;
  /** Parsed data (YAML and JSON; TOML is tolerated and left unparsed). */
  data?: unknown;
  /** A parse error, at its place. */
  error?: { message: string; range: Range };
  /**
   * Where each top-level field is written (YAML and JSON), in document order; a key written twice
   * appears once, at its last place (the one whose value `data` holds).
   */
  fields?: FrontmatterField[];
}

export interface FrontmatterField {
  name: string;
  /** Source range of the key. */
  key: Range;
  /** Source range of the value as written (quotes included); absent when the key has no value. */
  value?: Range;
  /** For a list value: each item's source range. */
  items?: Range[];
}

export interface Section {
  heading?: { text: string; depth: number; range: Range };
  range: Range;
}

export interface Brief {
  filePath?: string;
  /** File text without BOM. */
  source: string;
  hasBom: boolean;
  /** The locale rules should read with: configured, from frontmatter, or decided by a vote. */
  locale: Locale;
  localeSetting: LocaleSetting;
  localeSource: 'option' | 'frontmatter' | 'vote' | 'default';
  /** Stated (option, front matter) or decided by a clear majority of the figures' voters. */
  localeCertain: boolean;
  /**
   * Every locale the brief could be in, `locale` first: those the vote could not rule out, and the
   * vote's clear winner when it contradicts a stated locale. A fix must read the same under each.
   */
  localeCandidates: Locale[];
  frontmatter?: Frontmatter;
  sections: Section[];
  /** Every text block in document order (paragraphs, headings, list item texts, table cells). */
  blocks: TextBlock[];
  tables: Table[];
  lists: List[];
  comments: HtmlComment[];
  /** Every figure in document order. */
  figures: Figure[];
  /** Source ranges that are code (fenced, indented, inline): rules leave them alone. */
  code: Range[];
  mdast: Root;
  /** 1-based line and column of a source offset. */
  pointAt(offset: number): Point;
  /**
   * Problems met while reading that did not stop the build: the quantity reader failing on one block
   * (that block then has no figures). Absent when there were none; the engine may show them per file.
   */
  readErrors?: Array<{ message: string; range: Range }>;
}
