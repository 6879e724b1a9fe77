/**
 * Re-parsing only the section a keystroke changed. Parsing is most of a lint (a 50 KB brief: about
 * two thirds of the Brief's cost), and a writer changes one section at a time. The text is cut
 * into sections where a line starting with an ATX heading (`#` … at column 0) follows a blank line:
 * in CommonMark nothing carries over such a line — the blank line and the unindented heading end
 * every paragraph, list and block quote — except what never ends at a blank line:
 *
 * - a fenced code block or an HTML block left open (checked: a section whose last block is one
 *   that is not closed is joined with the next);
 * - link reference and footnote definitions, which apply to the whole document: each section is
 *   parsed with a stub definition for every label the text defines appended (a reference's node
 *   holds its label, not what the definition says), the stubs taken off again; the labels must be
 *   the ones the sections really define, or the text is parsed whole;
 * - JSON front matter, CRLF line ends and a BOM, which buildBrief reads before parsing (parsed whole).
 *
 * Each section is parsed alone (the same parser, parse/processor.ts) and kept by its text; a section
 * that did not change is reused with its positions moved to where it now stands. The tree is the
 * one a whole parse gives (tests/lsp/incremental.test.ts compares them over random edits).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { checkParseLimits } from '../parse/limits.js';
import { parseMarkdown } from '../parse/processor.js';

interface Section {
  text: string;
  /** Where the section's tree positions currently place it: offset and line (0-based) of its start. */
  offset: number;
  line: number;
  children: RootContent[];
}

/** A link reference or footnote definition: `[label]: …` or `[^label]: …` at the start of a line. */
const DEFINITION = /^ {0,3}\[(\^?)((?:[^\]\\]|\\.)+)\]:/;
const SECTION_START = /\n\n(?=#{1,6}(?:[ \t\n]|$))/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that a blank line does not end (CommonMark types 1 to 5), with what ends each. */
const HTML_ENDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function shift(node: Nodes, offsetDelta: number, lineDelta: number): void {
  const position = node.position;
  if (position) {
    position.start = { ...position.start, offset: (position.start.offset ?? 0) + offsetDelta, line: position.start.line + lineDelta };
    position.end = { ...position.end, offset: (position.end.offset ?? 0) + offsetDelta, line: position.end.line + lineDelta };
  }
  if ('children' in node) for (const child of node.children) shift(child, offsetDelta, lineDelta);
}

/** Whether a block at the end of a section is still open there (it would run on into the next one). */
function leftOpen(block: RootContent | undefined, text: string): boolean {
  if (!block?.position) return false;
  const source = text.slice(block.position.start.offset, block.position.end.offset);
  if (block.type === 'code') {
    const opening = FENCE.exec(source);
    if (!opening) return false;
    const lines = source.split('\n');
    const closing = lines.length > 1 ? lines.at(-1)!.trim() : '';
    const mark = opening[1]!;
    return !(closing.length >= mark.length && closing === mark[0]!.repeat(closing.length));
  }
  if (block.type === 'html') return HTML_ENDS.some(([start, end]) => start.test(source) && !end.test(source));
  return false;
}

/** `[label]: #` and `[^label]: #` for each label defined in the text (one line each), in first-seen order. */
function definitionStubs(text: string): string {
  const stubs = new Set<string>();
  // Line by line, each tried once from its start (a multiline pattern would be retried at every position).
  for (const line of text.split('\n')) {
    const match = DEFINITION.exec(line);
    if (match) stubs.add(`[${match[1]}${match[2]}]: #\n`);
  }
  return [...stubs].join('');
}

/** The definitions the sections hold (at any depth) are exactly those the stubs stood for. */
function sameLabels(children: readonly RootContent[], stubLabels: readonly string[]): boolean {
  const found = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') found.add(`${node.type}:${node.identifier}`);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const child of children) visit(child);
  const stubbed = new Set(stubLabels);
  return found.size === stubbed.size && [...found].every((label) => stubbed.has(label));
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

/** Where YAML or TOML front matter ends (its blank lines and `# comments` are not Markdown), else 0. */
function frontmatterEnd(text: string): number {
  const closing = text.startsWith('---\n') ? /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g : text.startsWith('+++\n') ? /\n\+\+\+[ \t]*(?:\n|$)/g : undefined;
  if (!closing) return 0;
  closing.lastIndex = 3;
  const match = closing.exec(text);
  return match ? match.index + match[0].length : 0;
}

/** The section texts: cut before each heading that follows a blank line (not inside front matter). */
function cut(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const after = frontmatterEnd(text);
  for (const match of text.matchAll(SECTION_START)) {
    const end = match.index + 2;
    if (end <= after) continue;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Parses Markdown section by section, reusing the sections of the last text it parsed. */
export class IncrementalParser {
  private kept = new Map<string, Section[]>();
  /** The stub definitions appended to each section ('' for none), and the identifiers they define. */
  private stubs = '';
  private stubLabels: string[] = [];
  /** How many sections the last call parsed (the rest it reused); undefined when it parsed nothing itself. */
  parsedSections: number | undefined;

  /** The tree of `text`, or undefined when it must be parsed whole (then the engine parses it). */
  parse(text: string): Root | undefined {
    if (text.startsWith('\uFEFF') || text.startsWith('{') || text.includes('\r') || checkParseLimits(text)) return this.whole();
    const stubs = definitionStubs(text);
    if (stubs !== this.stubs) {
      this.kept.clear();
      this.stubLabels = [];
    }
    this.stubs = stubs;
    this.parsedSections = 0;
    const next = new Map<string, Section[]>();
    const children: RootContent[] = [];
    let offset = 0;
    let line = 0;
    let pending = '';
    const pieces = cut(text);
    for (const [index, piece] of pieces.entries()) {
      const sectionText = pending + piece;
      const section = this.reuse(sectionText) ?? this.parseSection(sectionText);
      if (index < pieces.length - 1 && leftOpen(section.children.at(-1), sectionText)) {
        pending = sectionText;
        continue;
      }
      pending = '';
      for (const child of section.children) shift(child, offset - section.offset, line - section.line);
      section.offset = offset;
      section.line = line;
      for (const child of section.children) children.push(child);
      next.set(sectionText, [...(next.get(sectionText) ?? []), section]);
      offset += sectionText.length;
      line += countLines(sectionText);
    }
    this.kept = next;
    if (!sameLabels(children, this.stubLabels)) return this.whole();
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: lastLine.length + 1, offset: text.length } },
    };
  }

  /** Parsed whole by the engine: nothing kept. */
  private whole(): undefined {
    this.kept.clear();
    this.parsedSections = undefined;
    return undefined;
  }

  private parseSection(text: string): Section {
    this.parsedSections! += 1;
    if (this.stubs === '') return { text, offset: 0, line: 0, children: parseMarkdown(text).children };
    const children = parseMarkdown(`${text}\n\n${this.stubs}`).children;
    const count = this.stubs.split('\n').length - 1;
    const taken = children.splice(children.length - count, count);
    // Each stub is a definition of its own at the end, unless the section left something open
    // (a fence swallows them: then the section is joined with the next, and this one is dropped).
    if (taken.some((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition')) return { text, offset: 0, line: 0, children: [...children, ...taken] };
    this.stubLabels = taken.map((node) => `${node.type}:${(node as { identifier: string }).identifier}`);
    return { text, offset: 0, line: 0, children };
  }

  private reuse(text: string): Section | undefined {
    const sections = this.kept.get(text);
    const section = sections?.shift();
    if (sections?.length === 0) this.kept.delete(text);
    return section;
  }
}
