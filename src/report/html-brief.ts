/**
 * A brief as readable HTML, from the mdast the linter parses (remark-parse): headings, paragraphs,
 * lists, quotes, emphasis, tables as tables, links and images as text (nothing is ever loaded or
 * followed), code, raw HTML and frontmatter as the text they are. The figures a finding is about are
 * marked where they stand, and each finding is written out in full below the block it starts in.
 *
 * Written by hand rather than through mdast-util-to-hast + hast-util-to-html: the marks cut text
 * nodes at source offsets and the findings go between blocks, which a generic conversion would need
 * a second tree walk (and two more dependencies) to do; and every piece of output here is escaped in
 * one place, so no raw HTML from a brief can pass through by an option left on.
 *
 * Cost: one walk of the tree, findings placed by binary search and marked by one sweep in document
 * order, so a report stays linear in the brief and its findings.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { alignValue } from '../parse/align.js';
import { htmlTablesIn, type HtmlTableGrid } from '../parse/html-table.js';
import { parseMarkdown } from '../parse/processor.js';
import { OBJECT_REPLACEMENT } from '../parse/text-block.js';
import { lastStartAtOrBefore, lineStarts } from '../parse/source.js';
import { splitLines } from './lines.js';
import { visibleControls } from './log-safe.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '#': '&#35;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text as HTML. "#" and line breaks as character references too: the page printed to a CI log must
 * hold no "##[" and start no line with outside text (see log-safe.ts); a browser shows the same.
 * Other controls (ESC, C1, bidi overrides) are shown as escapes: raw, they would drive a terminal the
 * page is printed on, or reorder what a reviewer reads.
 */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"'#\n\r]/g, (char) => ESCAPES[char] ?? char);
}

/** A finding placed in the source: [start, end) UTF-16 offsets, at least one character wide where the text allows. */
export interface PlacedFinding {
  /** The element id of its written-out form. */
  id: string;
  /** Its number in the file, shown on the mark and on the finding. */
  number: number;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  /** Its related places worth underlining in the text (the parts of a total, the other side of a conflict). */
  related?: ReadonlyArray<{ start: number; end: number }>;
}

/** A stretch of text to mark: a finding's own figure, or one of its related places. */
interface Span {
  finding: PlacedFinding;
  start: number;
  end: number;
  related: boolean;
}

type Leaf = { start: number; node?: Nodes; end: number };

/** The blocks findings are written under: every block that is not a container of blocks. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

/** 1-based line and column to an offset, clamped into the line (and the text). */
export function offsetFinder(source: string): (line: number, column: number) => number {
  const starts = lineStarts(source);
  return (line, column) => {
    const index = Math.min(Math.max(Math.trunc(line) - 1, 0), starts.length - 1);
    const lineStart = starts[index]!;
    const lineEnd = index + 1 < starts.length ? starts[index + 1]! : source.length;
    return Math.min(lineStart + Math.max(Math.trunc(column) - 1, 0), lineEnd);
  };
}

/**
 * Marks the findings in pieces of source text visited in document order: one cursor over the findings
 * sorted by start, and the set of those still open.
 */
class Marker {
  private next = 0;
  private open: Span[] = [];
  private readonly badged = new Set<PlacedFinding>();
  private readonly sorted: Span[];

  constructor(findings: readonly PlacedFinding[]) {
    const spans: Span[] = [];
    for (const finding of findings) {
      spans.push({ finding, start: finding.start, end: finding.end, related: false });
      for (const place of finding.related ?? []) if (place.end > place.start) spans.push({ finding, start: place.start, end: place.end, related: true });
    }
    this.sorted = spans.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** `text` is source[from, from + text.length). */
  mark(text: string, from: number): string {
    const to = from + text.length;
    while (this.next < this.sorted.length && this.sorted[this.next]!.start < to) this.open.push(this.sorted[this.next++]!);
    this.open = this.open.filter((span) => span.end > from);
    const here = this.open.filter((span) => span.start < to);
    if (here.length === 0) return escapeHtml(text);
    const cuts = new Set<number>([from, to]);
    for (const span of here) {
      cuts.add(Math.max(span.start, from));
      cuts.add(Math.min(span.end, to));
    }
    const points = [...cuts].sort((a, b) => a - b);
    // One sweep over the pieces (`here` is in order of start): the spans covering a piece are those
    // started at or before it and not yet ended, so a long text with many findings stays linear.
    let html = '';
    let entering = 0;
    let covering: Span[] = [];
    for (let index = 0; index < points.length - 1; index++) {
      const [pieceStart, pieceEnd] = [points[index]!, points[index + 1]!];
      while (entering < here.length && here[entering]!.start <= pieceStart) covering.push(here[entering++]!);
      covering = covering.filter((span) => span.end > pieceStart);
      html += this.piece(escapeHtml(text.slice(pieceStart - from, pieceEnd - from)), pieceEnd, covering);
    }
    return html;
  }

  /** A piece of text under the spans covering it: a finding's mark (and number), a related place's underline, or plain. */
  private piece(piece: string, pieceEnd: number, covering: readonly Span[]): string {
    const own = covering.filter((span) => !span.related);
    if (own.length === 0) {
      // A related place links to the first finding that names it.
      return covering.length === 0 ? piece : `<a class="also" href="#${covering[0]!.finding.id}">${piece}</a>`;
    }
    const severity = own.some((span) => span.finding.severity === 'error') ? 'error' : 'warning';
    const narrowest = own.reduce((best, span) => (span.end - span.start < best.end - best.start ? span : best));
    let html = `<a class="mark ${severity}" href="#${narrowest.finding.id}">${piece}</a>`;
    // The finding's number right after its last character, where a reader looks for it.
    for (const span of own) {
      if (span.end === pieceEnd && !this.badged.has(span.finding)) {
        this.badged.add(span.finding);
        html += `<a class="ref ${span.finding.severity}" href="#${span.finding.id}">${span.finding.number}</a>`;
      }
    }
    return html;
  }
}

interface RenderState {
  source: string;
  fileId: string;
  marker: Marker;
  leafIndex: Map<Nodes, number>;
  /** The written-out findings of each leaf block, by its index. */
  cardsOf: (leaf: number) => string;
}

/** The source text of a node, marked. */
function rawText(node: Nodes, state: RenderState): string {
  return state.marker.mark(state.source.slice(startOf(node), endOf(node)), startOf(node));
}

/**
 * A text value, marked where it stands in the source as it is: the value is aligned to the node's
 * source (parse/align.ts), and each run written character for character there is marked; characters
 * written otherwise (a backslash escape, a character reference, a CRLF) are written out unmarked.
 */
function valueText(value: string, node: Nodes, state: RenderState): string {
  const [start, end] = [startOf(node), endOf(node)];
  if (state.source.slice(start, end) === value) return state.marker.mark(value, start);
  let html = '';
  let index = 0;
  let runFrom = 0;
  let runSource = -1;
  let runEnd = -1;
  const flush = (to: number) => {
    if (to > runFrom && runSource >= 0) html += state.marker.mark(value.slice(runFrom, to), runSource);
    runSource = -1;
  };
  alignValue(value, state.source, start, end, (sourceStart, sourceEnd) => {
    if (sourceEnd - sourceStart === 1 && value.charCodeAt(index) === state.source.charCodeAt(sourceStart)) {
      if (runSource < 0 || sourceStart !== runEnd) {
        flush(index);
        runFrom = index;
        runSource = sourceStart;
      }
      runEnd = sourceEnd;
    } else {
      flush(index);
      html += escapeHtml(value.charAt(index));
    }
    index++;
  });
  flush(index);
  return html;
}

function phrasing(nodes: readonly PhrasingContent[], state: RenderState): string {
  return nodes.map((node) => inline(node, state)).join('');
}

function inline(node: PhrasingContent, state: RenderState): string {
  switch (node.type) {
    case 'text':
      return valueText(node.value, node, state);
    case 'emphasis':
      return `<em>${phrasing(node.children, state)}</em>`;
    case 'strong':
      return `<strong>${phrasing(node.children, state)}</strong>`;
    case 'delete':
      return `<del>${phrasing(node.children, state)}</del>`;
    case 'inlineCode':
      return `<code>${valueText(node.value, node, state)}</code>`;
    case 'break':
      return '<br>';
    case 'link': {
      // A link as its words, with its address written after them: printed, it still says where it points.
      const words = phrasing(node.children, state);
      return `<span class="link">${words}</span> <span class="url">(${escapeHtml(node.url)})</span>`;
    }
    case 'linkReference':
      return `<span class="link">${phrasing(node.children, state)}</span>`;
    case 'image':
    case 'imageReference':
      return `<span class="image">[image: ${escapeHtml(node.alt ?? '')}]</span>`;
    case 'footnoteReference':
      return `<sup class="footnote-ref">[${escapeHtml(node.label ?? node.identifier)}]</sup>`;
    case 'html':
      return `<code class="html">${rawText(node, state)}</code>`;
    default:
      return rawText(node, state);
  }
}

const ALIGN_CLASS = { left: ' class="left"', right: ' class="right"', center: ' class="center"' } as const;

function table(node: Table, state: RenderState, id: string): string {
  const rows = node.children.map((row, rowIndex) => {
    const tag = rowIndex === 0 ? 'th' : 'td';
    const cells = row.children.map((cell, cellIndex) => {
      const align = node.align?.[cellIndex];
      return `<${tag}${align ? ALIGN_CLASS[align] : ''}>${phrasing(cell.children, state)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const [head, ...body] = rows;
  return `<table class="brief-table" id="${id}"><thead>${head ?? ''}</thead><tbody>${body.join('')}</tbody></table>`;
}

/**
 * An HTML table of the brief as a table, read as the rules read it (parse/html-table.ts): each cell's
 * text, marked when it stands in the source as it is; a placeholder (a footnote's <sup>, an image) is
 * left out. Only text is written: none of the brief's tags or attributes reach the page.
 */
function htmlTable(grid: HtmlTableGrid, state: RenderState): string {
  const rows = grid.rows.map((row, rowIndex) => {
    const tag = rowIndex === 0 ? 'th' : 'td';
    const cells = row.map(({ flat, range }) => {
      const written = state.source.slice(range.start, range.end);
      const text = written === flat.text ? state.marker.mark(written, range.start) : escapeHtml(flat.text.replaceAll(OBJECT_REPLACEMENT, ''));
      return `<${tag}>${text}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const [head, ...body] = rows;
  return `<table class="brief-table"><thead>${head ?? ''}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** A raw HTML block: its tables as tables, the rest as the text it is. */
function htmlBlock(node: Nodes, state: RenderState, id: string): string {
  const [start, end] = [startOf(node), endOf(node)];
  const tables = htmlTablesIn(state.source, start, end);
  if (tables.length === 0) return `<pre class="html" id="${id}">${rawText(node, state)}</pre>`;
  const parts: string[] = [];
  let at = start;
  const text = (to: number) => {
    const written = state.source.slice(at, to);
    if (written.trim() !== '') parts.push(`<pre class="html">${state.marker.mark(written, at)}</pre>`);
  };
  for (const grid of tables) {
    text(grid.range.start);
    parts.push(htmlTable(grid, state));
    at = grid.range.end;
  }
  text(end);
  return `<div class="html" id="${id}">${parts.join('')}</div>`;
}

function leafBlock(node: Nodes, state: RenderState, id: string): string {
  switch (node.type) {
    case 'html':
      return htmlBlock(node, state, id);
    case 'heading': {
      // The report's own headings are h1 and h2: the brief's start at h3.
      const level = Math.min(6, node.depth + 2);
      return `<h${level} id="${id}">${phrasing(node.children, state)}</h${level}>`;
    }
    case 'paragraph':
      return `<p id="${id}">${phrasing(node.children, state)}</p>`;
    case 'table':
      return table(node, state, id);
    case 'thematicBreak':
      return `<hr id="${id}">`;
    case 'definition':
      return `<p class="definition" id="${id}">[${escapeHtml(node.label ?? node.identifier)}]: ${escapeHtml(node.url)}</p>`;
    default: {
      // Code, raw HTML, frontmatter (YAML or TOML) and anything else: the source as written, as text.
      const kind = node.type === 'yaml' || (node.type as string) === 'toml' ? 'frontmatter' : node.type;
      return `<pre class="${escapeHtml(kind)}" id="${id}">${rawText(node, state)}</pre>`;
    }
  }
}

function block(node: Nodes, state: RenderState): string {
  const leaf = state.leafIndex.get(node);
  if (leaf !== undefined) return leafBlock(node, state, `${state.fileId}-b${leaf}`) + state.cardsOf(leaf);
  const children = 'children' in node ? blocks(node, state) : '';
  switch (node.type) {
    case 'blockquote':
      return `<blockquote>${children}</blockquote>`;
    case 'list':
      return node.ordered ? `<ol${node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : ''}>${children}</ol>` : `<ul>${children}</ul>`;
    case 'listItem': {
      const box = node.checked === true ? '<span class="task">☑</span> ' : node.checked === false ? '<span class="task">☐</span> ' : '';
      return `<li>${box}${children}</li>`;
    }
    case 'footnoteDefinition':
      return `<div class="footnote"><span class="footnote-label">[${escapeHtml(node.label ?? node.identifier)}]</span>${children}</div>`;
    default:
      return children;
  }
}

function blocks(parent: Parents, state: RenderState): string {
  return (parent.children as readonly Nodes[]).map((child) => block(child, state)).join('\n');
}

function collectLeaves(root: Root): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: Nodes[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (CONTAINERS.has(node.type) && 'children' in node) {
      // A loop, not push(...children): a list of 150,000 items is too many arguments for the stack.
      const children = node.children as RootContent[];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
    else leaves.push({ start: startOf(node), end: endOf(node), node });
  }
  return leaves;
}

/** Without a tree (a text the parser refuses): the source as runs of non-blank lines. */
function rawLeaves(source: string): Leaf[] {
  const leaves: Leaf[] = [];
  let offset = 0;
  let current: Leaf | undefined;
  for (const line of splitLines(source)) {
    const lineEnd = offset + line.length;
    if (line.trim() === '') current = undefined;
    else if (current) current.end = lineEnd;
    else leaves.push((current = { start: offset, end: lineEnd }));
    offset = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  return leaves;
}

/**
 * The brief as HTML with its findings marked, each finding written out (by `card`, given the id of the
 * block holding an offset, for links to related places) under the block it starts in. Findings before the first block go under it; a text without blocks gets them at its top.
 */
export function renderBrief<F extends PlacedFinding>(source: string, fileId: string, findings: readonly F[], card: (finding: F, blockAt: (offset: number) => string | undefined) => string): string {
  let root: Root | undefined;
  try {
    root = parseMarkdown(source);
  } catch {
    root = undefined;
  }
  const leaves = root ? collectLeaves(root) : rawLeaves(source);
  const starts = Uint32Array.from(leaves, (leaf) => leaf.start);
  // Findings before the first block go under it, as lastStartAtOrBefore answers 0 for them.
  const leafOf = (offset: number): number => (leaves.length === 0 ? -1 : lastStartAtOrBefore(starts, offset));
  const blockAt = (offset: number): string | undefined => (leaves.length > 0 ? `${fileId}-b${leafOf(offset)}` : undefined);
  const byLeaf = new Map<number, F[]>();
  for (const finding of findings) {
    const leaf = leafOf(finding.start);
    const list = byLeaf.get(leaf) ?? [];
    list.push(finding);
    byLeaf.set(leaf, list);
  }
  const cardsOf = (leaf: number): string => {
    const here = byLeaf.get(leaf);
    return here ? `<div class="findings">${here.map((finding) => card(finding, blockAt)).join('')}</div>` : '';
  };
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const state: RenderState = { source, fileId, marker: new Marker(sorted), leafIndex: new Map(), cardsOf };
  let html: string;
  if (root) {
    leaves.forEach((leaf, index) => state.leafIndex.set(leaf.node!, index));
    html = blocks(root, state);
  } else {
    html = leaves.map((leaf, index) => `<pre class="source" id="${fileId}-b${index}">${state.marker.mark(source.slice(leaf.start, leaf.end), leaf.start)}</pre>${cardsOf(index)}`).join('\n');
  }
  return cardsOf(-1) + html;
}
